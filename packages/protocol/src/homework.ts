import { z } from "zod";
import { ANSWER_VISIBILITY, ASSIGNMENT_LIMITS, ATTEMPT_RULES, type AnswerVisibility, type AssignmentSettings, type AssignmentWindow, type AttemptRule, type PublicQuestion, type SliderSpec } from "@lousa/game";
import type { ReviewQuestion } from "./player-review";
import { deviceIdSchema, gameIdentitySchema, playerAnswerSchema } from "./schemas";

/**
 * Homework (issue 13): a bank assigned for students to answer at their own pace between two dates,
 * over plain HTTP (no live host, no socket): every request is answered from the database, so a
 * student's place survives reloads, other devices' requests and server restarts alike.
 *
 * Teacher (signed in):  POST /api/assignments · GET /api/assignments · GET /api/assignments/:id
 *                       POST /api/assignments/:id/close · POST /api/assignments/:id/students/:studentId/release
 *                       (a student's lost device: their next start takes the seat back) · the report and exports a live game has, under
 *                       /api/assignments/:id/ (report, results.csv, export.xlsx, export.csv, moodle.csv, classroom.csv)
 * Student (the link):   GET /api/homework/:code · GET /api/homework/:code/qr.svg (the link as a QR code, for the
 *                       teacher's screen) · POST /api/homework/:code/start
 *                       and, with `Authorization: Bearer <token>` (never in a URL):
 *                       GET /api/homework/:code/state · POST …/answer · POST …/next · POST …/retry
 * Every refusal is `{ error: { code, message } }` with a code from ErrorCode.
 */

/**
 * The public part of an assignment's link: 10 characters of an unambiguous alphabet (no 0/O, 1/I/L),
 * read as typed from a board (spaces around it and lower case don't matter).
 */
export const homeworkCodeSchema = z.string().trim().toUpperCase().regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/, "not an assignment code");
const idSchema = z.string().min(1).max(64);
const epochMs = z.number().int().min(0).max(8_640_000_000_000);

export const assignmentSettingsSchema = z.strictObject({
  timeLimit: z.enum(["question", "none"]),
  speedPoints: z.boolean(),
  showAnswers: z.enum(ANSWER_VISIBILITY),
  attempts: z.number().int().min(1).max(ASSIGNMENT_LIMITS.maxAttempts),
  counts: z.enum(ATTEMPT_RULES),
  nicknames: z.enum(["typed", "generated"]).default("typed"),
  nicknameFilter: z.boolean().default(true),
}) satisfies z.ZodType<AssignmentSettings, z.input<z.ZodType>>;

/** POST /api/assignments. The dates are epoch ms from the teacher's device (its own clock and time zone). */
export const assignmentCreateSchema = z
  .strictObject({
    bankId: idSchema,
    opensAt: epochMs,
    closesAt: epochMs,
    settings: assignmentSettingsSchema,
    identity: gameIdentitySchema.optional(),
  })
  .refine((a) => a.closesAt - a.opensAt >= ASSIGNMENT_LIMITS.minOpenMinutes * 60_000, { message: `must stay open at least ${ASSIGNMENT_LIMITS.minOpenMinutes} minutes`, path: ["closesAt"] })
  .refine((a) => a.closesAt - a.opensAt <= ASSIGNMENT_LIMITS.maxOpenDays * 86_400_000, { message: `can stay open at most ${ASSIGNMENT_LIMITS.maxOpenDays} days`, path: ["closesAt"] });
export type AssignmentCreatePayload = z.input<typeof assignmentCreateSchema>;

/**
 * POST /api/homework/:code/start: who the student is, as in a live game's join. Starting again from the
 * device that started (same deviceId and name — a reply lost on the way) gives that device a new token
 * for the same seat instead of refusing the name as taken.
 */
export const homeworkStartSchema = z.strictObject({
  nickname: z.string().max(12_000),
  deviceId: deviceIdSchema.optional(),
  identifier: z.string().max(200).optional(),
  classEntry: z.number().int().min(0).max(499).optional(),
});
export type HomeworkStartPayload = z.infer<typeof homeworkStartSchema>;

/** POST /api/homework/:code/answer: the same answer shapes as a live game's player:answer. */
export const homeworkAnswerSchema = playerAnswerSchema;
export type HomeworkAnswerPayload = z.infer<typeof homeworkAnswerSchema>;

/** POST /api/homework/:code/next: the question the phone is leaving (a stale double tap is refused). */
export const homeworkNextSchema = z.strictObject({ questionIndex: z.number().int().min(0).max(10_000) });
export type HomeworkNextPayload = z.infer<typeof homeworkNextSchema>;

// ——— What the teacher sees ———

export interface CreatedAssignment {
  readonly id: string;
  readonly code: string;
}

/** One line of the teacher's assignments. */
export interface AssignmentRow {
  readonly id: string;
  readonly code: string;
  /** The link students open (the server's address on the school network, like a live game's join URL): <base>/hw/<code>. */
  readonly link: string;
  readonly bankTitle: string;
  readonly opensAt: number;
  readonly closesAt: number;
  readonly window: AssignmentWindow;
  readonly questionCount: number;
  readonly started: number;
  readonly finished: number;
}

/** One student's progress, for the teacher while it is open (and after). */
export interface HomeworkProgressRow {
  readonly studentId: string;
  readonly nickname: string;
  readonly realName: string | null;
  readonly identifier: string | null;
  readonly attempts: number;
  /** Questions done in their latest attempt (answered or timed out), out of the assignment's. */
  readonly done: number;
  readonly finished: boolean;
  /** The counted attempt's score (the rule the teacher picked). */
  readonly score: number;
  readonly lastActivityAt: number;
  /** Extra time or no speed penalty (from the class list). */
  readonly accommodated: boolean;
  /**
   * The teacher released this student's device (a lost phone, a cleared browser): the next start with the
   * same nickname, class-list line or identifier takes this student over, attempts and all.
   */
  readonly released: boolean;
}

export interface AssignmentDetail extends AssignmentRow {
  readonly settings: AssignmentSettings;
  readonly identifierLabel: string | null;
  readonly classListSize: number | null;
  readonly progress: readonly HomeworkProgressRow[];
}

// ——— What the student's phone sees ———

/** GET /api/homework/:code: enough to show the start screen (never a right answer). */
export interface HomeworkInfo {
  readonly code: string;
  readonly bankTitle: string;
  readonly questionCount: number;
  readonly opensAt: number;
  readonly closesAt: number;
  readonly window: AssignmentWindow;
  readonly timeLimit: "question" | "none";
  readonly speedPoints: boolean;
  readonly showAnswers: AnswerVisibility;
  readonly attempts: number;
  readonly counts: AttemptRule;
  readonly identifierLabel: string | null;
  /** Names on the class list (identifiers never leave the server); null without one. */
  readonly classList: readonly { readonly index: number; readonly name: string; readonly taken: boolean }[] | null;
  readonly nicknames: "typed" | "generated";
}

/** What the phone learns about its answer once it is stored. */
export interface HomeworkFeedback {
  readonly questionIndex: number;
  /** What was stored (normalised): shown back to the student. */
  readonly answer: { readonly choices: readonly number[]; readonly text: string | null; readonly value: number | null };
  /**
   * Right or wrong, the points, the key and the explanation: only when the teacher shows answers after
   * each question (otherwise null until the assignment closes).
   */
  readonly result: {
    readonly correct: boolean;
    readonly graded: boolean;
    readonly points: number;
    readonly streakBonus: number;
    readonly correctOptions: readonly number[];
    /** A typeAnswer's accepted answers and the other kinds' options, as the reveal shows them. */
    readonly options: readonly string[];
    readonly explanation: string;
    readonly slider: SliderSpec | null;
  } | null;
}

export type HomeworkStep =
  /** A question to answer (or a slide to read); `feedback` once answered. */
  | {
      readonly kind: "question";
      readonly question: PublicQuestion;
      /** Time left for this student from when this was built (null: no clock). */
      readonly remainingMs: number | null;
      readonly feedback: HomeworkFeedback | null;
      /** Time ran out before an answer: the phone shows it and offers "next". */
      readonly timedOut: boolean;
    }
  /** The attempt is over: the summary, and the questions with their keys when the rules allow. */
  | {
      readonly kind: "done";
      /** This attempt's score and right answers: null while the teacher keeps them for after the closing date. */
      readonly result: { readonly score: number; readonly correctCount: number; readonly gradedCount: number } | null;
      /**
       * The attempt that counts by the teacher's rule (best / last / first), which may be another one
       * than this; null while results wait for the closing date.
       */
      readonly counted: { readonly number: number; readonly score: number } | null;
      readonly review: readonly ReviewQuestion[] | null;
      /** Another attempt is allowed now. */
      readonly canRetry: boolean;
    };

/** Everything the student's phone shows, answered by start, state, answer, next and retry. */
export interface HomeworkState {
  readonly info: HomeworkInfo;
  readonly student: { readonly nickname: string; readonly realName: string | null };
  readonly attempt: { readonly number: number; readonly startedAt: number; readonly finishedAt: number | null; readonly position: number };
  /** Attempts still allowed after this one. */
  readonly attemptsLeft: number;
  readonly step: HomeworkStep;
}

/** POST /api/homework/:code/start answers this: keep the token on the device (localStorage). */
export interface HomeworkStarted {
  readonly token: string;
  readonly state: HomeworkState;
}
