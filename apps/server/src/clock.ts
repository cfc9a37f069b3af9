/** Cancels a scheduled callback; calling it after the callback ran is a no-op. */
export type Cancel = () => void;

/**
 * Time as the game server sees it. Injected so tests advance time by hand instead of sleeping,
 * and so scoring uses server time only.
 */
export interface Clock {
  now(): number;
  schedule(fn: () => void, delayMs: number): Cancel;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  schedule(fn, delayMs) {
    const t = setTimeout(fn, Math.max(0, delayMs));
    return () => clearTimeout(t);
  },
};
