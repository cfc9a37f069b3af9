import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgPrismaClient } from "./generated/prisma-pg/client";
import type { Db } from "./prisma-client";

/**
 * Opens PostgreSQL through the pg driver adapter, with the client generated from prisma/postgres/schema.prisma.
 * A generated client works with its own provider only, so the two clients are distinct classes; they are
 * generated from the same models (scripts/gen-pg-schema.ts), so their query API is the same and the
 * repositories take either as `Db`.
 *
 * Unlike SQLite, no serializing wrapper: PostgreSQL gives every transaction its own pooled connection and
 * isolates it, so a statement outside a transaction never runs inside another one.
 */
export function openPostgres(url: string): Db {
  const client = new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return client as unknown as Db;
}
