import { personalLimitMs, type Accommodation } from "../accommodations";
import { ANSWER_GRACE_MS } from "../game";
import { gradeAnswer } from "../grade-answer";
import { kindOf } from "../kinds";
import type { Result } from "../result";
import { standingAfter, type Standing } from "../standing";
import type { AnswerInput, AnswerRecord, PlayedQuestion } from "../types";
import { speedPointsApply, type AssignmentSettings } from "./settings";
import { answersClosed, windowAt, type AssignmentDates } from "./window";

/**
 * A homework attempt, step by step, with no live host (issue 13). Not a live game's phase machine:
 * each student walks the questions alone — a question opens when they first see it (its clock runs
 * from there, across reloads and restarts), takes one answer, and they move on after answering or once
 * its time is up. Pure functions over plain data with the server's clock passed in: the server stores
 * each returned state before it answers the phone, so nothing lives only in memory.
 */

export type HomeworkErrorCode =
  | "ASSIGNMENT_NOT_OPEN"
  | "ASSIGNMENT_CLOSED"
  | "ATTEMPT_FINISHED"
  /** "Next" before answering a question whose time isn't up. */
  | "NOT_ANSWERED"
  | "NO_ATTEMPTS_LEFT"
  /** A new attempt while the last one is unfinished (finish it first). */
  | "ATTEMPT_IN_PROGRESS"
  | "QUESTION_NOT_OPEN"
  | "TOO_LATE"
  | "ALREADY_ANSWERED"
  | "INVALID_CHOICE";

export interface HomeworkError {
  readonly code: HomeworkErrorCode;
  readonly message: string;
}

export type HomeworkResult<T> = Result<T, HomeworkError>;

const ok = <T>(value: T): HomeworkResult<T> => ({ ok: true, value });
const fail = (code: HomeworkErrorCode, message: string): HomeworkResult<never> => ({ ok: false, error: { code, message } });

/** What an attempt is played against: the assignment as frozen, and this student's accommodation. */
export interface HomeworkRules extends AssignmentDates {
  readonly settings: AssignmentSettings;
  readonly questions: readonly PlayedQuestion[];
  readonly accommodation: Accommodation | null;
}

/** Its standing (score, streak, right answers, time) follows a live game's rule: standingAfter. */
export interface AttemptState extends Standing {
  /** 1-based. */
  readonly number: number;
  /** The question being worked on; equals the question count once every question is done. */
  readonly position: number;
  /** Server time the current question was first shown (epoch ms); null until it is. */
  readonly openedAt: number | null;
  readonly startedAt: number;
  readonly finishedAt: number | null;
  /** The answers given, by question index. */
  readonly answers: ReadonlyMap<number, AnswerRecord>;
}

export function newAttempt(number: number, now: number): AttemptState {
  return { number, position: 0, openedAt: null, score: 0, streak: 0, correctCount: 0, totalResponseMs: 0, startedAt: now, finishedAt: null, answers: new Map() };
}

/** This student's time limit for the current question (ms), or null when it has no clock. */
export function currentLimitMs(rules: HomeworkRules, attempt: AttemptState): number | null {
  const q = rules.questions[attempt.position];
  if (!q || !kindOf(q.type).answerable || rules.settings.timeLimit === "none") return null;
  // "No limit" means no limit here: unlike a live class, nobody waits (the closing date still ends it).
  if (rules.accommodation?.time === "unlimited") return null;
  return personalLimitMs(q.timeLimitMs, rules.accommodation);
}

/** When the current question's time is up for this student (epoch ms), or null: no clock, or not shown yet. */
export function currentDeadline(rules: HomeworkRules, attempt: AttemptState): number | null {
  const limit = currentLimitMs(rules, attempt);
  return limit === null || attempt.openedAt === null ? null : attempt.openedAt + limit;
}

/** Whether the student may still answer the current question at `now` (the grace covers the network, as live). */
function timeIsUp(rules: HomeworkRules, attempt: AttemptState, now: number): boolean {
  const deadline = currentDeadline(rules, attempt);
  return (deadline !== null && now > deadline + ANSWER_GRACE_MS) || answersClosed(rules, now);
}

/**
 * The student is looking at their current question: its clock starts now if it hasn't (null: nothing to
 * store — already shown, the attempt is over, or the assignment isn't open).
 */
export function planShow(rules: HomeworkRules, attempt: AttemptState, now: number): AttemptState | null {
  if (attempt.finishedAt !== null || attempt.openedAt !== null || attempt.position >= rules.questions.length) return null;
  if (windowAt(rules, now) !== "open") return null;
  return { ...attempt, openedAt: now };
}

/** Checks an answer to question `index` (what the phone says it answers) at `now`: the record to store. */
export function checkHomeworkAnswer(rules: HomeworkRules, attempt: AttemptState, index: number, input: AnswerInput, now: number): HomeworkResult<Omit<AnswerRecord, "playerId">> {
  if (attempt.finishedAt !== null) return fail("ATTEMPT_FINISHED", "This attempt is finished");
  if (now < rules.opensAt) return fail("ASSIGNMENT_NOT_OPEN", "This assignment is not open yet");
  if (answersClosed(rules, now)) return fail("ASSIGNMENT_CLOSED", "This assignment is closed");
  if (index !== attempt.position || attempt.openedAt === null) return fail("QUESTION_NOT_OPEN", "That question is not open for answers");
  if (attempt.answers.has(index)) return fail("ALREADY_ANSWERED", "You already answered this question");
  if (timeIsUp(rules, attempt, now)) return fail("TOO_LATE", "Time is up for this question");
  const question = rules.questions[index];
  if (!question || !kindOf(question.type).answerable) return fail("INVALID_CHOICE", "That choice is not valid for this question");
  const graded = gradeAnswer(question, input, {
    elapsedMs: now - attempt.openedAt,
    timed: currentLimitMs(rules, attempt) !== null,
    speedPoints: speedPointsApply(rules.settings),
    previousStreak: attempt.streak,
    accommodation: rules.accommodation,
  });
  if (!graded.ok) return fail("INVALID_CHOICE", graded.error.message);
  return ok({ questionIndex: index, ...graded.value, answeredAt: now, ...(rules.accommodation ? { accommodated: true } : {}) });
}

/**
 * The attempt once a checked answer is stored: its standing moves at once (there is no reveal to wait
 * for), by the live game's rule (standingAfter).
 */
export function applyHomeworkAnswer(rules: HomeworkRules, attempt: AttemptState, record: AnswerRecord): AttemptState {
  const question = rules.questions[record.questionIndex];
  const answers = new Map(attempt.answers);
  answers.set(record.questionIndex, record);
  return { ...attempt, answers, ...(question ? standingAfter(attempt, question, record) : {}) };
}

/**
 * Moves on from question `index` (what the phone says it leaves): after answering it, after a slide, or
 * once its time is up (then it counts as unanswered, by the live game's rule: the streak breaks, the
 * question's limit is charged). The last question's "next" finishes the attempt. Never once the
 * assignment takes no more answers: finishing an attempt then would change which one counts.
 */
export function planNext(rules: HomeworkRules, attempt: AttemptState, index: number, now: number): HomeworkResult<AttemptState> {
  if (attempt.finishedAt !== null) return fail("ATTEMPT_FINISHED", "This attempt is finished");
  if (answersClosed(rules, now)) return fail("ASSIGNMENT_CLOSED", "This assignment is closed");
  if (index !== attempt.position) return fail("QUESTION_NOT_OPEN", "That question is not the current one");
  const question = rules.questions[index];
  if (!question) return fail("ATTEMPT_FINISHED", "This attempt is finished");
  const unanswered = kindOf(question.type).answerable && !attempt.answers.has(index);
  if (unanswered && !timeIsUp(rules, attempt, now)) return fail("NOT_ANSWERED", "Answer this question first");
  // An answered question's standing moved with its answer (applyHomeworkAnswer); a slide moves nothing.
  const standing = unanswered ? standingAfter(attempt, question, undefined) : {};
  const position = index + 1;
  return ok({ ...attempt, ...standing, position, openedAt: null, finishedAt: position >= rules.questions.length ? now : null });
}

/** Whether a student with these attempts may start another now (the first included). */
export function checkNewAttempt(rules: Pick<HomeworkRules, "settings" | "opensAt" | "closesAt">, attempts: readonly Pick<AttemptState, "finishedAt">[], now: number): HomeworkResult<{ number: number }> {
  const window = windowAt(rules, now);
  if (window === "upcoming") return fail("ASSIGNMENT_NOT_OPEN", "This assignment is not open yet");
  if (window === "closed") return fail("ASSIGNMENT_CLOSED", "This assignment is closed");
  if (attempts.some((a) => a.finishedAt === null)) return fail("ATTEMPT_IN_PROGRESS", "Finish the attempt you started first");
  if (attempts.length >= rules.settings.attempts) return fail("NO_ATTEMPTS_LEFT", "You have used every attempt");
  return ok({ number: attempts.length + 1 });
}
