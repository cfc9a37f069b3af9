import { personalLimitMs, speedCounts, type Accommodation } from "./accommodations";
import { kindOf } from "./kinds";
import { err, ok, type Result } from "./result";
import { scoreAnswer, streakBonus } from "./scoring";
import type { AnswerInput, AnswerRecord, PlayedQuestion } from "./types";

/**
 * One answer as the rules judge it: the part of an AnswerRecord that doesn't depend on who or when
 * (`responseMs` clamped to the student's own limit; without one, to UNTIMED_RESPONSE_CAP_MS).
 */
export type GradedAnswer = Pick<AnswerRecord, "choices" | "text" | "value" | "correct" | "points" | "streakBonus" | "responseMs">;

/**
 * The longest an answer with no clock (a homework without a time limit, or a student with "no limit")
 * counts as having taken: 10 minutes. Response time only breaks ties between equal scores, and a
 * question left open on a phone over a weekend would otherwise store days of it: 2^31 ms is under 25
 * days, past which PostgreSQL's INTEGER columns (responseMs, totalResponseMs) refuse the row. With this
 * cap no answer counts more than 20 minutes (a live "no limit": 5 × the 240 s maximum), so a bank of
 * the most questions allowed (500) totals at most 6·10^8 ms, far below 2^31 (about 2.1·10^9).
 */
export const UNTIMED_RESPONSE_CAP_MS = 10 * 60_000;

export interface GradingContext {
  /** Server time from the question opening (for this student) to the answer's receipt. */
  readonly elapsedMs: number;
  /** Whether the question has a clock at all (a homework can have none: then speed never counts). */
  readonly timed: boolean;
  /** Whether faster right answers earn more (live games: always; homework: the teacher's choice). */
  readonly speedPoints: boolean;
  /** Right answers in a row before this one (the streak bonus). */
  readonly previousStreak: number;
  readonly accommodation: Accommodation | null;
}

/**
 * The one rule that turns an answer into points, for a live game and a homework alike: the kind says
 * whether the answer fits and is right (or earns a near miss's share), speed counts against the
 * student's own limit (extra time makes it longer) unless the teacher turned speed off or the student
 * has no speed penalty, and the streak bonus follows the scoring rules.
 */
export function gradeAnswer(question: PlayedQuestion, input: AnswerInput, context: GradingContext): Result<GradedAnswer> {
  const kind = kindOf(question.type);
  if (!kind.accepts(question, input)) return err("INVALID_CHOICE", "That choice is not valid for this question");
  const normalized = kind.normalize(input, question);
  const correct = kind.scored && kind.isRight(question, normalized);
  // A wrong answer may still earn a share (a slider's near miss); a right one earns it all.
  const credit = correct ? 1 : kind.scored ? (kind.partialCredit?.(question, normalized) ?? 0) : 0;
  const { accommodation } = context;
  const elapsed = Math.max(context.elapsedMs, 0);
  const limitMs = context.timed ? personalLimitMs(question.timeLimitMs, accommodation) : 0;
  const responseMs = Math.min(elapsed, context.timed ? limitMs : UNTIMED_RESPONSE_CAP_MS);
  const speed = context.timed && context.speedPoints && speedCounts(accommodation);
  return ok({
    choices: normalized.choices,
    text: normalized.text,
    value: normalized.value,
    correct,
    points: Math.round(credit * scoreAnswer({ correct: credit > 0, elapsedMs: speed ? responseMs : 0, limitMs, mode: question.pointsMode })),
    streakBonus: kind.scored ? streakBonus(context.previousStreak, correct, question.pointsMode) : 0,
    responseMs,
  });
}
