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
  /**
   * Records a phase transition. When a question closes, the new standings come with it and are written
   * in the same transaction: a crash can never leave scores that already include a question whose
   * phase still says "open" (which a restart would then count twice).
   */
  savePhase(gameId: string, phase: PhaseRecord, at: number, standings?: readonly PlayerStanding[]): Promise<void>;
  addPlayer(player: NewPlayer): Promise<void>;
  findPlayerByToken(gameId: string, tokenHash: string): Promise<StoredPlayer | null>;
  setKicked(playerId: string): Promise<void>;
  /** Inserts accepted answers (unique per player and question); resolves only once they are on disk. */
  saveAnswers(gameId: string, answers: readonly AnswerRecord[]): Promise<void>;
  load(gameId: string): Promise<GameRecord | null>;
}

export interface Repositories {
  readonly banks: BankRepository;
  readonly games: GameRepository;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
