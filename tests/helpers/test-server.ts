import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { openRepositories, type GameRepository, type Repositories } from "@lousa/db";
import { createApp, type App } from "../../apps/server/src/app";
import { createAuth } from "../../apps/server/src/auth/auth";
import type { Clock } from "../../apps/server/src/clock";
import type { TrustProxy } from "../../apps/server/src/http/client-address";
import { ManualClock } from "./manual-clock";
import { TEMPLATE_DB } from "./paths";
import { freshPostgresDatabase } from "./postgres";
import { signInTeacher } from "./teacher";
import { connect, type TestSocket } from "./clients";

export interface TestServer {
  readonly url: string;
  readonly app: App;
  readonly repos: Repositories;
  readonly clock: ManualClock;
  /** The SQLite file ("" on PostgreSQL). */
  readonly dbFile: string;
  /** What the repositories were opened on: `file:…` or `postgresql://…`. */
  readonly databaseUrl: string;
  /** The code that creates the first teacher account on this server. */
  readonly setupCode: string;
  /** The Cookie header of the test teacher, signed in on this server (created on first use). */
  teacherCookie(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The real app (real SQLite through Prisma, real Socket.IO) on port 0, with a manual clock. On PostgreSQL
 * (`database: "postgresql"`, or LOUSA_TEST_DATABASE=postgresql for a whole run) each server gets a
 * migrated, seeded database of its own, dropped when it stops.
 */
export interface TestServerOptions {
  clock?: Clock;
  eventsPerSecond?: number;
  pinGuessesPerMinute?: number;
  allowedOrigins?: string[];
  trustProxy?: TrustProxy;
  /** Reuse this database file (a restart); by default each server gets a fresh copy of the template. */
  dbFile?: string;
  /** Which database; SQLite unless LOUSA_TEST_DATABASE=postgresql says otherwise. */
  database?: "sqlite" | "postgresql";
  /** Reuse this PostgreSQL database (a restart; the caller drops it); implies `database: "postgresql"`. */
  postgresUrl?: string;
  signInsPerMinute?: number;
  failedSignInsPerAccount?: number;
  /** Draws candidate PINs (to force a PIN to be reused). */
  newPin?: () => string;
  /** Wraps the real game repository, e.g. with `withFaults` to make chosen writes fail. */
  wrapGames?: (games: GameRepository) => GameRepository;
}

export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const postgres = opts.postgresUrl !== undefined || (opts.database ?? process.env.LOUSA_TEST_DATABASE) === "postgresql";
  const ownPostgres = postgres && opts.postgresUrl === undefined ? await freshPostgresDatabase() : null;
  const dir = postgres || opts.dbFile ? null : mkdtempSync(path.join(os.tmpdir(), "lousa-test-"));
  const dbFile = postgres ? "" : (opts.dbFile ?? path.join(dir ?? os.tmpdir(), "lousa.db"));
  if (dir) copyFileSync(TEMPLATE_DB, dbFile);
  const databaseUrl = ownPostgres?.url ?? opts.postgresUrl ?? `file:${dbFile}`;
  const repos = await openRepositories(databaseUrl);
  const clock = new ManualClock();
  let url = "";
  const app = createApp({
    auth: createAuth({ database: repos.auth, secret: "test-secret-that-is-long-enough-0123456789", allowedOrigins: opts.allowedOrigins ?? [], publicOrigin: null, baseURL: "http://localhost", secureCookies: false, log: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }) }),
    signInsPerMinute: opts.signInsPerMinute ?? 1000,
    ...(opts.failedSignInsPerAccount !== undefined ? { failedSignInsPerAccount: opts.failedSignInsPerAccount } : {}),
    repos: opts.wrapGames ? { ...repos, games: opts.wrapGames(repos.games) } : repos,
    clock: opts.clock ?? clock,
    log: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
    version: "test",
    baseUrl: () => url,
    eventsPerSecond: opts.eventsPerSecond ?? 1000,
    pinGuessesPerMinute: opts.pinGuessesPerMinute ?? 1000,
    allowedOrigins: opts.allowedOrigins ?? [],
    ...(opts.newPin ? { newPin: opts.newPin } : {}),
    ...(opts.trustProxy !== undefined ? { trustProxy: opts.trustProxy } : {}),
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;
  let cookie: Promise<string> | null = null;
  return {
    url,
    app,
    repos,
    clock,
    dbFile,
    databaseUrl,
    setupCode: app.setupCode,
    teacherCookie: () => (cookie ??= signInTeacher(url, app.setupCode)),
    async stop() {
      await app.close();
      await repos.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
      await ownPostgres?.drop();
    },
  };
}

/** A socket from the signed-in test teacher's browser on `server` (what host:create needs). */
export async function teacherSocket(server: TestServer): Promise<TestSocket> {
  return connect(server.url, { cookie: await server.teacherCookie() });
}
