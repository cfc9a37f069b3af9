import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchema } from "../../../scripts/gen-pg-schema";

/**
 * How PostgreSQL is kept in step with SQLite, the schema engineers edit (without needing PostgreSQL here;
 * tests/integration/postgres-migrations.test.ts checks on a real server that the Postgres migrations build
 * exactly the Postgres schema):
 * 1. prisma/postgres/schema.prisma is what scripts/gen-pg-schema.ts makes of prisma/schema.prisma;
 * 2. after the Postgres baseline, migrations come in pairs of the same name, one per folder.
 */
const ROOT = path.resolve(__dirname, "..", "..", "..");
const SQLITE_MIGRATIONS = path.join(ROOT, "prisma", "migrations");
const POSTGRES_MIGRATIONS = path.join(ROOT, "prisma", "postgres", "migrations");

function migrations(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

const stamp = (name: string) => name.slice(0, name.indexOf("_"));

describe("PostgreSQL kept in step with SQLite", () => {
  it("prisma/postgres/schema.prisma is generated from prisma/schema.prisma (run `npm run db:generate`)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("every SQLite migration after the Postgres baseline has a Postgres one of the same name, and the reverse", () => {
    const sqlite = migrations(SQLITE_MIGRATIONS);
    const [baseline, ...postgres] = migrations(POSTGRES_MIGRATIONS);
    expect(baseline).toMatch(/^\d{14}_baseline$/);
    // The baseline holds the whole schema as of the SQLite migration with its timestamp.
    expect(sqlite.map(stamp)).toContain(stamp(baseline!));
    const after = sqlite.filter((m) => stamp(m) > stamp(baseline!));
    expect(postgres).toEqual(after);
  });

  it("no migration has a semicolon in a comment (Prisma's PostgreSQL engine splits the script there)", () => {
    for (const dir of [SQLITE_MIGRATIONS, POSTGRES_MIGRATIONS]) {
      for (const m of migrations(dir)) {
        const comments = readFileSync(path.join(dir, m, "migration.sql"), "utf8")
          .split("\n")
          .filter((line) => line.trimStart().startsWith("--") && line.includes(";"));
        expect({ migration: m, comments }).toEqual({ migration: m, comments: [] });
      }
    }
  });

  it("each folder's lock names its provider", () => {
    expect(readFileSync(path.join(SQLITE_MIGRATIONS, "migration_lock.toml"), "utf8")).toContain('provider = "sqlite"');
    expect(readFileSync(path.join(POSTGRES_MIGRATIONS, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
  });

  it("the generator refuses a schema whose shape it does not know instead of writing a wrong one", () => {
    expect(() => postgresSchema('datasource db {\n  provider = "mysql"\n}')).toThrow(/expected one match/);
  });
});
