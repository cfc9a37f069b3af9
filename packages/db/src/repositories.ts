import type { Bank } from "@lousa/banks";
import type { AnswerRecord } from "@lousa/game";
import type { GameRecord, NewGame, NewPlayer, PhaseRecord, PlayerStanding, StoredBank, StoredBankSummary, StoredGame, StoredPlayer } from "./types";

/** Question banks. */
export interface BankRepository {
  list(): Promise<StoredBankSummary[]>;
  get(id: string): Promise<StoredBank | null>;
  /** Writes a built-in bank if it is new or its content changed; idempotent. */
  upsertBuiltIn(bank: Bank): Promise<"created" | "updated" | "unchanged">;
}

/** Games, their players and answers. Every method is one transaction. */
export interface GameRepository {
  create(game: NewGame): Promise<void>;
  get(id: string): Promise<StoredGame | null>;
  /** Games not yet at the podium: what a restarted server resumes. */
  listUnfinished(): Promise<StoredGame[]>;
  savePhase(gameId: string, phase: PhaseRecord, at: number): Promise<void>;
  addPlayer(player: NewPlayer): Promise<void>;
  findPlayerByToken(gameId: string, tokenHash: string): Promise<StoredPlayer | null>;
  setKicked(playerId: string): Promise<void>;
  /** Inserts accepted answers (unique per player and question); resolves only once they are on disk. */
  saveAnswers(gameId: string, answers: readonly AnswerRecord[]): Promise<void>;
  /** Scores after a question closed, for every player at once. */
  saveStandings(gameId: string, standings: readonly PlayerStanding[]): Promise<void>;
  load(gameId: string): Promise<GameRecord | null>;
}

export interface Repositories {
  readonly banks: BankRepository;
  readonly games: GameRepository;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
