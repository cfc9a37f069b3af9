import type { Accommodation, AnswerRecord, GameIdentity, GameSettings, PhaseKind, PlayedQuestion, PlayerStanding, QuestionImage, SliderSpec } from "@lousa/game";

export type { PlayerStanding };

/** Domain-shaped rows the repositories hand out. Prisma's generated types never leave this package. */

export interface StoredBankSummary {
  readonly id: string;
  readonly title: string;
  readonly language: string;
  readonly description: string;
  readonly questionCount: number;
}

export interface StoredBank extends Omit<StoredBankSummary, "questionCount"> {
  readonly questions: readonly PlayedQuestion[];
}

export interface NewGame {
  readonly id: string;
  readonly pin: string;
  readonly bankId: string;
  readonly settings: GameSettings;
  readonly questions: readonly PlayedQuestion[];
  readonly hostSecretHash: string;
  readonly identity: GameIdentity | null;
  /** The teacher who hosted it (null: a game from before teacher accounts). */
  readonly ownerId: string | null;
  /** The bank's title as it was when the game was created (frozen, like the questions). */
  readonly bankTitle: string;
}

export interface StoredGame extends NewGame {
  readonly phase: PhaseKind;
  readonly questionIndex: number;
  readonly questionOpenedAt: number | null;
  readonly locked: boolean;
  readonly createdAt: number;
  readonly startedAt: number | null;
  readonly endedAt: number | null;
}

export interface PhaseRecord {
  readonly phase: PhaseKind;
  readonly questionIndex: number;
  readonly questionOpenedAt: number | null;
  readonly locked: boolean;
}

export interface NewPlayer {
  readonly id: string;
  readonly gameId: string;
  readonly nickname: string;
  readonly nicknameKey: string;
  readonly tokenHash: string;
  readonly deviceId: string | null;
  readonly identifier: string | null;
  readonly realName: string | null;
  /** Non-zero for a late joiner: the time of the questions they missed. */
  readonly totalResponseMs?: number;
  /** 0-based team (team play); null or absent without teams. */
  readonly team?: number | null;
  /** Set ahead by the teacher (the student's class-list line); null or absent: none. */
  readonly accommodation?: Accommodation | null;
}

export interface StoredPlayer extends NewPlayer {
  readonly team: number | null;
  /** Extra time and/or no speed penalty (see Accommodation); null: none. */
  readonly accommodation: Accommodation | null;
  readonly score: number;
  readonly streak: number;
  readonly correctCount: number;
  readonly totalResponseMs: number;
  readonly kicked: boolean;
  /** The host let this kicked player's device join again. */
  readonly allowedBack: boolean;
  readonly joinedAt: number;
}

/** What a starting server needs to decide about an unfinished game before loading it whole. */
export interface UnfinishedGame {
  readonly id: string;
  readonly pin: string;
  readonly questionIndex: number;
  readonly createdAt: number;
}

/** Everything needed to export or restore a game. */
export interface GameRecord {
  readonly game: StoredGame;
  readonly players: readonly StoredPlayer[];
  readonly answers: readonly AnswerRecord[];
}

/** A question as a teacher's bank stores it (the library's editor and importers make these). */
export interface BankQuestionContent {
  readonly type: PlayedQuestion["type"];
  readonly prompt: string;
  readonly options: readonly string[];
  readonly correct: readonly number[];
  readonly explanation: string;
  readonly timeLimitSec: number;
  readonly pointsMode: PlayedQuestion["pointsMode"];
  /** typeAnswer: accepted without accents. */
  readonly ignoreAccents?: boolean;
  /** slider: the scale and the right value. */
  readonly slider?: SliderSpec;
  /** The question's picture. */
  readonly image?: QuestionImage;
}

/** A bank's whole content, as saved from the editor or an import (already validated by the caller). */
export interface BankContent {
  readonly title: string;
  readonly description: string;
  readonly language: string;
  readonly questions: readonly BankQuestionContent[];
}

/** A bank in a teacher's library, seen by that teacher. */
export interface LibraryEntry {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly language: string;
  readonly questionCount: number;
  readonly builtIn: boolean;
  readonly ownerId: string | null;
  readonly ownerName: string | null;
  readonly shared: boolean;
  readonly revision: number;
  readonly updatedAt: number;
  readonly deletedAt: number | null;
}

export interface LibraryEntryWithContent extends LibraryEntry {
  readonly content: BankContent;
}

/** Why a library change did not happen (nothing was changed). */
export type LibraryRefusal = "notFound" | "readOnly" | "changed";
