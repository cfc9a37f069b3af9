import { authDatabase } from "./auth-database";
import { PrismaBankRepository } from "./prisma-bank-repository";
import { openDatabase } from "./prisma-client";
import { PostgresLeaseStore } from "./lease-store";
import { PrismaGameRepository, type GameFence } from "./prisma-game-repository";
import { PrismaImageRepository } from "./prisma-image-repository";
import { PrismaHomeworkRepository } from "./prisma-homework-repository";
import { providerOf } from "./provider";
import type { Repositories } from "./repositories";

export type * from "./repositories";
export type * from "./types";
export type * from "./image-repository";
export type * from "./homework-repository";
export type { AuthDatabase } from "./auth-database";
export { migrateDatabase, sqliteFilePath } from "./migrate";
export { providerOf, type Provider } from "./provider";
export { seedBanks } from "./seed";
export { MemoryGameRepository } from "./memory-game-repository";
export type { LeaseStore } from "./lease-store";
export { LeaseLostError, isLeaseLost, type GameFence, type HeldLease } from "./prisma-game-repository";
export { withFaults, InjectedFault, type Faults } from "./fault-injection";

/**
 * Opens the database at `url` (SQLite or PostgreSQL, already migrated) and returns the repositories over it.
 * With several servers, `fence` tells which lease this process holds on each game: every write of a live
 * game is then refused unless that lease is still current (see lease-store.ts).
 */
export async function openRepositories(url: string, opts: { readonly fence?: GameFence } = {}): Promise<Repositories> {
  const db = await openDatabase(url);
  return {
    banks: new PrismaBankRepository(db),
    games: new PrismaGameRepository(db, opts.fence ?? null),
    leases: providerOf(url) === "postgresql" ? new PostgresLeaseStore(db) : null,
    images: new PrismaImageRepository(db),
    homework: new PrismaHomeworkRepository(db),
    auth: authDatabase(db, providerOf(url)),
    async ping() {
      try {
        await db.$queryRawUnsafe("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.$disconnect(),
  };
}
