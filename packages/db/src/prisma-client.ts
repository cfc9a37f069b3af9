import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { serializedAdapter } from "./serialized-adapter";

export type Db = InstanceType<typeof PrismaClient>;

/**
 * Opens the SQLite database through the better-sqlite3 driver adapter (Prisma's JS engine: no native
 * engine download). WAL lets the exporter read while answers are written; synchronous=FULL keeps
 * every committed answer on disk even through a power cut, since we acknowledge only after commit.
 */
export async function openDatabase(url: string): Promise<Db> {
  const db = new PrismaClient({ adapter: serializedAdapter(new PrismaBetterSQLite3({ url })) });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}
