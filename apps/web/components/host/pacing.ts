/**
 * Pure parts of the game's pacing on the projector: the setup's choices as host:create settings, what the
 * pacing line says, and which keys pause. No React here (unit-tested in pacing.test.ts).
 */
import type { PhaseView } from "@lousa/game";
import type { PacingView } from "@lousa/protocol";
import { AUTO_ADVANCE_LIMITS } from "@lousa/protocol";

export type LeaderboardChoice = "every" | "everyN" | "end";

/** "A cada N questões": 1 would be "every question", and the server takes up to 20. */
export const EVERY_N_LIMITS = { min: 2, max: 20 } as const;
export const DEFAULT_AUTO = { revealSec: 8, leaderboardSec: 6 } as const;

/** A whole number within [min, max]; anything unreadable becomes `fallback` (a field left empty). */
export function clampInt(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** The settings host:create takes for the choices in "Ritmo". */
export function pacingSettings(choice: { leaderboard: LeaderboardChoice; everyN: number; auto: boolean; revealSec: number; leaderboardSec: number }): {
  leaderboardEvery: number;
  autoAdvance: { revealSec: number; leaderboardSec: number } | null;
} {
  const { minSec, maxSec } = AUTO_ADVANCE_LIMITS;
  const leaderboardEvery = choice.leaderboard === "every" ? 1 : choice.leaderboard === "end" ? 0 : clampInt(choice.everyN, EVERY_N_LIMITS.min, EVERY_N_LIMITS.max, 3);
  const autoAdvance = choice.auto
    ? { revealSec: clampInt(choice.revealSec, minSec, maxSec, DEFAULT_AUTO.revealSec), leaderboardSec: clampInt(choice.leaderboardSec, minSec, maxSec, DEFAULT_AUTO.leaderboardSec) }
    : null;
  return { leaderboardEvery, autoAdvance };
}

/** What the projector's pacing line shows: nothing (the host moves on), paused, or seconds to the next step. */
export type PacingLine = { readonly kind: "none" } | { readonly kind: "paused" } | { readonly kind: "counting"; readonly seconds: number };

export function pacingLine(pacing: PacingView | null, secondsLeft: number, answerable = false): PacingLine {
  // The server's pause holds only the moving on by itself: an open question's clock keeps running, so
  // "Pausado" there would be untrue (see canPause).
  if (!pacing || !pacing.autoAdvance || answerable) return { kind: "none" };
  if (pacing.paused) return { kind: "paused" };
  // No deadline (a question open, the podium): nothing to count.
  if (pacing.advanceInMs === null) return { kind: "none" };
  return { kind: "counting", seconds: Math.max(0, secondsLeft) };
}

/** A question the class is answering now (a slide has nothing to answer). */
export function isAnswerable(phase: PhaseView | null): boolean {
  return phase?.kind === "question" && phase.type !== "slide";
}

/**
 * Whether the game can be paused now: it moves on by itself, and the screen is one that waits (the
 * reveal, the scoreboard, a slide). Not during an open question: the pause holds only the moving on,
 * the question's clock keeps running; nor in the lobby or at the podium, which wait for the teacher.
 */
export function canPause(pacing: PacingView | null, phase: PhaseView | null): boolean {
  if (!pacing?.autoAdvance || !phase) return false;
  return phase.kind === "reveal" || phase.kind === "leaderboard" || (phase.kind === "question" && phase.type === "slide");
}

/** Where a key was pressed, as far as the pause shortcut cares. */
export interface KeyTarget {
  readonly tag: string | null;
  /** contenteditable: typed into like a field. */
  readonly editable: boolean;
  /** The Pause/Continue button itself: its own Space click already toggles. */
  readonly pauseButton: boolean;
}

/**
 * Space or P pauses and resumes wherever the focus is (a mute button or "Encerrar jogo" clicked a moment
 * ago keeps it, and Space must not press them again), except while typing in a field. Space on the
 * Pause button itself is left to the button, so it toggles once, not twice.
 */
export function isPauseKey(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: KeyTarget }): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  const tag = e.target.tag?.toUpperCase() ?? "";
  if (e.target.editable || ["INPUT", "TEXTAREA", "SELECT"].includes(tag)) return false;
  if (e.key === "p" || e.key === "P") return true;
  return e.key === " " && !e.target.pauseButton;
}
