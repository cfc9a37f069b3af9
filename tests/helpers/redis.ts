import { spawnSync } from "node:child_process";
import { requiredOnCi } from "./ci-requirement";
import { REPO_ROOT } from "./paths";

/** The Redis the tests use: this machine's and CI's, 127.0.0.1:6379 (database 7, emptied by each test that uses it). */
export const REDIS_TEST_URL = process.env.LOUSA_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/7";

/** Whether Redis answers PING, asked synchronously (Jest decides which tests exist before any runs). */
function redisAnswers(): boolean {
  const probe = `const { Redis } = require("ioredis"); const r = new Redis(process.argv[1], { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0 });
    r.connect().then(() => r.flushdb()).then(() => r.quit()).then(() => process.exit(0), () => process.exit(1));`;
  return spawnSync(process.execPath, ["-e", probe, REDIS_TEST_URL], { cwd: `${REPO_ROOT}/apps/server`, timeout: 10_000 }).status === 0;
}

/**
 * Whether this run can test several servers with Redis. On CI (CI=true) Redis is part of the machine
 * (.ci/run starts it), so its absence fails loudly; elsewhere the tests are skipped with a note. Empties
 * the test database (7) when it answers.
 */
export function redisForTests(): boolean {
  return requiredOnCi(
    redisAnswers(),
    "the several-servers tests",
    `Redis is not reachable at ${REDIS_TEST_URL} (set LOUSA_TEST_REDIS_URL, or start it: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no)`,
  );
}
