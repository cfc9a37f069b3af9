/** Domain types of a live game. Plain data: serialisable, no classes, no I/O. */

import type { Accommodation } from "./accommodations";

/** Every kind of question; what each does differently is in ./kinds (one module per kind). */
export const QUESTION_TYPES = ["single", "multiple", "truefalse", "poll", "ordering", "typeAnswer", "slider", "slide"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Options (or items to order) a question has: one definition for the engine, schemas and UIs. */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;
export type PointsMode = "standard" | "double" | "none";

/** A question exactly as it is played in one game (frozen at game creation). */
export interface PlayedQuestion {
  readonly id: string;
  readonly type: QuestionType;
  readonly prompt: string;
  readonly options: readonly string[];
  /**
   * Indexes into `options`: the right ones (a set; empty for a poll), or for ordering the right
   * sequence. Never leaves the server before the reveal.
   */
  readonly correct: readonly number[];
  readonly explanation: string;
  readonly timeLimitMs: number;
  readonly pointsMode: PointsMode;
  /** typeAnswer: "nucleo" matches "núcleo" (case and surrounding spaces never matter). */
  readonly ignoreAccents?: boolean;
  /** slider: the scale and the right value (the value and tolerance never leave the server before the reveal). */
  readonly slider?: SliderSpec;
  /** One picture shown with the question (any kind, slides too). */
  readonly image?: QuestionImage;
}

/** A numeric estimate: the student picks a value on a scale from `min` to `max` in steps of `step`. */
export interface SliderSpec {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** The right value. */
  readonly answer: number;
  /** A guess this close to the answer (or closer) is right and earns full points; see kinds/slider.ts. */
  readonly tolerance: number;
  /** Shown after the numbers ("camadas", "%", "anos"); may be empty. */
  readonly unit: string;
}

/** What a phone may know about a slider before the reveal: the scale, not the answer. */
export type SliderScale = Pick<SliderSpec, "min" | "max" | "step" | "unit">;

/** A question's picture (stored re-encoded; served at /api/images/<id>). */
export interface QuestionImage {
  readonly id: string;
  /** Read by screen readers; required. */
  readonly alt: string;
  readonly width: number;
  readonly height: number;
  /** Phones show it too (the projector always does); off when the picture would give the answer away on a small screen or cost data. */
  readonly onPhones: boolean;
}

/**
 * What a player sends: option indexes (choice kinds, ordering), a typed text (typeAnswer) or a number
 * (slider). Which one a question takes is its kind's rule.
 */
export type AnswerInput = { readonly choices: readonly number[] } | { readonly text: string } | { readonly value: number };

/** Options the host picks when creating a game. */
export interface GameSettings {
  /** "bank" keeps each question's own mode; otherwise every question uses this one. */
  readonly pointsMode: "bank" | PointsMode;
  /** Seconds per question for every question, or null to keep each question's own limit. */
  readonly timeLimitSec: number | null;
  /**
   * The leaderboard after every question (1, the default), every N questions, or only at the end (0:
   * the podium is the only one). A question without one goes from its reveal to the next question.
   */
  readonly leaderboardEvery?: number;
  /** The game moves on by itself: the reveal and the leaderboard stay this long (null: the host moves it on). */
  readonly autoAdvance?: AutoAdvance | null;
  /** Where nicknames come from (default "typed"): see NicknameSource. */
  readonly nicknames?: NicknameSource;
  /** Typed nicknames go through the profanity filter (default true). */
  readonly nicknameFilter?: boolean;
  /** Team play (null or absent: every student for themselves). */
  readonly teams?: TeamSettings | null;
}

/**
 * "typed": students type their nickname (the filter checks it unless the teacher turned it off);
 * "generated": only nicknames from the generator (adjective + animal or object), for younger classes.
 */
export type NicknameSource = "typed" | "generated";

/** Teams: 2–8, picked by each student at join or spread at random (balanced) by the server. */
export interface TeamSettings {
  readonly count: number;
  readonly assignment: "pick" | "random";
}

/** Fewest and most teams a game can have. */
export const TEAM_LIMITS = { min: 2, max: 8 } as const;

/** How long the reveal and the leaderboard stay on screen when the game moves on by itself. */
export interface AutoAdvance {
  readonly revealSec: number;
  readonly leaderboardSec: number;
}

export type PlayerId = string;

/** One line of a class list the host uploads: players pick their name, exports are keyed by it. */
export interface ClassListEntry {
  readonly name: string;
  readonly identifier: string;
  /** Set ahead by the teacher: the student who picks this line starts with it. Never sent to phones. */
  readonly accommodation?: Accommodation | null | undefined;
}

/**
 * How players identify themselves for grading. Identifiers are shown only to the host (reports,
 * exports), never on the projector. With a class list, each entry can be claimed by one player.
 */
export interface GameIdentity {
  /** What to ask for, e.g. "Matrícula" or "E-mail"; null = nothing asked (unless a class list is given). */
  readonly label: string | null;
  readonly classList: readonly ClassListEntry[] | null;
}

/** One accepted answer. Points are decided when it is accepted (server time only) and applied at the reveal. */
export interface AnswerRecord {
  readonly playerId: PlayerId;
  readonly questionIndex: number;
  /** Option indexes chosen (empty for a typed answer). */
  readonly choices: readonly number[];
  /** The text typed (typeAnswer), as typed but trimmed; null for the other kinds. */
  readonly text: string | null;
  /** The value picked (slider); null for the other kinds. */
  readonly value: number | null;
  /** Right (for a slider: within the tolerance). A near miss can still earn points without being right. */
  readonly correct: boolean;
  readonly points: number;
  readonly streakBonus: number;
  readonly responseMs: number;
  /** Server clock, epoch ms. */
  readonly answeredAt: number;
  /** Given with an accommodation (extra time or no speed penalty): exports mark it. Absent: false. */
  readonly accommodated?: boolean;
}

export interface PlayerState {
  readonly id: PlayerId;
  readonly nickname: string;
  readonly nicknameKey: string;
  score: number;
  /** Consecutive correct answers up to the last closed question. */
  streak: number;
  correctCount: number;
  /** Sum of response times, unanswered questions counted at their full limit: the leaderboard tie-break. */
  totalResponseMs: number;
  connected: boolean;
  kicked: boolean;
  /** 1-based, from the last leaderboard computation; null before the first reveal. */
  rank: number | null;
  /** 0-based team number (team play), kept for the whole game, across rejoins and restarts; null without teams. */
  readonly team: number | null;
  /** Extra time and/or no speed penalty the teacher granted (null: none). Never shown to other students. */
  accommodation: Accommodation | null;
  readonly joinedSeq: number;
  /** The answer to each question, by index. */
  readonly answers: Map<number, AnswerRecord>;
}

/** The phase machine: lobby → (question → reveal → leaderboard)* → podium. */
export type Phase =
  | { readonly kind: "lobby" }
  /**
   * `openedAt` is when the clock starts: after the host's "next" for a question whose phones first load
   * its picture (the question is on screen, answers are refused until then). A slide's deadline is its
   * `openedAt`: it has no clock.
   */
  | { readonly kind: "question"; readonly index: number; readonly openedAt: number; readonly deadline: number }
  | { readonly kind: "reveal"; readonly index: number }
  | { readonly kind: "leaderboard"; readonly index: number }
  | { readonly kind: "podium" };

export type PhaseKind = Phase["kind"];

export interface LeaderboardEntry {
  readonly rank: number;
  readonly playerId: PlayerId;
  readonly nickname: string;
  readonly score: number;
  readonly correctCount: number;
}
