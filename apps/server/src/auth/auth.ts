import { betterAuth } from "better-auth";
import { admin } from "better-auth/plugins";
import type { AuthDatabase } from "@lousa/db";

export interface AuthOptions {
  readonly database: AuthDatabase;
  /** Signs the session cookies; at least 32 characters (see auth-secret.ts). */
  readonly secret: string;
  /** Other web origins allowed to sign in (ALLOWED_ORIGINS); the server's own origin always is. */
  readonly allowedOrigins: readonly string[];
  /** Cookies only over HTTPS: true when PUBLIC_URL is https (a classroom LAN is usually plain http). */
  readonly secureCookies: boolean;
}

/**
 * Teachers' sign-in, by better-auth (chosen for this: maintained, works with Express, Prisma and both
 * SQLite and PostgreSQL, scrypt password hashes, httpOnly SameSite cookies, origin checks on every
 * state change, sign-out everywhere). E-mail and password only; nobody signs themselves up: the first
 * teacher is created by the first-run setup, and becomes the admin who adds the others and resets
 * their passwords (better-auth's admin plugin). Students never sign in.
 */
export function createAuth(opts: AuthOptions) {
  return betterAuth({
    database: opts.database,
    secret: opts.secret,
    basePath: "/api/auth",
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
    plugins: [admin({ defaultRole: "user", adminRoles: ["admin"] })],
    // The server is reached by its LAN address, localhost or PUBLIC_URL: the request's own origin is
    // trusted (same-origin pages), plus the configured ones. Anything else is refused on state changes.
    trustedOrigins: (request) => {
      const host = request?.headers.get("host");
      const proto = request?.headers.get("x-forwarded-proto") === "https" ? "https" : "http";
      return [...(host ? [`${proto}://${host}`] : []), ...opts.allowedOrigins];
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    advanced: { useSecureCookies: opts.secureCookies, cookiePrefix: "lousa" },
    // Sign-in attempts are limited per client address by the server (TRUST_PROXY-aware), not here:
    // better-auth would read X-Forwarded-For from anyone.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { level: "error" },
  });
}

export type Auth = ReturnType<typeof createAuth>;
