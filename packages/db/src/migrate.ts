import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";

/** The repository root: prisma.config.ts and prisma/migrations live there. */
const ROOT = path.resolve(__dirname, "..", "..", "..");

/** Local file path of a `file:` SQLite URL, or null for anything else. */
export function sqliteFilePath(url: string): string | null {
  return url.startsWith("file:") ? url.slice("file:".length) : null;
}

/**
 * Applies the committed migrations with Prisma's own `migrate deploy` (the same tool a DBA would run),
 * creating the SQLite file and its folder on first start. A postgresql:// URL gets PostgreSQL's own
 * migrations: prisma.config.ts picks the schema and the migrations folder from the URL (the database itself
 * must exist). Idempotent: an up-to-date database is left alone.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const file = sqliteFilePath(url);
  if (file) mkdirSync(path.dirname(path.resolve(ROOT, file)), { recursive: true });
  const cli = require.resolve("prisma/build/index.js", { paths: [ROOT] });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (${code}):\n${output}`))));
  });
}
