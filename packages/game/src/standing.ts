import { kindOf } from "./kinds";
import type { AnswerRecord, PlayedQuestion } from "./types";

/** A player's running totals (a live game's player, a homework attempt): what a question done with changes. */
export interface Standing {
  readonly score: number;
  /** Right answers in a row (polls and slides leave it alone). */
  readonly streak: number;
  readonly correctCount: number;
  /** Sum of response times, an unanswered question charged its time limit: the tie-break. */
  readonly totalResponseMs: number;
}

/**
 * What leaving `question` unanswered costs in the tie-break: its own time limit (extra time doesn't
 * make it dearer) when it has a right answer; nothing for a poll or a slide.
 */
export function unansweredMs(question: PlayedQuestion): number {
  return kindOf(question.type).scored ? question.timeLimitMs : 0;
}

/**
 * The one rule for a standing once a question is done with, for a live game (at its reveal) and a
 * homework alike (at the answer, or at "next" past an unanswered question):
 * - a question with no right answer (a poll, a slide) changes nothing, answered or not;
 * - answered: its points and streak bonus count, a right answer extends the streak and a wrong one
 *   breaks it, and its measured time (see gradeAnswer) is added;
 * - unanswered: the streak breaks and the question's own time limit is charged (unansweredMs).
 */
export function standingAfter(before: Standing, question: PlayedQuestion, answer: AnswerRecord | undefined): Standing {
  const { score, streak, correctCount, totalResponseMs } = before;
  if (!kindOf(question.type).scored) return { score, streak, correctCount, totalResponseMs };
  if (!answer) return { score, streak: 0, correctCount, totalResponseMs: totalResponseMs + unansweredMs(question) };
  return {
    score: score + answer.points + answer.streakBonus,
    streak: answer.correct ? streak + 1 : 0,
    correctCount: correctCount + (answer.correct ? 1 : 0),
    totalResponseMs: totalResponseMs + answer.responseMs,
  };
}

/** How many of `questions` students answer (a slide is read, not answered): what "question 3 of 12" counts. */
export function answerableCount(questions: readonly PlayedQuestion[]): number {
  let n = 0;
  for (const q of questions) if (kindOf(q.type).answerable) n++;
  return n;
}
