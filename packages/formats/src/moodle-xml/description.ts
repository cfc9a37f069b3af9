import { slideText } from "../slide-text";
import type { ImportDefaults, ImportProblem, QuestionDraft, SourcePosition } from "../types";
import { head, type Mapped } from "./parts";
import { readField } from "./read-text";
import { child, type XmlElement } from "./tree";

/**
 * Moodle's description (an information item, no answers) is Lousa's slide: its title and text come from
 * the question text (its first line when there is more, else its <name>: slide-text.ts), code kept as
 * backticks like any text. A picture in it is left out with the usual note. General feedback has no
 * place on a slide (there is no reveal): noted when there is one.
 */
export function description(element: XmlElement, at: SourcePosition, defaults: ImportDefaults): Mapped {
  const { prompt, general, notes } = head(element, at);
  const name = readField(child(element, "name"), "plain_text").text;
  const slide = slideText(prompt.text, name);
  if (general.text !== "") notes.push(generalFeedbackNote(at));
  const question: QuestionDraft = { type: "slide", prompt: slide.title, options: [], correct: [], explanation: slide.text, timeLimitSec: defaults.timeLimitSec, pointsMode: defaults.pointsMode };
  return { candidate: { at, question, notes } };
}

function generalFeedbackNote(at: SourcePosition): ImportProblem {
  return { at, code: "FIELD_DROPPED", message: "A slide has no reveal, so this description's general feedback was left out", params: { kind: "answer-feedback", field: "explanation" } };
}
