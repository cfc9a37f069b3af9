import type { NicknameSource } from "../types";

/** Which attempt's result is the student's when several are allowed. */
export const ATTEMPT_RULES = ["best", "last", "first"] as const;
export type AttemptRule = (typeof ATTEMPT_RULES)[number];

/** When a student sees the right answers: right after each answer, or only once the assignment closes. */
export const ANSWER_VISIBILITY = ["each", "after-close"] as const;
export type AnswerVisibility = (typeof ANSWER_VISIBILITY)[number];

/** What the teacher picks when assigning a bank as homework (issue 13). */
export interface AssignmentSettings {
  /** "question": each question's own time limit runs from when the student first sees it; "none": no clock. */
  readonly timeLimit: "question" | "none";
  /** Faster right answers earn more (needs a clock: with no time limit every right answer earns full points). */
  readonly speedPoints: boolean;
  readonly showAnswers: AnswerVisibility;
  /** How many attempts a student may make (1 = one). */
  readonly attempts: number;
  /** With several attempts, which one counts in the report and the exports. */
  readonly counts: AttemptRule;
  /** Where nicknames come from, as in a live game. */
  readonly nicknames: NicknameSource;
  /** Typed nicknames go through the profanity filter. */
  readonly nicknameFilter: boolean;
}

export const ASSIGNMENT_LIMITS = {
  maxAttempts: 10,
  /** Longest an assignment stays open: a term. */
  maxOpenDays: 180,
  /** Shortest window worth assigning. */
  minOpenMinutes: 5,
} as const;

export const DEFAULT_ASSIGNMENT_SETTINGS: AssignmentSettings = {
  timeLimit: "question",
  speedPoints: false,
  showAnswers: "each",
  attempts: 1,
  counts: "best",
  nicknames: "typed",
  nicknameFilter: true,
};

/** Whether speed can count at all: only when there is a clock to measure it against. */
export const speedPointsApply = (s: AssignmentSettings): boolean => s.timeLimit === "question" && s.speedPoints;
