import { spawnSync } from "node:child_process";
import pg from "pg";
import { requiredOnCi } from "./ci-requirement";
import { REPO_ROOT } from "./paths";
import { POSTGRES_ADMIN_URL } from "./postgres";

/**
 * The Redis the tests use: this machine's and CI's, 127.0.0.1:6379, database 7 for Jest's first worker (8 for
 * the second, …: test files running at once never empty or fill each other's database), emptied by each test
 * file that uses it. LOUSA_TEST_REDIS_URL, when set, is used as it is.
 */
export const REDIS_TEST_URL = process.env.LOUSA_TEST_REDIS_URL ?? `redis://127.0.0.1:6379/${6 + Math.max(1, Number(process.env.JEST_WORKER_ID ?? "1") || 1)}`;

/** Whether Redis answers PING, asked synchronously (Jest decides which tests exist before any runs). */
function redisAnswers(): boolean {
  const probe = `const { Redis } = require("ioredis"); const r = new Redis(process.argv[1], { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0 });
    r.connect().then(() => r.flushdb()).then(() => r.quit()).then(() => process.exit(0), () => process.exit(1));`;
  return spawnSync(process.execPath, ["-e", probe, REDIS_TEST_URL], { cwd: `${REPO_ROOT}/apps/server`, timeout: 10_000 }).status === 0;
}

/**
 * Whether this run can test several servers with Redis. On CI (CI=true) Redis is part of the machine
 * (.ci/run starts it), so its absence fails loudly; elsewhere the tests are skipped with a note. Empties
 * the test database (this worker's) when it answers.
 */
export function redisForTests(): boolean {
  return requiredOnCi(
    redisAnswers(),
    "the several-servers tests",
    `Redis is not reachable at ${REDIS_TEST_URL} (set LOUSA_TEST_REDIS_URL, or start it: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no)`,
  );
}

/** pg_advisory_lock's key for "a cluster of test servers is on the test Redis" (any number; this one spells LOUSARDS). */
const REDIS_CLUSTER_LOCK = 0x4c4f555341524453n;

/**
 * Holds the test Redis for one cluster of test servers at a time, across Jest workers (and other runs on the
 * machine): Redis's pub/sub channels, which Socket.IO's adapter uses between servers, are shared by every
 * database number, so two clusters at once would hear each other's requests (a server killed mid-test then
 * leaves the other cluster waiting for its reply). Call it in beforeAll, before starting the servers, and
 * release it in afterAll once they are stopped. A PostgreSQL advisory lock (the files that need Redis need
 * PostgreSQL too): released by PostgreSQL itself if the holder dies.
 */
export async function holdTestRedis(): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [REDIS_CLUSTER_LOCK.toString()]);
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
