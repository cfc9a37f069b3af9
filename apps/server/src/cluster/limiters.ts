import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface LimiterSpec {
  /** Which budget (several limiters share one Redis). */
  readonly name: string;
  readonly points: number;
  /** Seconds. */
  readonly duration: number;
}

/** Makes a rate limiter: in this process's memory by default, in Redis when several servers share budgets. */
export type LimiterFactory = (spec: LimiterSpec) => RateLimiterAbstract;

export const memoryLimiters: LimiterFactory = ({ points, duration }) => new RateLimiterMemory({ points, duration });

/**
 * Budgets shared by every server through Redis, so a PIN guesser or a password guesser gains nothing by
 * landing on several servers. If Redis blips, each server falls back to its own memory budget (the
 * library's insurance limiter) rather than refusing every sign-in or join.
 */
export function redisLimiters(redis: Redis): LimiterFactory {
  return ({ name, points, duration }) =>
    new RateLimiterRedis({ storeClient: redis, keyPrefix: `lousa:rl:${name}`, points, duration, insuranceLimiter: new RateLimiterMemory({ points, duration }) });
}
