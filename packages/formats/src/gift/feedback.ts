import type { TextFormat } from "gift-pegjs";
import type { Candidate } from "../collect";
import type { ImportProblem } from "../types";
import { giftText } from "./text";

/** What one parsed GIFT question becomes: a question for `collect`, or a problem listing it. */
export type Mapped = { readonly candidate: Candidate } | { readonly problem: ImportProblem };

/** A note on an imported question: part of it (per-answer feedback, partial credit) could not come as it is. */
export const note = (line: number, kind: string, message: string): ImportProblem => ({ at: { line }, code: "FIELD_DROPPED", message: `line ${line}: ${message}`, params: { kind } });

/**
 * Lousa shows one explanation to the whole class at reveal. The general feedback (`####`) is that
 * explanation. Without one, each option's feedback (`#`) is kept as "option: feedback" lines, so what
 * the teacher wrote still reaches the class; with one, the options' feedback is left out. Either way a
 * note says so.
 */
export function explanation(general: TextFormat | null, perOption: readonly { option: string; text: TextFormat | null }[], line: number, notes: ImportProblem[]): string {
  const lines = perOption.flatMap(({ option, text }) => {
    const said = text ? giftText(text) : "";
    return said === "" ? [] : [`${option}: ${said}`];
  });
  const overall = general ? giftText(general) : "";
  if (lines.length === 0) return overall;
  if (overall !== "") {
    notes.push(note(line, "answer-feedback", "the options' own feedback (#) is left out: the general feedback (####) is the explanation"));
    return overall;
  }
  notes.push(note(line, "answer-feedback", "the options' own feedback (#) became the explanation, one line per option"));
  return lines.join("\n");
}
