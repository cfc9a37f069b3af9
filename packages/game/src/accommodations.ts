import type { PlayerState } from "./types";

/**
 * Accommodations a teacher grants one student in a live game (issue 13). They change only that
 * student's clock and speed share; nobody else's deadline or points move. Never part of anything sent
 * to the room or another phone (see views.ts): the projector learns only that the question is held open.
 */
export const EXTRA_TIMES = ["x1.5", "x2", "unlimited"] as const;
export type ExtraTime = (typeof EXTRA_TIMES)[number];

export interface Accommodation {
  /** Their time limit is the question's ×1.5 or ×2, or has no limit (capped: see UNLIMITED_CAP_FACTOR). */
  readonly time: ExtraTime | null;
  /** A right answer earns full points whenever it comes. */
  readonly noSpeedPenalty: boolean;
}

/**
 * "No limit" still ends: a live class can't wait forever for a phone left on the desk. The question
 * closes at most this many times its limit after it opened (the host's "end question" always works).
 */
export const UNLIMITED_CAP_FACTOR = 5;

const FACTORS: Readonly<Record<ExtraTime, number>> = { "x1.5": 1.5, x2: 2, unlimited: UNLIMITED_CAP_FACTOR };

/** An accommodation that grants nothing is no accommodation: stored and shown as null. */
export function normalizeAccommodation(a: Accommodation | null): Accommodation | null {
  return a && (a.time !== null || a.noSpeedPenalty) ? { time: a.time, noSpeedPenalty: a.noSpeedPenalty } : null;
}

/** This player's own time limit for a question of `limitMs` (the question's own without extra time). */
export function personalLimitMs(limitMs: number, a: Accommodation | null): number {
  return a?.time ? Math.round(limitMs * FACTORS[a.time]) : limitMs;
}

/** Whether speed counts for this player's points ("no limit" has no speed to measure against). */
export function speedCounts(a: Accommodation | null): boolean {
  return !a || (!a.noSpeedPenalty && a.time !== "unlimited");
}

/** Whether this player keeps a question open past everyone's deadline until they answer. */
export function holdsQuestionOpen(p: PlayerState, index: number): boolean {
  return (p.accommodation?.time ?? null) !== null && p.connected && !p.kicked && !p.answers.has(index);
}
