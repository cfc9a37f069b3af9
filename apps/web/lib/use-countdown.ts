"use client";

import { useEffect, useState } from "react";

/**
 * Seconds left, counted from when the phase view arrived (the server sends time remaining,
 * not a deadline, so a phone with a wrong clock still counts down correctly). `key` restarts it.
 */
export function useCountdown(remainingMs: number | null, key: string): number {
  const [left, setLeft] = useState(remainingMs === null ? 0 : Math.ceil(remainingMs / 1000));
  useEffect(() => {
    if (remainingMs === null) return;
    const end = performance.now() + remainingMs;
    const tick = () => setLeft(Math.max(0, Math.ceil((end - performance.now()) / 1000)));
    tick();
    const id = window.setInterval(tick, 200);
    return () => window.clearInterval(id);
  }, [remainingMs, key]);
  return left;
}
