import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { admin } from "better-auth/plugins";
import { z } from "zod";
import type { AuthDatabase } from "@lousa/db";
import type { Logger } from "../logger";

/** A teacher account as the admin creates it. */
export const newTeacher = z.object({
  name: z.string().trim().min(1).max(80),
  email: z.email().max(254),
  password: z.string().min(8).max(128),
  role: z.enum(["user", "admin"]).optional(),
});

export interface AuthOptions {
  readonly database: AuthDatabase;
  /** Signs the session cookies; at least 32 characters (see auth-secret.ts). */
  readonly secret: string;
  /** Other web origins allowed to sign in (ALLOWED_ORIGINS); the server's own origin always is. */
  readonly allowedOrigins: readonly string[];
  /** PUBLIC_URL's origin: behind a reverse proxy the Host header may not say it. */
  readonly publicOrigin: string | null;
  readonly log: Logger;
  /**
   * Where the server says it lives when no request tells it (calls made by the server itself, like the
   * first-run setup): PUBLIC_URL, or localhost. Requests from the LAN address are still served and
   * trusted as their own origin (trustedOrigins below).
   */
  readonly baseURL: string;
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
    baseURL: opts.baseURL,
    basePath: "/api/auth",
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
    plugins: [admin({ defaultRole: "user", adminRoles: ["admin"] })],
    // The server is reached by its LAN address, localhost or PUBLIC_URL: the request's own origin is
    // trusted (same-origin pages), plus the configured ones. Anything else is refused on state changes.
    trustedOrigins: (request) => {
      const host = request?.headers.get("host");
      const proto = request?.headers.get("x-forwarded-proto") === "https" ? "https" : "http";
      return [...(host ? [`${proto}://${host}`] : []), ...(opts.publicOrigin ? [opts.publicOrigin] : []), ...opts.allowedOrigins];
    },
    // Accounts the admin creates follow the same rules as the first one (the admin plugin alone would
    // take any password length and any role name).
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/admin/create-user") return;
        const body = newTeacher.safeParse(ctx.body);
        if (!body.success) throw new APIError("BAD_REQUEST", { message: body.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
      }),
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    advanced: { useSecureCookies: opts.secureCookies, cookiePrefix: "lousa" },
    // Sign-in attempts are limited per client address by the server (TRUST_PROXY-aware), not here:
    // better-auth would read X-Forwarded-For from anyone.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Into the server's own log (JSON or pretty, with the rest), not straight to the console. (At level
    // "info" better-auth sends refused requests through this too; at "warn" it prints them itself.)
    logger: {
      level: "info",
      log: (level, message) => {
        if (level === "error") opts.log.error(message);
        else if (level === "warn") opts.log.warn(message);
        else opts.log.debug(message);
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
