import os from "node:os";
import path from "node:path";

/** A migrated, seeded SQLite file made once per test run; each test server works on its own copy. */
export const TEMPLATE_DB = path.join(os.tmpdir(), `lousa-template-${process.ppid}.db`);
export const REPO_ROOT = path.resolve(__dirname, "..", "..");
