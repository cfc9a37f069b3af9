import type { BankDraft, QuestionDraft } from "../types";
import { COLUMN_ORDER, HEADER_LABELS, OPTION_KEYS, POINTS_WORDS, SLIDER_KEYS, TYPE_WORDS, YES_NO_WORDS, type ColumnKey, type Locale } from "./layout";
import { sliderCell } from "./slider-cells";

export type TableCell = string | number;

/** A bank as the rows of Lousa's layout, every column present, in the words of the chosen language. */
export interface LousaTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
}

/**
 * One correct option is a number (a spreadsheet stores it as one, without a "number as text" warning);
 * several are "1;3" — never "1,3", which a Portuguese spreadsheet turns into the number 1,3. A poll has
 * no right answer, and an ordering question's answer is the order of its option columns: both leave the
 * cell empty, so a teacher who reorders, adds or removes items in the sheet has no number to keep in step.
 * A typed answer has no option to mark (its option columns are the accepted answers): empty too.
 */
function correctCell(q: QuestionDraft): TableCell {
  if (q.type === "poll" || q.type === "ordering" || q.type === "typeAnswer" || q.type === "slider" || q.type === "slide") return "";
  return q.correct.length === 1 ? (q.correct[0] ?? 0) + 1 : q.correct.map((c) => c + 1).join(";");
}

function cellOf(q: QuestionDraft, key: ColumnKey, locale: Locale, guard: (text: string) => string): TableCell {
  const option = OPTION_KEYS.findIndex((k) => k === key);
  if (option >= 0) return guard(q.options[option] ?? "");
  const sliderKey = SLIDER_KEYS.find((k) => k === key);
  if (sliderKey === "sliderUnit") return guard(q.slider?.unit ?? "");
  if (sliderKey) return sliderCell(q, sliderKey);
  switch (key) {
    case "type":
      return TYPE_WORDS[locale][q.type];
    case "prompt":
      return guard(q.prompt);
    case "correct":
      return correctCell(q);
    case "explanation":
      return guard(q.explanation);
    case "time":
      return q.timeLimitSec;
    case "points":
      return POINTS_WORDS[locale][q.pointsMode];
    case "ignoreAccents":
      return accentsCell(q, locale);
    default:
      return "";
  }
}

/** `guard` protects the teacher's text against formulas in the way the file type needs (see formula-guard.ts). */
export function lousaTable(bank: BankDraft, locale: Locale, guard: (text: string) => string): LousaTable {
  return {
    header: COLUMN_ORDER.map((key) => HEADER_LABELS[locale][key]),
    rows: bank.questions.map((q) => COLUMN_ORDER.map((key) => cellOf(q, key, locale, guard))),
  };
}

/** sim/não on a typed answer that says either; empty otherwise (an empty cell imports as the default, accents count). */
function accentsCell(q: QuestionDraft, locale: Locale): TableCell {
  if (q.type !== "typeAnswer" || q.ignoreAccents === undefined) return "";
  const [yes, no] = YES_NO_WORDS[locale];
  return q.ignoreAccents ? yes : no;
}
