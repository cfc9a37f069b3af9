import { Prisma } from "./generated/prisma/client";
import type { Db } from "./prisma-client";
import type { HeldLease } from "./prisma-game-repository";

/**
 * Leases on live games, when several server processes share a PostgreSQL database: a game is run by
 * the one process holding its lease. A claim succeeds when the game has no lease, or its lease has
 * expired (the owner died or let it go); each claim raises the epoch, and every write of the game is
 * fenced with the epoch its writer claimed (see PrismaGameRepository), so a stale owner can never write after losing it.
 * Times are the database's own clock (now()), so servers whose clocks disagree still agree on expiry.
 */
export interface LeaseStore {
  /** Claims the game for `owner` for `ttlMs` if nobody else holds it; null when another live owner does. */
  claim(gameId: string, owner: string, ttlMs: number): Promise<HeldLease | null>;
  /** Extends `owner`'s leases on these games; returns the ids still held (a lost one is missing). */
  renew(owner: string, gameIds: readonly string[], ttlMs: number): Promise<Set<string>>;
  /** Lets a game go at once (expires its lease) if `owner` still holds it at `epoch`. */
  release(gameId: string, lease: HeldLease): Promise<void>;
}

const millis = (ms: number) => Prisma.sql`(CAST(${Math.round(ms)} AS INTEGER) * INTERVAL '1 millisecond')`;

export class PostgresLeaseStore implements LeaseStore {
  constructor(private readonly db: Db) {}

  async claim(gameId: string, owner: string, ttlMs: number): Promise<HeldLease | null> {
    const rows = await this.db.$queryRaw<{ epoch: number }[]>(Prisma.sql`
      INSERT INTO "GameLease" ("gameId", "owner", "epoch", "expiresAt") VALUES (${gameId}, ${owner}, 1, now() + ${millis(ttlMs)})
      ON CONFLICT ("gameId") DO UPDATE SET "owner" = EXCLUDED."owner", "epoch" = "GameLease"."epoch" + 1, "expiresAt" = EXCLUDED."expiresAt"
      WHERE "GameLease"."expiresAt" < now()
      RETURNING "epoch"`);
    const epoch = rows[0]?.epoch;
    return typeof epoch === "number" ? { owner, epoch } : null;
  }

  async renew(owner: string, gameIds: readonly string[], ttlMs: number): Promise<Set<string>> {
    if (gameIds.length === 0) return new Set();
    const rows = await this.db.$queryRaw<{ gameId: string }[]>(Prisma.sql`
      UPDATE "GameLease" SET "expiresAt" = now() + ${millis(ttlMs)}
      WHERE "owner" = ${owner} AND "gameId" IN (${Prisma.join([...gameIds])})
      RETURNING "gameId"`);
    return new Set(rows.map((r) => r.gameId));
  }

  async release(gameId: string, lease: HeldLease): Promise<void> {
    // The owner is cleared too: a renewal of this server's leases already on its way (it read the list
    // before the release) must not find the row and push its expiry back.
    await this.db.$executeRaw(Prisma.sql`
      UPDATE "GameLease" SET "expiresAt" = now() - INTERVAL '1 second', "owner" = ''
      WHERE "gameId" = ${gameId} AND "owner" = ${lease.owner} AND "epoch" = ${lease.epoch}`);
  }
}
