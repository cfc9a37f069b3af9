import { createHash } from "node:crypto";
import type { RequestHandler } from "express";
import type { LimiterFactory } from "../cluster/limiters";
import { sendError } from "../http/host-auth";

/** Every better-auth route that checks a password someone typed. */
export const PASSWORD_ROUTES = ["/api/auth/sign-in/{*path}", "/api/auth/change-password", "/api/auth/verify-password", "/api/auth/delete-user"];

export interface PasswordGuardOptions {
  /** Where the budgets live (memory, or Redis shared by several servers). */
  readonly limiters: LimiterFactory;
  /** Password attempts one client address may make per minute. */
  readonly perAddressPerMinute: number;
  /** Failed sign-ins one account may take per 15 minutes, from anywhere. */
  readonly failuresPerAccount: number;
}

const ACCOUNT_WINDOW_SEC = 15 * 60;

/**
 * Limits password guessing two ways: per client address (a student's phone trying passwords), and per
 * account whatever the address (a botnet, or a class of phones, trying one teacher's password). The
 * account budget counts failures only, so a teacher who signs in often is never locked out by it; an
 * attacker can at worst make that teacher wait 15 minutes, never learn the password.
 */
export function passwordGuards(opts: PasswordGuardOptions): { byAddress: RequestHandler; byAccount: RequestHandler } {
  const addresses = opts.limiters({ name: "sign-in-address", points: opts.perAddressPerMinute, duration: 60 });
  const accounts = opts.limiters({ name: "sign-in-account", points: opts.failuresPerAccount, duration: ACCOUNT_WINDOW_SEC });

  const byAddress: RequestHandler = (req, res, next) => {
    addresses.consume(req.ip ?? "unknown").then(
      () => next(),
      () => sendError(res, 429, "RATE_LIMITED", "Too many password attempts from this network, wait a minute"),
    );
  };

  // After the body is parsed: the account is the e-mail being signed in to.
  const byAccount: RequestHandler = (req, res, next) => {
    const email: unknown = typeof req.body === "object" && req.body !== null && "email" in req.body ? req.body.email : undefined;
    if (req.method !== "POST" || req.path !== "/api/auth/sign-in/email" || typeof email !== "string") return next();
    // Hashed: the limiter's keys end up in memory dumps and logs, e-mail addresses need not.
    const key = createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
    // Counted before the attempt (parallel guesses can't all slip past a check made before any of
    // them failed), given back when it succeeds: only failures use the budget up.
    accounts.consume(key).then(
      () => {
        res.on("finish", () => {
          if (res.statusCode < 400) void accounts.reward(key).catch(() => undefined);
        });
        next();
      },
      () => sendError(res, 429, "RATE_LIMITED", "Too many failed sign-ins to this account: wait 15 minutes, or ask the admin to reset the password"),
    );
  };
  return { byAddress, byAccount };
}
