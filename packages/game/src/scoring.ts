import type { PointsMode } from "./types";

/** Base points per mode. */
export const BASE_POINTS: Readonly<Record<PointsMode, number>> = { standard: 1000, double: 2000, none: 0 };

/** Answers faster than this get full points: nobody can read and tap faster, so it is noise, not skill. */
export const FULL_POINTS_WINDOW_MS = 500;

export const STREAK_STEP = 100;
export const STREAK_CAP = 500;

/**
 * Points for one answer: round(base × (1 − (t/T)/2)) when correct, 0 otherwise.
 * `elapsedMs` is server-measured and clamped to [0, limitMs], so a correct answer earns between base/2 and base.
 */
export function scoreAnswer(a: { correct: boolean; elapsedMs: number; limitMs: number; mode: PointsMode }): number {
  if (!a.correct) return 0;
  const base = BASE_POINTS[a.mode];
  if (base === 0 || a.limitMs <= 0) return base;
  const t = a.elapsedMs < FULL_POINTS_WINDOW_MS ? 0 : Math.min(Math.max(a.elapsedMs, 0), a.limitMs);
  return Math.round(base * (1 - t / a.limitMs / 2));
}

/**
 * Streak bonus for a correct answer, given how many consecutive correct answers came right before it:
 * +100 from the second in a row, +100 more each time, capped at +500. No bonus in "none" mode.
 */
export function streakBonus(previousStreak: number, correct: boolean, mode: PointsMode): number {
  if (!correct || mode === "none") return 0;
  return Math.min(STREAK_CAP, STREAK_STEP * Math.max(0, previousStreak));
}

/**
 * Multiple-select questions are all-or-nothing: the chosen set must equal the correct set.
 * Partial credit would reward ticking every box, and is harder to explain to a class.
 */
export function isCorrectChoice(choices: readonly number[], correct: readonly number[]): boolean {
  if (choices.length !== correct.length) return false;
  const wanted = new Set(correct);
  return choices.every((c) => wanted.has(c));
}
