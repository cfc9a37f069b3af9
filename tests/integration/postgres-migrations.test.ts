import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { databaseUrl, freshPostgresDatabase, POSTGRES_ADMIN_URL, postgresForTests } from "../helpers/postgres";
import { REPO_ROOT } from "../helpers/paths";

/**
 * Drift between prisma/postgres/migrations and the schema, caught on a real server. Why by comparing the
 * catalogs of two databases: `prisma migrate diff --from-url` / `--from-migrations` are refused when the
 * config uses a driver adapter (Prisma 6.19), so Prisma cannot compare a migrated database with the schema
 * itself. Instead: one database built by the committed migrations (the real `migrate deploy`), one by the
 * DDL Prisma generates from prisma/postgres/schema.prisma today, and every column, index and constraint of
 * the two must be the same. A SQLite migration added without its PostgreSQL twin fails here (after
 * `npm run db:generate` regenerated the Postgres schema; without it, packages/db/src/postgres-schema.test.ts fails).
 */
jest.setTimeout(90_000);

const CATALOG = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision, datetime_precision
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  constraints: `SELECT conrelid::regclass::text AS table, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
                WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`,
};

async function catalog(url: string): Promise<Record<keyof typeof CATALOG, unknown[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return {
      columns: (await client.query(CATALOG.columns)).rows,
      indexes: (await client.query(CATALOG.indexes)).rows,
      constraints: (await client.query(CATALOG.constraints)).rows,
    };
  } finally {
    await client.end();
  }
}

async function schemaDdl(): Promise<string> {
  const cli = require.resolve("prisma/build/index.js", { paths: [REPO_ROOT] });
  const args = [cli, "migrate", "diff", "--from-empty", "--to-schema-datamodel", path.join("prisma", "postgres", "schema.prisma"), "--script"];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: POSTGRES_ADMIN_URL, PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
  return stdout;
}

if (postgresForTests()) {
  test("the PostgreSQL migrations build exactly prisma/postgres/schema.prisma", async () => {
    const migrated = await freshPostgresDatabase();
    const fromSchema = `lousa_test_ddl_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    try {
      const [ddl] = await Promise.all([schemaDdl(), admin.query(`CREATE DATABASE "${fromSchema}"`)]);
      const target = new pg.Client({ connectionString: databaseUrl(fromSchema) });
      await target.connect();
      await target.query(ddl).finally(() => target.end());
      const [want, have] = await Promise.all([catalog(databaseUrl(fromSchema)), catalog(migrated.url)]);
      expect(want.columns.length).toBeGreaterThan(50);
      // On failure: add a migration to prisma/postgres/migrations (same name as SQLite's), e.g. the output of
      // `DATABASE_URL=postgresql://… npx prisma migrate diff --from-schema-datamodel <old schema> --to-schema-datamodel prisma/postgres/schema.prisma --script`.
      expect(have).toEqual(want);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${fromSchema}" WITH (FORCE)`);
      await admin.end();
      await migrated.drop();
    }
  });
} else {
  test.skip("PostgreSQL migrations (PostgreSQL not reachable)", () => undefined);
}
