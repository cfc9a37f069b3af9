"use client";

import { useEffect, useRef, useState } from "react";

/**
 * `text`, changed at most once every `everyMs`: what a polite live region reads. The answer count moves
 * every second while a class answers; a screen reader reading each one would drown the question. The
 * latest value always arrives, only later.
 */
export function useCalmText(text: string, everyMs: number): string {
  const [said, setSaid] = useState(text);
  // From the first render: the region is new then and says nothing; the next change waits its turn.
  const saidAt = useRef(Date.now());
  useEffect(() => {
    if (text === said) return;
    const id = setTimeout(
      () => {
        saidAt.current = Date.now();
        setSaid(text);
      },
      Math.max(0, saidAt.current + everyMs - Date.now()),
    );
    return () => clearTimeout(id);
  }, [text, said, everyMs]);
  return said;
}
