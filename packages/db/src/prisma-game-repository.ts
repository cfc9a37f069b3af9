import { normalizeAccommodation, type Accommodation, type AnswerRecord, type ClassListEntry, type PhaseKind } from "@lousa/game";
import { Prisma } from "./generated/prisma/client";
import { accommodationColumns, accommodationOf } from "./accommodation-columns";
import { gameIdentity, gameSettings, numberArray, playedQuestions } from "./json-guards";
import type { Db } from "./prisma-client";
import type { GameRepository } from "./repositories";
import type { GameRecord, NewGame, NewPlayer, PhaseRecord, PlayerStanding, StoredGame, StoredPlayer, UnfinishedGame } from "./types";

const STANDINGS_CHUNK = 500;
const PHASES: readonly PhaseKind[] = ["lobby", "question", "reveal", "leaderboard", "podium"];

function phaseKind(value: string): PhaseKind {
  const found = PHASES.find((p) => p === value);
  if (!found) throw new TypeError(`unknown phase ${value}`);
  return found;
}

type GameRow = Awaited<ReturnType<Db["game"]["findFirstOrThrow"]>> & { bank: { title: string } };
type PlayerRow = Awaited<ReturnType<Db["player"]["findFirstOrThrow"]>>;

function toGame(row: GameRow): StoredGame {
  return {
    id: row.id,
    pin: row.pin,
    bankId: row.bankId,
    // Games from before titles were frozen have "": their bank's current title is the best there is.
    bankTitle: row.bankTitle || row.bank.title,
    settings: gameSettings(row.settings),
    questions: playedQuestions(row.questions),
    hostSecretHash: row.hostSecretHash,
    identity: gameIdentity(row.identity),
    ownerId: row.ownerId,
    phase: phaseKind(row.phase),
    questionIndex: row.questionIndex,
    questionOpenedAt: row.questionOpenedAt?.getTime() ?? null,
    locked: row.locked,
    createdAt: row.createdAt.getTime(),
    startedAt: row.startedAt?.getTime() ?? null,
    endedAt: row.endedAt?.getTime() ?? null,
  };
}

/** A class-list line as JSON: the accommodation only when there is one (lines without stay as before). */
function classListLine(e: ClassListEntry) {
  const accommodation = normalizeAccommodation(e.accommodation ?? null);
  return { name: e.name, identifier: e.identifier, ...(accommodation ? { accommodation: { ...accommodation } } : {}) };
}

function toPlayer(row: PlayerRow): StoredPlayer {
  return {
    id: row.id,
    gameId: row.gameId,
    nickname: row.nickname,
    nicknameKey: row.nicknameKey,
    tokenHash: row.tokenHash,
    deviceId: row.deviceId,
    identifier: row.identifier,
    realName: row.realName,
    team: row.team,
    accommodation: accommodationOf(row),
    score: row.score,
    streak: row.streak,
    correctCount: row.correctCount,
    totalResponseMs: row.totalResponseMs,
    kicked: row.kicked,
    allowedBack: row.allowedBack,
    joinedAt: row.joinedAt.getTime(),
  };
}

/** The lease a process holds on a game it runs (several servers; see lease-store.ts). */
export interface HeldLease {
  readonly owner: string;
  readonly epoch: number;
}

/**
 * Which lease this process holds on a game, for fencing its writes: null when it holds none (then the
 * write is refused before it starts). Only given with several servers; a lone server owns every game.
 */
export type GameFence = (gameId: string) => HeldLease | null;

/** A write of a live game by a process that no longer runs it: nothing was stored. */
export class LeaseLostError extends Error {
  constructor(readonly gameId: string) {
    super(`this server no longer runs game ${gameId}`);
    this.name = "LeaseLostError";
  }
}

/** The word the fence's failure carries (PostgreSQL reports it as an integer it could not read). */
const LEASE_LOST_MARK = "LOUSA_LEASE_LOST";

/** Whether an error is a lease fence refusing a write (ours, or the database's). */
export function isLeaseLost(e: unknown): boolean {
  return e instanceof LeaseLostError || (e instanceof Error && e.message.includes(LEASE_LOST_MARK));
}

export class PrismaGameRepository implements GameRepository {
  constructor(
    private readonly db: Db,
    private readonly fence: GameFence | null = null,
  ) {}

  /**
   * Runs a live game's writes as one transaction, first checking (with several servers) that this process
   * still holds the game's lease at the epoch it claimed. The check fails the whole transaction if not (a
   * CAST that can't succeed: plain SQL has no RAISE), and FOR SHARE locks the lease row until commit, so a
   * concurrent claim (an UPDATE of that row) waits for this write: once a claim has committed, every later
   * write of the previous owner fails. PostgreSQL only (SQLite has one server, and no row locks).
   */
  private async fenced(gameIds: string | readonly string[], statements: readonly Prisma.PrismaPromise<unknown>[]): Promise<void> {
    if (!this.fence) {
      await (statements.length === 1 ? statements[0] : this.db.$transaction([...statements]));
      return;
    }
    const fences = [...new Set(typeof gameIds === "string" ? [gameIds] : gameIds)].map((gameId) => {
      const lease = this.fence?.(gameId);
      if (!lease) throw new LeaseLostError(gameId);
      return this.db.$queryRaw(Prisma.sql`
        SELECT CAST(CASE WHEN EXISTS (SELECT 1 FROM "GameLease" WHERE "gameId" = ${gameId} AND "owner" = ${lease.owner} AND "epoch" = ${lease.epoch} FOR SHARE)
          THEN '1' ELSE ${LEASE_LOST_MARK} END AS INTEGER) AS "held"`);
    });
    await this.db.$transaction([...fences, ...statements]);
  }

  async create(game: NewGame): Promise<void> {
    await this.fenced(game.id, [this.db.game.create({
      data: {
        id: game.id,
        pin: game.pin,
        bankId: game.bankId,
        settings: { ...game.settings, autoAdvance: game.settings.autoAdvance ? { ...game.settings.autoAdvance } : null, teams: game.settings.teams ? { ...game.settings.teams } : null },
        // Copied into plain objects: Prisma's JSON input takes no readonly interfaces.
        questions: game.questions.map(({ slider, image, ...q }) => ({ ...q, options: [...q.options], correct: [...q.correct], ...(slider ? { slider: { ...slider } } : {}), ...(image ? { image: { ...image } } : {}) })),
        phase: "lobby",
        hostSecretHash: game.hostSecretHash,
        ownerId: game.ownerId,
        bankTitle: game.bankTitle,
        ...(game.identity ? { identity: { label: game.identity.label, classList: game.identity.classList?.map(classListLine) ?? null } } : {}),
      },
    })]);
  }

  async get(id: string): Promise<StoredGame | null> {
    const row = await this.db.game.findUnique({ where: { id }, include: { bank: { select: { title: true } } } });
    return row ? toGame(row) : null;
  }

  async listUnfinished(): Promise<UnfinishedGame[]> {
    const rows = await this.db.game.findMany({ where: { phase: { not: "podium" } }, select: { id: true, pin: true, questionIndex: true, createdAt: true } });
    return rows.map((r) => ({ id: r.id, pin: r.pin, questionIndex: r.questionIndex, createdAt: r.createdAt.getTime() }));
  }

  async findUnfinishedByPin(pin: string): Promise<UnfinishedGame | null> {
    const row = await this.db.game.findFirst({ where: { pin, phase: { not: "podium" } }, orderBy: { createdAt: "desc" }, select: { id: true, pin: true, questionIndex: true, createdAt: true } });
    return row ? { id: row.id, pin: row.pin, questionIndex: row.questionIndex, createdAt: row.createdAt.getTime() } : null;
  }

  async savePhase(gameId: string, phase: PhaseRecord, at: number, standings: readonly PlayerStanding[] = []): Promise<void> {
    const when = new Date(at);
    const update = this.db.game.update({
      where: { id: gameId },
      data: {
        phase: phase.phase,
        questionIndex: phase.questionIndex,
        questionOpenedAt: phase.questionOpenedAt === null ? null : new Date(phase.questionOpenedAt),
        locked: phase.locked,
        ...(phase.phase === "podium" ? { endedAt: when } : {}),
      },
    });
    // The first question opening is the start; re-opening it after a restart is not.
    const started = phase.phase === "question" ? [this.db.game.updateMany({ where: { id: gameId, startedAt: null }, data: { startedAt: when } })] : [];
    await this.fenced(gameId, [...this.standingsStatements(gameId, standings), update, ...started]);
  }

  async addPlayers(players: readonly NewPlayer[]): Promise<void> {
    if (players.length === 0) return;
    await this.fenced(
      players.map((p) => p.gameId),
      [this.db.player.createMany({ data: players.map(({ accommodation, ...p }) => ({ ...p, ...accommodationColumns(accommodation) })) })],
    );
  }

  async findPlayerByToken(tokenHash: string): Promise<StoredPlayer | null> {
    const row = await this.db.player.findFirst({ where: { tokenHash } });
    return row ? toPlayer(row) : null;
  }

  async setKicked(gameId: string, playerId: string): Promise<void> {
    await this.fenced(gameId, [this.db.player.update({ where: { id: playerId, gameId }, data: { kicked: true } })]);
  }

  async setAccommodation(gameId: string, playerId: string, accommodation: Accommodation | null): Promise<void> {
    await this.fenced(gameId, [this.db.player.update({ where: { id: playerId, gameId }, data: accommodationColumns(accommodation) })]);
  }

  async setLocked(gameId: string, locked: boolean): Promise<void> {
    await this.fenced(gameId, [this.db.game.update({ where: { id: gameId }, data: { locked } })]);
  }

  async setIdentifier(gameId: string, playerId: string, identifier: string | null): Promise<void> {
    await this.db.player.update({ where: { id: playerId, gameId }, data: { identifier } });
  }

  async setAllowedBack(gameId: string, playerId: string): Promise<void> {
    await this.fenced(gameId, [this.db.player.update({ where: { id: playerId, gameId }, data: { allowedBack: true } })]);
  }

  async saveAnswers(gameId: string, answers: readonly AnswerRecord[]): Promise<void> {
    if (answers.length === 0) return;
    await this.fenced(gameId, [this.db.answer.createMany({
      data: answers.map((a) => ({
        gameId,
        playerId: a.playerId,
        questionIndex: a.questionIndex,
        choices: [...a.choices],
        text: a.text,
        value: a.value,
        correct: a.correct,
        points: a.points,
        streakBonus: a.streakBonus,
        responseMs: a.responseMs,
        accommodated: a.accommodated === true,
        answeredAt: new Date(a.answeredAt),
      })),
    })]);
  }

  /**
   * One UPDATE … FROM (VALUES …) per 500 players instead of one statement per player: at the close of a
   * question every score changes, and per-row updates cost ~0.3 ms each (300 ms for 1,000 players).
   * Written once for both databases: Prisma.sql renders the placeholders each one wants (? or $n), and the
   * CASTs give PostgreSQL the column types (it reads untyped VALUES parameters as text; SQLite ignores them).
   */
  private standingsStatements(gameId: string, standings: readonly PlayerStanding[]) {
    const statements = [];
    for (let i = 0; i < standings.length; i += STANDINGS_CHUNK) {
      const rows = standings
        .slice(i, i + STANDINGS_CHUNK)
        .map((s) => Prisma.sql`(CAST(${s.id} AS TEXT), CAST(${s.score} AS INTEGER), CAST(${s.streak} AS INTEGER), CAST(${s.correctCount} AS INTEGER), CAST(${s.totalResponseMs} AS INTEGER))`);
      statements.push(
        this.db.$executeRaw(Prisma.sql`WITH v("id", "score", "streak", "correctCount", "totalResponseMs") AS (VALUES ${Prisma.join(rows)})
           UPDATE "Player" SET "score" = v."score", "streak" = v."streak", "correctCount" = v."correctCount", "totalResponseMs" = v."totalResponseMs"
           FROM v WHERE "Player"."id" = v."id" AND "Player"."gameId" = ${gameId}`),
      );
    }
    return statements;
  }

  async listOwnedBy(ownerId: string, limit: number): Promise<string[]> {
    const rows = await this.db.game.findMany({ where: { ownerId }, orderBy: { createdAt: "desc" }, take: limit, select: { id: true } });
    return rows.map((r) => r.id);
  }

  async load(gameId: string): Promise<GameRecord | null> {
    const game = await this.get(gameId);
    if (!game) return null;
    const [players, answers] = await Promise.all([
      this.db.player.findMany({ where: { gameId }, orderBy: { joinedAt: "asc" } }),
      this.db.answer.findMany({ where: { gameId }, orderBy: [{ questionIndex: "asc" }, { id: "asc" }] }),
    ]);
    return {
      game,
      players: players.map(toPlayer),
      answers: answers.map((a) => ({
        playerId: a.playerId,
        questionIndex: a.questionIndex,
        choices: numberArray(a.choices, "answer.choices"),
        text: a.text,
        value: a.value,
        correct: a.correct,
        points: a.points,
        streakBonus: a.streakBonus,
        responseMs: a.responseMs,
        answeredAt: a.answeredAt.getTime(),
        ...(a.accommodated ? { accommodated: true } : {}),
      })),
    };
  }
}
