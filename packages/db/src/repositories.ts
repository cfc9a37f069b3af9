import type { AuthDatabase } from "./auth-database";
import type { HomeworkRepository } from "./homework-repository";
import type { ImageRepository } from "./image-repository";
import type { LeaseStore } from "./lease-store";
import type { Bank } from "@lousa/banks";
import type { Accommodation, AnswerRecord } from "@lousa/game";
import type { BankContent, GameRecord, LibraryEntry, LibraryEntryWithContent, LibraryRefusal, NewGame, NewPlayer, PhaseRecord, PlayerStanding, StoredBank, StoredBankSummary, StoredGame, StoredPlayer, UnfinishedGame } from "./types";

/** Question banks. */
export interface BankRepository {
  list(): Promise<StoredBankSummary[]>;
  get(id: string): Promise<StoredBank | null>;
  /** Writes a built-in bank if it is new or its content changed; idempotent. */
  upsertBuiltIn(bank: Bank): Promise<"created" | "updated" | "unchanged">;

  // A teacher's library. "Visible" to a teacher: built-in banks, their own, and those other teachers
  // share — never one in the bin (except to its owner, to restore it). Only the owner changes a bank.

  /** The banks `teacherId` can see, optionally only those whose title contains `search` (any case). */
  listVisible(teacherId: string, search?: string): Promise<LibraryEntry[]>;
  /** A bank with its content, if `teacherId` can see it (its owner also sees it in the bin). */
  getVisible(teacherId: string, bankId: string): Promise<LibraryEntryWithContent | null>;
  /** A bank `teacherId` can play right now, as a game freezes it (null: not visible, in the bin, empty). */
  getPlayable(teacherId: string, bankId: string): Promise<StoredBank | null>;
  /** A new bank owned by `ownerId` (also what duplicate and import save). */
  create(ownerId: string, content: BankContent): Promise<LibraryEntryWithContent>;
  /** Replaces a bank's content if `ownerId` owns it and it is still at `revision`; all or nothing. */
  save(ownerId: string, bankId: string, revision: number, content: BankContent): Promise<LibraryEntryWithContent | LibraryRefusal>;
  /** Renames and/or shares (owner only; a bank in the bin can't be changed). */
  patch(ownerId: string, bankId: string, change: { readonly title?: string; readonly shared?: boolean }): Promise<LibraryEntry | LibraryRefusal>;
  /** Moves a bank to the bin (`inBin` true) or back out of it (owner only). */
  setInBin(ownerId: string, bankId: string, inBin: boolean): Promise<LibraryEntry | LibraryRefusal>;
}

/**
 * Games, their players and answers. Every method is one transaction: it either stores everything it
 * was given or throws having stored nothing. The game runner relies on that to apply a change to
 * memory only once it is stored. `./game-repository.contract.ts` is the behaviour every
 * implementation must pass.
 */
export interface GameRepository {
  create(game: NewGame): Promise<void>;
  get(id: string): Promise<StoredGame | null>;
  /**
   * Games not yet at the podium: what a restarted server resumes. Only plain columns, so one damaged
   * row (unreadable JSON) cannot keep the others from being listed; `load` each one to read it whole.
   */
  listUnfinished(): Promise<UnfinishedGame[]>;
  /** The unfinished game with this PIN, if any (PINs are unique among live games). */
  findUnfinishedByPin(pin: string): Promise<UnfinishedGame | null>;
  /**
   * Records a phase transition. When a question closes, the new standings come with it and are written
   * in the same transaction: a crash can never leave scores that already include a question whose
   * phase still says "open" (which a restart would then count twice).
   */
  savePhase(gameId: string, phase: PhaseRecord, at: number, standings?: readonly PlayerStanding[]): Promise<void>;
  /** Stores joining players (one batch, all or nothing). */
  addPlayers(players: readonly NewPlayer[]): Promise<void>;
  /** The player a rejoin token's hash belongs to, in whichever game (hashes of random tokens are unique). */
  findPlayerByToken(tokenHash: string): Promise<StoredPlayer | null>;
  setKicked(gameId: string, playerId: string): Promise<void>;
  /** The teacher grants (or, null, takes back) a student's accommodation. */
  setAccommodation(gameId: string, playerId: string, accommodation: Accommodation | null): Promise<void>;
  /** Whether the game takes new joins; not a phase change (the phase and its times stay as they are). */
  setLocked(gameId: string, locked: boolean): Promise<void>;
  setAllowedBack(gameId: string, playerId: string): Promise<void>;
  /** The teacher adds or corrects a player's identifier (for the gradebooks) after the game; null clears it. */
  setIdentifier(gameId: string, playerId: string, identifier: string | null): Promise<void>;
  /** Inserts accepted answers (unique per player and question); resolves only once they are on disk. */
  saveAnswers(gameId: string, answers: readonly AnswerRecord[]): Promise<void>;
  load(gameId: string): Promise<GameRecord | null>;
  /** Ids of the games `ownerId` hosted, newest first (at most `limit`). */
  listOwnedBy(ownerId: string, limit: number): Promise<string[]>;
}

export interface Repositories {
  readonly banks: BankRepository;
  readonly games: GameRepository;
  /** Homework: assignments students answer at their own pace (see homework-repository.ts). */
  readonly homework: HomeworkRepository;
  /** Pictures attached to questions (see image-repository.ts). */
  readonly images: ImageRepository;
  /** Leases on live games for several servers (PostgreSQL only; null on SQLite, where one process runs them all). */
  readonly leases: LeaseStore | null;
  /** Teachers' accounts and sessions, for better-auth (see auth-database.ts). */
  readonly auth: AuthDatabase;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
