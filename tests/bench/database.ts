import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
// The bench reads the server's database from outside, read-only, to count what was really stored.
// eslint-disable-next-line no-restricted-imports
import Database from "better-sqlite3";
import pg from "pg";

/** The database a spawned bench server gets: a fresh SQLite file, or a fresh PostgreSQL database. */
export interface BenchDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

export const POSTGRES_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

async function asAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database; the server migrates and seeds it when it starts. */
export async function createDatabase(kind: "sqlite" | "postgresql"): Promise<BenchDatabase> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lousa-bench-"));
    return { url: `file:${path.join(dir, "lousa.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `lousa_bench_${process.pid}`;
  await asAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await asAdmin(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  // FORCE: a server that had to be killed may leave sessions behind.
  return { url: url.toString(), drop: () => asAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** How many answer rows the game has in the database at `databaseUrl` (file:… or postgresql://…). */
export async function storedAnswers(databaseUrl: string, gameId: string): Promise<number> {
  if (databaseUrl.startsWith("file:")) {
    const db = new Database(databaseUrl.slice("file:".length), { readonly: true, fileMustExist: true });
    try {
      const row: unknown = db.prepare('SELECT COUNT(*) AS n FROM "Answer" WHERE "gameId" = ?').get(gameId);
      return countOf(row);
    } finally {
      db.close();
    }
  }
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error(`cannot read answers from ${databaseUrl}`);
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const result = await client.query('SELECT COUNT(*) AS n FROM "Answer" WHERE "gameId" = $1', [gameId]);
    return countOf(result.rows[0]);
  } finally {
    await client.end();
  }
}

function countOf(row: unknown): number {
  if (typeof row !== "object" || row === null || !("n" in row)) throw new Error("COUNT(*) returned no row");
  const n = Number(row.n);
  if (!Number.isInteger(n)) throw new Error(`COUNT(*) returned ${String(row.n)}`);
  return n;
}
