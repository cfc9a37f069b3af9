"use client";

import { useEffect, useState } from "react";
import { ANSWER_GRACE_MS } from "@lousa/game";

export interface StepClock {
  /** Whole seconds left (0 once the time is up); null: the question has no clock. */
  readonly secondsLeft: number | null;
  /** The time is up on this phone's count. */
  readonly expired: boolean;
  /**
   * The server counts the time up too: its grace for the network (ANSWER_GRACE_MS) has passed, so "next"
   * on an unanswered question is taken instead of refused with NOT_ANSWERED.
   */
  readonly over: boolean;
}

const read = (remainingMs: number | null, elapsedMs: number): StepClock => {
  if (remainingMs === null) return { secondsLeft: null, expired: false, over: false };
  const left = remainingMs - elapsedMs;
  return { secondsLeft: Math.max(0, Math.ceil(left / 1000)), expired: left <= 0, over: left < -ANSWER_GRACE_MS - 250 };
};

/**
 * A homework question's countdown from `remainingMs` as the state arrived: counted from receipt, not from
 * a deadline, so a phone whose clock is wrong still counts right. `key` restarts it (a new state).
 */
export function useStepClock(remainingMs: number | null, key: string): StepClock {
  const [reading, setReading] = useState<{ key: string; at: StepClock }>(() => ({ key, at: read(remainingMs, 0) }));
  useEffect(() => {
    if (remainingMs === null) return;
    const start = performance.now();
    const tick = () => {
      const at = read(remainingMs, performance.now() - start);
      setReading((was) => (was.key === key && was.at.secondsLeft === at.secondsLeft && was.at.expired === at.expired && was.at.over === at.over ? was : { key, at }));
    };
    tick();
    const id = window.setInterval(tick, 200);
    return () => window.clearInterval(id);
  }, [remainingMs, key]);
  return reading.key === key ? reading.at : read(remainingMs, 0);
}
