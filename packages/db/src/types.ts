import type { AnswerRecord, GameIdentity, GameSettings, PhaseKind, PlayedQuestion, PlayerStanding } from "@lousa/game";

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
}

export interface StoredGame extends NewGame {
  readonly bankTitle: string;
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
}

export interface StoredPlayer extends NewPlayer {
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
