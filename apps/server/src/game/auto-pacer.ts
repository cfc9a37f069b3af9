import type { AutoAdvance, Phase } from "@lousa/game";
import type { PacingView } from "@lousa/protocol";
import type { Cancel, Clock } from "../clock";

/** What the pacer needs from its game: the phase on screen, a slide's own time, and the host's "next". */
export interface PacedGame {
  phase(): Phase;
  /** How long a slide stays when the game moves on by itself (its time limit); null for a question that takes answers. */
  slideMs(index: number): number | null;
  /** The host's "next", refused if the game is no longer at `expected` (a stale timer changes nothing). */
  next(expected: { kind: string; index: number }): Promise<{ ok: boolean }>;
  /** The game was let go or the server is stopping: nothing is armed any more. */
  stopped(): boolean;
}

/** A failed "next" (the database refused it) is tried again after this long. */
export const AUTO_RETRY_MS = 2000;

/**
 * Moves a game on by itself when its host chose to (settings.autoAdvance): a reveal stays `revealSec`,
 * a leaderboard `leaderboardSec`, a slide its own time; then the same "next" the host's button sends,
 * pinned to the phase it was armed for. Questions close by their own clock as always. Pausing stops the
 * countdown; resuming starts it again in full. It also holds while no projector is connected (the class
 * can't see the reveals: phones say the teacher is reconnecting), and starts again in full when one is.
 * The pause is memory only: a restarted game comes back paused (see GameRunner.resume).
 */
export class AutoPacer {
  private pausedValue = false;
  private hostAway = false;
  private cancel: Cancel | null = null;
  private advanceAt: number | null = null;

  constructor(
    private readonly settings: AutoAdvance | null,
    private readonly clock: Clock,
    private readonly game: PacedGame,
  ) {}

  get enabled(): boolean {
    return this.settings !== null;
  }

  view(): PacingView {
    return { autoAdvance: this.enabled, paused: this.pausedValue, advanceInMs: this.advanceAt === null ? null : Math.max(0, this.advanceAt - this.clock.now()) };
  }

  setPaused(paused: boolean): void {
    this.pausedValue = paused;
    this.arm();
  }

  /** No projector connected: hold (without the teacher's pause), and count again in full on return. */
  setHostAway(away: boolean): void {
    if (this.hostAway === away) return;
    this.hostAway = away;
    this.arm();
  }

  /** Called after every change of phase: counts down to the next step, if this phase has one. */
  arm(): void {
    this.stop();
    if (!this.settings || this.pausedValue || this.hostAway || this.game.stopped()) return;
    const phase = this.game.phase();
    const delay = this.delayFor(phase, this.settings);
    if (delay === null || !("index" in phase)) return;
    const expected = { kind: phase.kind, index: phase.index };
    this.advanceAt = this.clock.now() + delay;
    this.cancel = this.clock.schedule(() => {
      this.cancel = null;
      this.advanceAt = null;
      void this.game.next(expected).then((r) => {
        const now = this.game.phase();
        // Not stored: try again while the game is still where it was (the host may move it on meanwhile).
        if (!r.ok && !this.game.stopped() && now.kind === expected.kind && "index" in now && now.index === expected.index && !this.cancel) {
          this.cancel = this.clock.schedule(() => this.arm(), AUTO_RETRY_MS);
        }
      });
    }, delay);
  }

  stop(): void {
    this.cancel?.();
    this.cancel = null;
    this.advanceAt = null;
  }

  private delayFor(phase: Phase, auto: AutoAdvance): number | null {
    if (phase.kind === "reveal") return auto.revealSec * 1000;
    if (phase.kind === "leaderboard") return auto.leaderboardSec * 1000;
    if (phase.kind === "question") return this.game.slideMs(phase.index);
    return null;
  }
}
