import type { Accommodation, NicknameSource, PhaseView, PlayerPrivateView, TeamSettings } from "@lousa/game";

/** One line of the host's player list. */
export interface RosterEntry {
  readonly playerId: string;
  readonly nickname: string;
  readonly connected: boolean;
  readonly score: number;
  /** Removed by the host; listed so the host can allow the device back. */
  readonly kicked: boolean;
  /** 0-based team (team play); null without teams. */
  readonly team: number | null;
  /** Extra time and/or no speed penalty the teacher granted; null: none. Host only: never sent to phones. */
  readonly accommodation: Accommodation | null;
}

/** Everything a host screen needs to draw itself from scratch (on attach and on reconnect). */
export interface HostSnapshot {
  readonly gameId: string;
  readonly pin: string;
  readonly bankTitle: string;
  readonly questionCount: number;
  readonly joinUrl: string;
  readonly locked: boolean;
  readonly phase: PhaseView;
  readonly roster: readonly RosterEntry[];
  readonly answeredCount: number;
  readonly pacing: PacingView;
  /** Team play: how many teams and how they are formed (null: no teams). */
  readonly teams: TeamSettings | null;
}

/** How the game moves on: by the host, or by itself (then possibly paused). */
export interface PacingView {
  /** The game moves on by itself after each reveal and leaderboard (settings.autoAdvance). */
  readonly autoAdvance: boolean;
  readonly paused: boolean;
  /** When it moves on next, counted from receipt; null when it waits for the host (or is paused). */
  readonly advanceInMs: number | null;
}

/** Everything a phone needs to draw itself from scratch (on join, rejoin and reconnect). */
export interface PlayerSnapshot {
  readonly pin: string;
  readonly phase: PhaseView;
  readonly you: PlayerPrivateView;
  readonly hostConnected: boolean;
  readonly pacing: PacingView;
  /** How many have answered the open question (0 outside a question). */
  readonly answeredCount: number;
}

export interface CreatedGame {
  readonly gameId: string;
  readonly pin: string;
  readonly hostSecret: string;
}

export interface JoinRequirements {
  /** Ask the student for this (e.g. "Matrícula"); null = nothing to ask. */
  readonly identifierLabel: string | null;
  /** Names on the host's class list (identifiers are never sent to phones); null = no list. */
  readonly classList: readonly { readonly index: number; readonly name: string; readonly taken: boolean }[] | null;
  /** Where nicknames come from: "generated" means the phone offers only the generator's names. */
  readonly nicknames: NicknameSource;
  /** Team play: how many teams, and whether the student picks one (null: no teams). */
  readonly teams: TeamSettings | null;
}

export interface JoinedGame {
  readonly playerId: string;
  /** Keep it on the phone (localStorage): it is the only way back into the game with the same score. */
  readonly rejoinToken: string;
  readonly snapshot: PlayerSnapshot;
}

export interface AnswerReceipt {
  readonly questionIndex: number;
  readonly choices: readonly number[];
  /** The text as stored (typeAnswer), or null. */
  readonly text: string | null;
  /** The value as stored (slider: on a step of the scale), or null. */
  readonly value: number | null;
  readonly answeredCount: number;
}

export interface AnswerCount {
  readonly questionIndex: number;
  readonly answeredCount: number;
  readonly playerCount: number;
}

/** GET /api/banks */
export interface BankSummary {
  readonly id: string;
  readonly title: string;
  readonly language: string;
  readonly description: string;
  readonly questionCount: number;
}

/** GET /api/health */
export interface HealthReport {
  readonly status: "ok" | "degraded";
  readonly version: string;
  readonly database: boolean;
  readonly liveGames: number;
}
