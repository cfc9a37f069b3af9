import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** Every file whose change must give the template another schema or other banks. */
function templateInputs(): string[] {
  const migrations = path.join(REPO_ROOT, "prisma", "migrations");
  const banks = path.join(REPO_ROOT, "packages", "banks", "src", "data");
  return [
    ...readdirSync(migrations, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".sql")).map((f) => path.join(migrations, f)),
    ...readdirSync(banks).map((f) => path.join(banks, f)),
  ].sort();
}

function templateHash(): string {
  const hash = createHash("sha256");
  for (const file of templateInputs()) hash.update(path.relative(REPO_ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/**
 * A migrated, seeded SQLite file, made once and reused while the migrations and banks stay the same
 * (its name is their hash, so a new migration can never meet an old template); each test server works
 * on its own copy.
 */
export const TEMPLATE_DB = path.join(os.tmpdir(), `lousa-template-${templateHash()}.db`);
