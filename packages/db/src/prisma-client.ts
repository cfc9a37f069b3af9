import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { providerOf } from "./provider";
import { serializedAdapter } from "./serialized-adapter";

/** The client type the repositories use; the PostgreSQL client has the same models and API. */
export type Db = InstanceType<typeof PrismaClient>;

/**
 * Opens the database `url` names: PostgreSQL for postgres(ql)://, otherwise SQLite through the
 * better-sqlite3 driver adapter (Prisma's JS engine: no native engine download). On SQLite, WAL lets the
 * exporter read while answers are written; synchronous=FULL keeps every committed answer on disk even
 * through a power cut, since we acknowledge only after commit.
 */
export async function openDatabase(url: string): Promise<Db> {
  if (providerOf(url) === "postgresql") {
    // Loaded only here: a SQLite install never loads the pg driver.
    const { openPostgres } = await import("./postgres-client");
    const db = openPostgres(url);
    // Connect now: a wrong URL or a server that is down fails the start-up, not the first game.
    await db.$queryRawUnsafe("SELECT 1");
    return db;
  }
  const db = new PrismaClient({ adapter: serializedAdapter(new PrismaBetterSQLite3({ url })) });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}
