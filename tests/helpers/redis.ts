import { spawnSync } from "node:child_process";
import pg from "pg";
import { requiredOnCi } from "./ci-requirement";
import { REPO_ROOT } from "./paths";
import { POSTGRES_ADMIN_URL } from "./postgres";

/** The Redis the tests use: this machine's and CI's, 127.0.0.1:6379 (database 7, emptied by holdTestRedis for each test file that uses it). */
export const REDIS_TEST_URL = process.env.LOUSA_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/7";

/** Whether Redis answers PING (and, with `flush`, empties the test database), asked synchronously in a child process. */
function redisAnswers(flush: boolean): boolean {
  const probe = `const { Redis } = require("ioredis"); const r = new Redis(process.argv[1], { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0 });
    r.connect().then(() => (process.argv[2] === "flush" ? r.flushdb() : r.ping())).then(() => r.quit()).then(() => process.exit(0), () => process.exit(1));`;
  return spawnSync(process.execPath, ["-e", probe, REDIS_TEST_URL, flush ? "flush" : "ping"], { cwd: `${REPO_ROOT}/apps/server`, timeout: 10_000 }).status === 0;
}

/**
 * Whether this run can test several servers with Redis (asked synchronously: Jest decides which tests exist
 * before any runs). On CI (CI=true) Redis is part of the machine (.ci/run starts it), so its absence fails
 * loudly; elsewhere the tests are skipped with a note. Only asks: the database is emptied by holdTestRedis,
 * once the file has Redis to itself (emptying it here could pull it from under another file's servers).
 */
export function redisForTests(): boolean {
  return requiredOnCi(
    redisAnswers(false),
    "the several-servers tests",
    `Redis is not reachable at ${REDIS_TEST_URL} (set LOUSA_TEST_REDIS_URL, or start it: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no)`,
  );
}

/** pg_advisory_lock's key for "a cluster of test servers is on the test Redis" (any number; this one spells LOUSARDS). */
const REDIS_CLUSTER_LOCK = 0x4c4f555341524453n;

/**
 * Gives the test Redis, emptied, to one cluster of test servers at a time, across Jest workers (two test files
 * run at once): its keys (PINs, rate limits) and its pub/sub channels, which Socket.IO's adapter uses between
 * servers, would otherwise be shared by two clusters (a server killed mid-test then leaves the other cluster
 * waiting for its reply). Call it in beforeAll before starting the servers, and release it in afterAll once
 * they are stopped. A PostgreSQL advisory lock (the files that need Redis need PostgreSQL too): released by
 * PostgreSQL itself if the holder dies.
 */
export async function holdTestRedis(): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    // Given up within the files' hook timeouts (120 s and more), so a wait that fails leaves no session
    // behind to take the lock later and keep it for the rest of the run.
    await client.query("SET lock_timeout = '90s'");
    await client.query("SELECT pg_advisory_lock($1)", [REDIS_CLUSTER_LOCK.toString()]);
    if (!redisAnswers(true)) throw new Error(`could not empty the test Redis at ${REDIS_TEST_URL}`);
  } catch (e) {
    await client.end();
    throw e;
  }
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      // Closing the session releases its advisory locks.
      await client.end();
    },
  };
}
