"use client";

import { useEffect, useState } from "react";

/** What a question view says about time, as it arrived. */
export interface ClockReceipt {
  /** Until the clock starts (0: it runs): the get-ready while phones load the picture. */
  readonly opensInMs: number;
  /** The question's time once it runs (during the get-ready: all of it). */
  readonly remainingMs: number;
}

export interface ClockReading {
  /** Still getting ready: the controls take no answers yet. */
  readonly preparing: boolean;
  /** Whole seconds until the clock starts (0 once it runs). */
  readonly opensInSec: number;
  /** Whole seconds the question has left; during the get-ready, its full time. */
  readonly secondsLeft: number;
}

/**
 * The clock `elapsedMs` after a view arrived. Counted from the receipt, not from a deadline, so a phone
 * whose own clock is wrong still counts right. The get-ready runs out by itself: the server takes answers
 * from the moment it opens the question, so a phone (or projector) that misses the view saying the clock
 * started must not wait for it — it opens at receipt + `opensInMs` and counts `remainingMs` from there.
 */
export function clockAt(r: ClockReceipt, elapsedMs: number): ClockReading {
  const toOpen = r.opensInMs - elapsedMs;
  if (toOpen > 0) return { preparing: true, opensInSec: Math.ceil(toOpen / 1000), secondsLeft: Math.ceil(r.remainingMs / 1000) };
  return { preparing: false, opensInSec: 0, secondsLeft: Math.max(0, Math.ceil((r.remainingMs + toOpen) / 1000)) };
}

/**
 * `clockAt`, ticking: restarts on each view (`key` bumps on every push, so a view that looks like the
 * last one — the clock starting, a rejoin's snapshot — still restarts it). `null`: no question open.
 */
export function useQuestionClock(receipt: ClockReceipt | null, key: string): ClockReading {
  const opensInMs = receipt?.opensInMs ?? 0;
  const remainingMs = receipt?.remainingMs ?? 0;
  const open = receipt !== null;
  // The reading carries the view it belongs to: on the render a new view arrives, it is read afresh
  // rather than showing the last question's 0 (a flash of "too late") until the first tick.
  const [reading, setReading] = useState<{ key: string; at: ClockReading }>(() => ({ key, at: clockAt({ opensInMs, remainingMs }, 0) }));
  useEffect(() => {
    if (!open) return;
    const start = performance.now();
    const tick = () => {
      const at = clockAt({ opensInMs, remainingMs }, performance.now() - start);
      // Only a change re-renders: five ticks a second would otherwise redraw the whole question.
      setReading((was) => (was.key === key && was.at.preparing === at.preparing && was.at.opensInSec === at.opensInSec && was.at.secondsLeft === at.secondsLeft ? was : { key, at }));
    };
    tick();
    const id = window.setInterval(tick, 200);
    return () => window.clearInterval(id);
  }, [open, opensInMs, remainingMs, key]);
  if (!open) return { preparing: false, opensInSec: 0, secondsLeft: 0 };
  return reading.key === key ? reading.at : clockAt({ opensInMs, remainingMs }, 0);
}
