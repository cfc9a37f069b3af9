import type { Cancel, Clock } from "../../apps/server/src/clock";

/** A clock tests move by hand: timers fire in order when `advance` passes their due time. */
export class ManualClock implements Clock {
  private current: number;
  private seq = 0;
  private timers: { at: number; seq: number; fn: () => void }[] = [];

  constructor(start = Date.UTC(2026, 10, 28, 9, 0, 0)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  schedule(fn: () => void, delayMs: number): Cancel {
    const timer = { at: this.current + Math.max(0, delayMs), seq: this.seq++, fn };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Timers scheduled and not yet fired or cancelled: 0 once everything that scheduled them was disposed. */
  get pending(): number {
    return this.timers.length;
  }

  /** Moves time forward, firing each due timer at its own time. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.current = due.at;
      due.fn();
    }
    this.current = target;
  }
}
