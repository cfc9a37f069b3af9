import { QUESTION_LIMITS, type QuestionDraft } from "@lousa/protocol";
import { rightSet } from "./options-ops";

/**
 * A type-answer question's accepted answers live in `options` (the first is the one the reveal shows),
 * and `correct` stays empty: any accepted answer is right. One answer is enough, unlike the choice kinds'
 * two options, so these operations carry their own lower bound.
 */
export const MIN_ACCEPTED = 1;
export const MAX_ACCEPTED = QUESTION_LIMITS.maxOptions;

export function setAccepted(q: QuestionDraft, i: number, text: string): QuestionDraft {
  return { ...q, options: q.options.map((o, j) => (j === i ? text : o)) };
}

export function addAccepted(q: QuestionDraft): QuestionDraft {
  return q.options.length >= MAX_ACCEPTED ? q : { ...q, options: [...q.options, ""] };
}

export function removeAccepted(q: QuestionDraft, i: number): QuestionDraft {
  return q.options.length <= MIN_ACCEPTED ? q : { ...q, options: q.options.filter((_, j) => j !== i) };
}

/**
 * A question turned into type-answer keeps what it said was right: the marked options become the
 * accepted answers (the wrong ones would be accepted too if kept, so they go, and the editor's toast
 * offers to undo). With nothing marked (a poll, an ordering), the written options stay for the teacher
 * to trim; an empty question starts with one blank answer.
 */
export function toTypeAnswer(from: QuestionDraft): QuestionDraft {
  const right = rightSet(from)
    .map((i) => from.options[i])
    .filter((o): o is string => o !== undefined && o.trim() !== "");
  const written = from.options.filter((o) => o.trim() !== "");
  const options = (right.length > 0 ? right : written).slice(0, MAX_ACCEPTED);
  return { ...from, type: "typeAnswer", options: options.length > 0 ? options : [""], correct: [], ignoreAccents: from.ignoreAccents ?? false };
}
