import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
// Tests create and drop whole databases, which only a raw driver can.
import pg from "pg";
import { BUILT_IN_BANKS } from "@lousa/banks";
import { migrateDatabase, openRepositories, seedBanks } from "@lousa/db";
import { requiredOnCi } from "./ci-requirement";
import { REPO_ROOT } from "./paths";

/**
 * The PostgreSQL server the tests use: a maintenance database on it, from which each test file or test
 * server gets a database of its own. This machine's and CI's: 127.0.0.1:5432, trust auth.
 */
export const POSTGRES_ADMIN_URL = process.env.LOUSA_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The same server, another database on it. */
export function databaseUrl(name: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Whether PostgreSQL answers, asked synchronously (a child process) because Jest decides which tests
 * exist before any of them runs.
 */
function postgresAnswers(): boolean {
  const probe = `const pg = require("pg"); const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.query("SELECT 1")).then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`;
  return spawnSync(process.execPath, ["-e", probe, POSTGRES_ADMIN_URL], { cwd: REPO_ROOT, timeout: 10_000 }).status === 0;
}

/**
 * Whether this run can test on PostgreSQL. On CI (CI=true) PostgreSQL is part of the machine (.ci/run
 * starts it), so its absence fails the file loudly; on a laptop without it the tests are skipped with a note.
 */
export function postgresForTests(): boolean {
  return requiredOnCi(postgresAnswers(), "the PostgreSQL tests", `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL} (set LOUSA_TEST_POSTGRES_URL, or start it: pg_ctlcluster 15 main start)`);
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every file whose change must give the template another schema or other banks. */
function templateHash(): string {
  const migrations = path.join(REPO_ROOT, "prisma", "postgres", "migrations");
  const banks = path.join(REPO_ROOT, "packages", "banks", "src", "data");
  const files = [
    ...readdirSync(migrations, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".sql")).map((f) => path.join(migrations, f)),
    ...readdirSync(banks).map((f) => path.join(banks, f)),
  ].sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(path.relative(REPO_ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/**
 * A database migrated by the real `migrate deploy` and seeded, made once per migrations+banks hash and
 * kept between runs (like the SQLite template file); each test copies it with CREATE DATABASE … TEMPLATE,
 * which takes a fraction of a second where migrating takes seconds.
 */
async function templateDatabase(): Promise<string> {
  const name = `lousa_template_${templateHash()}`;
  const exists = await admin(async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1);
  if (exists) return name;
  // Built under another name and renamed when complete: a run that dies half-way, or two test files
  // building at once, never leave a half-made template under the real name.
  const building = `${name}_${process.pid}_${randomBytes(3).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${building}"`));
  try {
    await migrateDatabase(databaseUrl(building));
    const repos = await openRepositories(databaseUrl(building));
    await seedBanks(repos.banks, BUILT_IN_BANKS);
    await repos.close();
    await admin((c) => c.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`));
  } catch (e) {
    // Lost the race to another builder (the name exists now): theirs is as good as ours.
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`));
    const built = await admin(async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1);
    if (!built) throw e;
  }
  return name;
}

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** A migrated, seeded PostgreSQL database of its own (what a fresh SQLite file is for SQLite tests). */
export async function freshPostgresDatabase(): Promise<TestDatabase> {
  const template = await templateDatabase();
  const name = `lousa_test_${randomBytes(6).toString("hex")}`;
  // Two copies of one template at once are fine; only a session connected to the template would block.
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: databaseUrl(name),
    // FORCE: a server killed with -9 may leave sessions behind until PostgreSQL notices.
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
