import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from "node:crypto";

/** 32 random bytes: host secrets and rejoin tokens are unguessable bearer credentials. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Only hashes are stored: a copied database does not let anyone take over a game or a player. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

export function newId(): string {
  return randomUUID();
}

/** A 6-digit PIN with no leading zero, so it reads and types the same everywhere. */
export function randomPin(): string {
  return String(randomInt(100_000, 1_000_000));
}
