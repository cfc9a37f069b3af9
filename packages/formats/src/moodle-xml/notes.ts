import type { ImportProblem, ImportProblemCode, SourcePosition } from "../types";
import type { DroppedKind } from "./read-text";

/**
 * The code of the notes a Moodle question gets when part of it can't come to Lousa (an image, per-answer
 * feedback, partial credit); `params.kind` says what was left out.
 */
const NOTE_CODE: ImportProblemCode = "FIELD_DROPPED";

export type NotedField = "prompt" | "options" | "explanation";

const DROPPED_WORDS: Readonly<Record<DroppedKind, string>> = { image: "an image", media: "audio, video or an attached file" };

/** A picture or a media file in a field: Lousa shows text only, so it is left out. */
export function droppedNote(at: SourcePosition, kind: DroppedKind, field: NotedField): ImportProblem {
  return {
    at,
    code: NOTE_CODE,
    message: `The ${field === "options" ? "answers contain" : `${field} contains`} ${DROPPED_WORDS[kind]}, which Lousa can't show yet: it was left out; check that the question still makes sense without it`,
    params: { kind, field },
  };
}

/** Lousa has one explanation per question, not feedback per answer. */
export function feedbackNote(at: SourcePosition, usedAsExplanation: boolean, othersDropped: boolean): ImportProblem {
  const used = "The question has no general feedback: the correct answer's feedback became the explanation";
  const message = !usedAsExplanation
    ? "Lousa has one explanation per question, not feedback per answer: the answers' feedback was left out"
    : othersDropped
      ? `${used}, and the other answers' feedback was left out (Lousa has one explanation per question). Check the explanation`
      : `${used}. Check it`;
  return { at, code: NOTE_CODE, message, params: { kind: "answer-feedback", field: "explanation" } };
}

/** A single-answer question whose other answers earned part of the mark in Moodle. */
export function partialCreditNote(at: SourcePosition, count: number): ImportProblem {
  return {
    at,
    code: NOTE_CODE,
    message: `${count === 1 ? "One answer earns" : `${count} answers earn`} partial credit in Moodle; in Lousa only the best answer is correct and the others are wrong`,
    params: { kind: "partial-credit", field: "options" },
  };
}

/** The notes for everything a field left out. */
export function droppedNotes(at: SourcePosition, field: NotedField, dropped: readonly DroppedKind[]): ImportProblem[] {
  return [...new Set(dropped)].map((kind) => droppedNote(at, kind, field));
}

/** An ordering question Moodle grades for a partly right order (every grading type but ALL_OR_NOTHING). */
export function orderingGradingNote(at: SourcePosition, grading: string): ImportProblem {
  return {
    at,
    code: NOTE_CODE,
    message: `Moodle gives part of the mark for a partly right order here (grading ${grading}); in Lousa an order scores only when it is entirely right`,
    params: { kind: "partial-credit", field: "correct" },
  };
}

/** An ordering question Moodle plays with only some of its items each attempt. */
export function orderingSubsetNote(at: SourcePosition, shown: number, items: number): ImportProblem {
  return {
    at,
    code: NOTE_CODE,
    message: `Moodle shows ${shown} of these ${items} items in each attempt; Lousa plays all ${items}, in the order the file lists them`,
    params: { kind: "item-subset", field: "options" },
  };
}

/** A short answer Moodle marks case-sensitively (`<usecase>1</usecase>`): Lousa's typed answers ignore case. */
export function caseSensitiveNote(at: SourcePosition): ImportProblem {
  return {
    at,
    code: NOTE_CODE,
    message: "Moodle compares this answer's upper and lower case; Lousa ignores case, so an answer typed in another case is accepted too",
    params: { kind: "case-sensitive", field: "options" },
  };
}

/** A short answer whose answers below 100% earned part of the mark in Moodle. */
export function shortAnswerPartialNote(at: SourcePosition, count: number): ImportProblem {
  return {
    at,
    code: NOTE_CODE,
    message: `${count === 1 ? "One answer earns" : `${count} answers earn`} partial credit in Moodle; in Lousa a typed answer is right or wrong, so only the answers worth the full mark are accepted`,
    params: { kind: "partial-credit", field: "options" },
  };
}

/** Accepted short answers with Moodle's `*` wildcard, which Lousa compares as typed. */
export function wildcardNote(at: SourcePosition, answers: readonly string[]): ImportProblem {
  return {
    at,
    code: NOTE_CODE,
    message: `In Moodle * matches any characters; Lousa accepts the answer exactly as written, asterisk included: ${answers.map((a) => `"${a}"`).join(", ")}. Write out the answers it should accept`,
    params: { kind: "wildcard", field: "options" },
  };
}
