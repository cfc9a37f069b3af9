import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI must be able to resolve DATABASE_URL even when nothing sets it, otherwise Prisma 6.19
// silently falls back to downloading a native engine, which fails offline (see shared/STACK.md).
// .env is not read when a config file exists, so the default lives here.
process.env.DATABASE_URL ??= `file:${path.join(__dirname, "data", "lousa.db")}`;
const url = process.env.DATABASE_URL;

// One rule for the CLI and the server alike: the database is whatever DATABASE_URL names. Each provider
// has its own schema file (a schema names its provider as a literal) and its own migrations (the SQL differs).
const postgres = /^postgres(ql)?:\/\//.test(url);

/**
 * adapter-pg 6.19 cannot read columns of Postgres' internal `name` type (OID 19), which the schema engine
 * selects from the catalogs: every migrate command failed with "Column type 'name' could not be
 * deserialized" (prisma/orm#27403, fixed only in 7.x). Reading them as text (OID 25) is exact: `name` is
 * a string. Both prototypes: the adapter calls Pool#query (for plain queries) and Client#query (on a
 * connection checked out for a transaction); Pool#query's own callback-style call to Client#query is left alone.
 * CLI only; the server's runtime queries never select a `name` column.
 */
async function readNameAsText(): Promise<void> {
  // Type OIDs: name and "char" (catalog types adapter-pg cannot read; "char" broke `db pull`), text.
  const NAME = 19;
  const CHAR = 18;
  const TEXT = 25;
  const pg = (await import("pg")).default;
  type Fields = { fields?: { dataTypeID: number }[] };
  type Query = (this: unknown, ...args: unknown[]) => unknown;
  for (const proto of [pg.Pool.prototype, pg.Client.prototype] as unknown as { query: Query }[]) {
    const original = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      if (!(result instanceof Promise)) return result; // callback style
      return result.then((res: Fields) => {
        for (const f of res?.fields ?? []) if (f.dataTypeID === NAME || f.dataTypeID === CHAR) f.dataTypeID = TEXT;
        return res;
      });
    };
  }
}

/**
 * With PostgreSQL every migrate command finished its work in ~2 s and then sat idle until 12 s: the wasm
 * schema engine arms a 10 s timer (a timeout around its work, seen by tracing setTimeout) and never clears
 * it. Unref'ing 10 s timers lets the process exit once nothing else is pending. Safe: an unref'd timer
 * still fires if the process is alive, and while a query is running its socket keeps the process alive.
 * (pg-pool's 10 s idle timers are already unref'd with allowExitOnIdle below.)
 */
function letTenSecondTimersNotHoldTheProcess(): void {
  const original = globalThis.setTimeout;
  const patched = (...args: Parameters<typeof setTimeout>) => {
    const timer = original(...args);
    if (args[1] === 10_000) timer.unref();
    return timer;
  };
  // Object.assign keeps setTimeout's own properties (its promisified form).
  globalThis.setTimeout = Object.assign<typeof patched, typeof setTimeout>(patched, original);
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/migrations" },
  async adapter() {
    if (postgres) {
      await readNameAsText();
      letTenSecondTimersNotHoldTheProcess();
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url, allowExitOnIdle: true });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url });
  },
});
