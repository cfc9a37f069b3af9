import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The key that signs teachers' session cookies: AUTH_SECRET when given, otherwise one made on the
 * first start and kept in a file next to the database (readable by this user only), so sessions
 * survive restarts without a teacher ever having to configure anything.
 */
export function loadAuthSecret(fromEnv: string | null, file: string): string {
  if (fromEnv !== null) {
    if (fromEnv.length < 32) throw new Error("AUTH_SECRET must be at least 32 characters");
    return fromEnv;
  }
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return kept;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
