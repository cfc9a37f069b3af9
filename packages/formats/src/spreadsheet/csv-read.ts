import { parse } from "csv-parse/sync";
import { QUESTION_LIMITS } from "@lousa/protocol";
import { decodeText } from "../text";
import type { ImportProblem } from "../types";
import type { Grid } from "./grid";
import { looksLikeZip, looksLikeOldExcel } from "./zip-guard";

export type CsvGrid = { readonly ok: true; readonly grid: Grid } | { readonly ok: false; readonly problem: ImportProblem };

const unreadable = (message: string): CsvGrid => ({ ok: false, problem: { at: { line: 1 }, code: "FILE_UNREADABLE", message } });

/** The file's text (see decodeText: UTF-8, else Windows-1252), or why it is not a CSV. */
function textOf(input: Uint8Array): { text: string } | { problem: CsvGrid } {
  if (looksLikeZip(input)) return { problem: unreadable("This is an XLSX (zip) file, not a CSV: import it as XLSX") };
  if (looksLikeOldExcel(input)) return { problem: unreadable("This is an old Excel .xls file: save it as .xlsx or CSV UTF-8 and import that") };
  const text = decodeText(input);
  return text === null ? { problem: unreadable("This is not a text file: save the sheet as CSV (UTF-8) and import that") } : { text };
}

/**
 * Rows (blank ones included) and columns a CSV may have: a bank is at most 500 questions of 12
 * columns; these leave room for notes and gaps, and stop a 5 MB file of separators from becoming
 * millions of cells. Parsing stops at the row limit.
 */
export const MAX_CSV_ROWS = 4 * QUESTION_LIMITS.questionsPerBank;
export const MAX_CSV_COLUMNS = 64;

/** The separator the header line uses most, outside quotes: `;` (pt-BR Excel), `,` or a tab. */
function separatorOf(headerLine: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const [sep, n] of counts) if (n > (counts.get(best) ?? 0)) best = sep;
  return best;
}

/** Excel writes (and honours) a first line `sep=;` naming the separator; it is not a row of the sheet. */
const SEP_LINE = /^sep=(.)\n/i;

/**
 * A CSV file as rows; `isHeaderLine` tells which line to read the separator from. Each record is one
 * spreadsheet row (a quoted line break stays inside its cell), empty lines included, so row numbers are
 * the ones a spreadsheet shows.
 */
export function readCsvGrid(input: Uint8Array, isHeaderLine: (line: string) => boolean): CsvGrid {
  const decoded = textOf(input);
  if ("problem" in decoded) return decoded.problem;
  let text = decoded.text;
  let delimiter: string | undefined;
  const sepLine = SEP_LINE.exec(text);
  if (sepLine?.[1]) {
    delimiter = sepLine[1];
    text = text.slice(sepLine[0].length);
  }
  // The separator is read off the header line, which may sit under a title line: the first one that looks like it.
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const headerLine = lines.slice(0, 10).find(isHeaderLine) ?? lines[0];
  if (headerLine === undefined) return unreadable("The file is empty");
  const sep = delimiter ?? separatorOf(headerLine);
  let records: string[][];
  try {
    records = parse(text, { delimiter: sep, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, to: MAX_CSV_ROWS + 1 });
  } catch {
    const line = unclosedQuoteLine(text, sep) + (sepLine ? 1 : 0);
    const message = `A quoted cell that starts at line ${line} is never closed, or a quote is misplaced: a cell with quotes starts and ends with one, and a quote inside it is written twice ("")`;
    return { ok: false, problem: { at: { line }, code: "SYNTAX", message, params: { line } } };
  }
  if (records.length > MAX_CSV_ROWS) {
    const message = `The file has more than ${MAX_CSV_ROWS} rows; a bank holds at most ${QUESTION_LIMITS.questionsPerBank} questions: split it (or delete the empty rows)`;
    return { ok: false, problem: { at: { row: MAX_CSV_ROWS + 1 }, code: "FILE_TOO_MANY_QUESTIONS", message, params: { count: records.length, max: QUESTION_LIMITS.questionsPerBank } } };
  }
  const wide = records.findIndex((r) => r.length > MAX_CSV_COLUMNS);
  if (wide >= 0) {
    const message = `Row ${wide + 1} has more than ${MAX_CSV_COLUMNS} columns: a bank uses 12; is the separator right?`;
    return { ok: false, problem: { at: { row: wide + 1 }, code: "LAYOUT", message, params: { max: MAX_CSV_COLUMNS } } };
  }
  return { ok: true, grid: { rows: records.map((cells, i) => ({ row: i + 1, cells })) } };
}

/**
 * The line where the quoted cell that never closes starts (csv-parse only says where the file ended).
 * A quote opens a cell only at the cell's start, as csv-parse reads it with relax_quotes.
 */
function unclosedQuoteLine(text: string, sep: string): number {
  let line = 1;
  let openedAt = 1;
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"' && atCellStart) {
      quoted = true;
      openedAt = line;
    }
    if (ch === "\n") line++;
    atCellStart = ch === sep || ch === "\n";
  }
  return quoted ? openedAt : line;
}
