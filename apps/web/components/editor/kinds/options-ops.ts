import { QUESTION_LIMITS, type QuestionDraft } from "@lousa/protocol";
import type { Language } from "./types";

/** Operations on a question's options that keep `correct` pointing at the same texts. */

/** The fields every new question starts with, whatever its type. */
export function baseFields(): Pick<QuestionDraft, "explanation" | "timeLimitSec" | "pointsMode"> {
  return { explanation: "", timeLimitSec: 20, pointsMode: "standard" };
}

/** A true/false question's two options, in the bank's language (the game shows them as they are). */
export function trueFalseOptions(language: Language): [string, string] {
  return language === "en" ? ["True", "False"] : ["Verdadeiro", "Falso"];
}

export function setOption(q: QuestionDraft, i: number, text: string): QuestionDraft {
  return { ...q, options: q.options.map((o, j) => (j === i ? text : o)) };
}

export function addOption(q: QuestionDraft): QuestionDraft {
  return q.options.length >= QUESTION_LIMITS.maxOptions ? q : { ...q, options: [...q.options, ""] };
}

/** Removes option i; answers after it shift down, and it stops being correct. */
export function removeOption(q: QuestionDraft, i: number): QuestionDraft {
  if (q.options.length <= QUESTION_LIMITS.minOptions) return q;
  return { ...q, options: q.options.filter((_, j) => j !== i), correct: q.correct.filter((c) => c !== i).map((c) => (c > i ? c - 1 : c)) };
}

/** One correct answer (single choice, true/false). */
export function pickCorrect(q: QuestionDraft, i: number): QuestionDraft {
  return { ...q, correct: [i] };
}

/** Several correct answers, kept in order. */
export function toggleCorrect(q: QuestionDraft, i: number): QuestionDraft {
  const correct = q.correct.includes(i) ? q.correct.filter((c) => c !== i) : [...q.correct, i].sort((a, b) => a - b);
  return { ...q, correct };
}

/** At least `min` options (a converted question may come with fewer). */
export function padOptions(options: readonly string[], min: number = QUESTION_LIMITS.minOptions): string[] {
  return [...options, ...Array.from({ length: Math.max(0, min - options.length) }, () => "")];
}

/**
 * The right options as the choice kinds read `correct` (a set). An ordering's `correct` is its sequence,
 * which marks no option as more right than another, and a poll has none: both give an empty set, and
 * the teacher marks the answer (guessing it would be worse).
 */
export function rightSet(q: QuestionDraft): number[] {
  return q.type === "ordering" || q.type === "poll" ? [] : [...q.correct];
}

/** 0, 1, …, n − 1: an ordering question's `correct`, its items being written in the right order. */
export function sequence(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/**
 * The typed options a type change threw away (e.g. four ordering items becoming True/False), so the
 * editor can say so and offer to undo it: nothing the teacher wrote is lost without a word.
 */
export function droppedOptions(from: QuestionDraft, to: QuestionDraft): string[] {
  const kept = new Set(to.options);
  return from.options.filter((o) => o.trim() !== "" && !kept.has(o));
}
