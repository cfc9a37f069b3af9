/**
 * A service some tests need (PostgreSQL, Redis, HAProxy): on CI (CI=true) the machine has it (.ci/run
 * installs or starts it), so its absence fails the file loudly; on a laptop without it those tests are
 * skipped with a note saying how to get it. True when the tests can run.
 */
export function requiredOnCi(available: boolean, tests: string, why: string): boolean {
  if (available) return true;
  if (process.env.CI === "true") throw new Error(`${why}. CI must run ${tests}.`);
  console.warn(`SKIPPED: ${tests}. ${why}.`);
  return false;
}
