import type { AnswerCount } from "@lousa/protocol";
import type { Cancel, Clock } from "../clock";

/** Phones hear how many have answered at most this often: one room message a second, whatever N. */
export const PLAYER_COUNT_EVERY_MS = 1000;

/**
 * Tells the players how many have answered the open question ("12 de 30 já responderam"), coalesced:
 * the first answer after a quiet second arms one push, which sends the count as it is then. The host
 * hears every change at once (host:answers); 10,000 phones can't be told of every answer.
 */
export class AnswerCountPusher {
  private cancel: Cancel | null = null;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly current: () => AnswerCount | null,
    private readonly push: (count: AnswerCount) => void,
  ) {}

  changed(): void {
    // Nothing to tell outside a question, and nothing at all once the game's runner has stopped.
    if (this.cancel || this.stopped || this.current() === null) return;
    this.cancel = this.clock.schedule(() => {
      this.cancel = null;
      const count = this.current();
      if (count) this.push(count);
    }, PLAYER_COUNT_EVERY_MS);
  }

  stop(): void {
    this.stopped = true;
    this.cancel?.();
    this.cancel = null;
  }
}
