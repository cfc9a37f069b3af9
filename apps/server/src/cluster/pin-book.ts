import type { Redis } from "ioredis";

/** A PIN stays reserved this long at most: a day of play (see the registry's abandoned rule) plus the podium hour. */
const PIN_TTL_MS = 25 * 60 * 60 * 1000;

// Deletes the key only if it still holds this game: a PIN freed late never frees another game's.
const FREE_IF_OURS = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

/** PINs unique across every server: one Redis key per live game's PIN, set only if absent (SET NX). */
export function pinBook(redis: Redis): { reserve(pin: string, gameId: string): Promise<boolean>; free(pin: string, gameId: string): Promise<void> } {
  const key = (pin: string) => `lousa:pin:${pin}`;
  return {
    reserve: async (pin, gameId) => (await redis.set(key(pin), gameId, "PX", PIN_TTL_MS, "NX")) === "OK",
    free: async (pin, gameId) => {
      await redis.eval(FREE_IF_OURS, 1, key(pin), gameId);
    },
  };
}
