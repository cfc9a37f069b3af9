import type { ImportProblemCode, QuestionDraft } from "../types";
import { readCorrect, type OptionColumns } from "./answers";
import { HEADER_LABELS } from "./layout";

/**
 * The Correct column read the way the row's kind needs it. Single, multiple and true/false name their
 * right options (answers.ts). A poll has none, so the cell must be empty. An ordering question has its
 * items in the option columns in the right order, so the column is empty, or, for a teacher who wants
 * to write it out, that same order in full (1;2;3). Anything else is refused at the row: "3;1;2" could
 * mean "item 3 goes first" or "item 1 goes third", and a guess either way could teach the class a wrong
 * order. A typed answer has no option to mark either: its option columns are the answers it accepts, so
 * the cell must be empty (a number there is a teacher who took it for multiple choice, told so).
 */
export type CorrectCell = { readonly ok: true; readonly value: number[] } | { readonly ok: false; readonly code: ImportProblemCode; readonly message: string };

const correctLabel = `${HEADER_LABELS["pt-BR"].correct} / ${HEADER_LABELS.en.correct}`;

export function readCorrectFor(type: QuestionDraft["type"] | null, cell: string, columns: OptionColumns): CorrectCell {
  const text = cell.trim();
  if (type === "poll") {
    if (text === "") return { ok: true, value: [] };
    return { ok: false, code: "POLL_HAS_NO_CORRECT", message: `a poll has no right answer: leave ${correctLabel} empty (it says "${text}")` };
  }
  if (type === "ordering") return readSequence(text, columns);
  if (type === "slider" || type === "slide") {
    if (text === "") return { ok: true, value: [] };
    const where = type === "slider" ? "its right value goes in Resposta / Answer" : "a slide has no answers";
    return { ok: false, code: "CORRECT_NOT_USED", message: `${where}: leave ${correctLabel} empty (it says "${text}")` };
  }
  if (type === "typeAnswer") {
    if (text === "") return { ok: true, value: [] };
    const message = `a typed answer has no option to mark: every option column holds an answer it accepts (players type one of them), so leave ${correctLabel} empty (it says "${text}"); take out of the option columns any answer that should not count`;
    return { ok: false, code: "CORRECT_NOT_USED", message };
  }
  const read = readCorrect(text, columns);
  return read.ok ? read : { ok: false, code: "CORRECT_OUT_OF_RANGE", message: read.message };
}

/** Besides readCorrect's separators, ">" and "→": "1 > 2 > 3" is how a sequence is often written. */
const SEQUENCE_SPLIT = /[\s;,./+&>→]+/;
const JOINERS = new Set(["e", "and"]);

function readSequence(text: string, columns: OptionColumns): CorrectCell {
  const inOrder = columns.options.map((_, i) => i);
  if (text === "") return { ok: true, value: inOrder };
  const expected = inOrder.map((i) => i + 1).join(";");
  const tokens = text.split(SEQUENCE_SPLIT).filter((t) => t !== "" && !JOINERS.has(t.toLowerCase()));
  const numbers = tokens.every((t) => /^\d{1,3}$/.test(t)) ? tokens.map(Number) : null;
  // Column numbers, as in every other row: with an empty option column in between, the items after it moved up.
  const indexes = numbers?.map((column) => columns.indexOfColumn(column)) ?? [];
  const same = numbers !== null && indexes.length === inOrder.length && indexes.every((index, position) => index === position);
  if (same) return { ok: true, value: inOrder };
  const rule = `an ordering question has its items in the option columns in the right order, so ${correctLabel} is left empty or lists them in that order (${expected})`;
  const reordered = numbers !== null && indexes.length === inOrder.length && indexes.every((i) => i !== undefined) && new Set(indexes).size === inOrder.length;
  const hint = reordered ? `: to use the order "${text}", move the items into the option columns in that order` : "";
  return { ok: false, code: "ORDERING_NEEDS_SEQUENCE", message: `"${text}" is not the order of the option columns: ${rule}${hint}` };
}
