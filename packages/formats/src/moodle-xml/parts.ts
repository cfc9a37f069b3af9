import type { Candidate } from "../collect";
import type { ImportProblem, SourcePosition } from "../types";
import { droppedNotes } from "./notes";
import { formatOf, isBlank, readField, type FieldText } from "./read-text";
import { attribute, child, children, isElement, type XmlElement } from "./tree";

// What every Moodle question kind reads the same way: its head and its <answer> elements.

/** What one Moodle <question> becomes: a question to check, or a problem (a kind Lousa can't play). */
export type Mapped = { readonly candidate: Candidate } | { readonly problem: ImportProblem };

export interface Answer {
  readonly text: FieldText;
  readonly fraction: number;
  readonly feedback: FieldText;
}

/** The parts every question has: its text, its general feedback and the format answers default to. */
export function head(element: XmlElement, at: SourcePosition) {
  const questionText = child(element, "questiontext");
  const format = formatOf(questionText, "html");
  const prompt = readField(questionText, "html");
  const general = readField(child(element, "generalfeedback"), format);
  const notes: ImportProblem[] = droppedNotes(at, "prompt", prompt.dropped);
  return { prompt, general, format, notes };
}

/**
 * The <answer> elements. Multiple-choice answers are text in the question's format (Moodle skips the
 * blank ones); true/false answers are kept one for one, since their position can matter.
 */
export function readAnswers(element: XmlElement, format: string, skipBlank: boolean): Answer[] {
  return children(element, "answer")
    .map((a): XmlElement => (isElement(a) ? a : {}))
    .filter((a) => !skipBlank || !isBlank(a))
    .map((a) => ({
      text: readField(a, format),
      fraction: fractionOf(a),
      feedback: readField(child(a, "feedback"), format),
    }));
}

/** An answer's mark in percent ("100", "33.33333", "-50"); a missing or broken one counts as 0, as in Moodle. */
function fractionOf(answer: XmlElement): number {
  const value = Number(attribute(answer, "fraction") ?? "0");
  return Number.isFinite(value) ? value : 0;
}
