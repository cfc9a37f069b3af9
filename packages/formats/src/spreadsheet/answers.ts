import type { QuestionDraft } from "../types";
import { normalizeLabel } from "./layout";

/** Both layouts (Lousa's and Kahoot's) read options, correct numbers and times the same way. */

export interface OptionColumns {
  /** The filled options, in column order. */
  readonly options: string[];
  /** Column numbers (1-based) left empty between filled ones: the options after them moved up. */
  readonly gaps: number[];
  /** Option index for a column number, undefined when that column is empty. */
  readonly indexOfColumn: (column: number) => number | undefined;
}

export function optionColumns(cells: readonly string[]): OptionColumns {
  const options: string[] = [];
  const byColumn = new Map<number, number>();
  const gaps: number[] = [];
  cells.forEach((cell, i) => {
    if (cell.trim() === "") return;
    byColumn.set(i + 1, options.length);
    options.push(cell);
  });
  const last = Math.max(0, ...byColumn.keys());
  for (let column = 1; column < last; column++) if (!byColumn.has(column)) gaps.push(column);
  return { options, gaps, indexOfColumn: (column) => byColumn.get(column) };
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Words people put between option numbers ("1 e 3", "1 and 3"), besides ; , . / and blanks. */
const JOINERS = new Set(["e", "and"]);

/**
 * "2", "1;3", "1,3", "1 e 3" → option indexes. A number cell Excel turned "1,3" into (1.3) reads the
 * same. A cell that is not numbers may be an option's own text ("Falso"). Numbers past the last
 * column go through as they are, for the shared schema to report as out of range.
 */
export function readCorrect(cell: string, columns: OptionColumns): Parsed<number[]> {
  const text = cell.trim();
  if (text === "") return { ok: true, value: [] };
  const tokens = text.split(/[\s;,./+&]+/).filter((t) => t !== "" && !JOINERS.has(t.toLowerCase()));
  if (tokens.length > 0 && tokens.every((t) => /^\d{1,3}$/.test(t))) {
    const value: number[] = [];
    for (const token of tokens) {
      const column = Number(token);
      const index = columns.indexOfColumn(column);
      if (index !== undefined) value.push(index);
      else if (column >= 1 && column <= columns.options.length + columns.gaps.length) return { ok: false, message: `correct answer ${column} points at an empty option` };
      else value.push(column - 1);
    }
    return { ok: true, value };
  }
  const wanted = normalizeLabel(text);
  const byText = columns.options.findIndex((o) => normalizeLabel(o) === wanted);
  if (wanted !== "" && byText >= 0) return { ok: true, value: [byText] };
  return { ok: false, message: `"${text}" is not an option number: write the number of the correct option (e.g. 2, or 1;3 for several)` };
}

/** "20", "20 s", "20 seg" → 20; empty → the default; anything else is refused (never guessed). */
export function readTime(cell: string, fallback: number): Parsed<number> {
  const text = cell.trim();
  if (text === "") return { ok: true, value: fallback };
  const match = /^(\d+(?:\.\d+)?)\s*(s|seg|segs|segundos|sec|secs|seconds)?$/i.exec(text);
  if (!match?.[1]) return { ok: false, message: `time "${text}" is not a number of seconds (5 to 240)` };
  return { ok: true, value: Number(match[1]) };
}

/** Pairs that make a two-option question a true/false one when its type is not written. */
const TRUE_FALSE_PAIRS: readonly (readonly [string, string])[] = [
  ["verdadeiro", "falso"],
  ["true", "false"],
  ["v", "f"],
];

export function isTrueFalsePair(options: readonly string[]): boolean {
  if (options.length !== 2) return false;
  const [a, b] = options.map(normalizeLabel);
  return TRUE_FALSE_PAIRS.some(([t, f]) => a === t && b === f);
}

/** The type a row implies when none is written: several correct → multiple; true/false words → truefalse. */
export function inferType(options: readonly string[], correct: readonly number[]): QuestionDraft["type"] {
  if (correct.length > 1) return "multiple";
  return isTrueFalsePair(options) ? "truefalse" : "single";
}

/** A spreadsheet's column letter (0 → A, 26 → AA), for messages that point at a header cell. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
