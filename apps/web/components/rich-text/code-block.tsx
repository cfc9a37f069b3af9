"use client";

import { useEffect, useMemo, useState } from "react";
import { loadedHighlighter, loadHighlighter, type Highlight } from "./highlighter";
import { renderHast } from "./hast";
import styles from "./rich-text.module.css";

/**
 * A fenced block, in monospace on a dark panel (the same on a white card, a coloured answer button or
 * the projector). Shown plain at once, coloured when the highlighter has loaded.
 *
 * `phrasing`: inside a heading, paragraph or button, where a <pre> is not allowed, the block is a
 * <span> that looks the same. `wrap`: long lines wrap instead of scrolling (answer buttons: a sideways
 * swipe on a button would be a tap).
 */
export function CodeBlock({ code, lang, phrasing, wrap }: { code: string; lang: string | null; phrasing: boolean; wrap: boolean }) {
  const [highlight, setHighlight] = useState<Highlight | null>(loadedHighlighter);
  useEffect(() => {
    if (highlight) return;
    let live = true;
    loadHighlighter().then(
      (h) => live && setHighlight(() => h),
      // Plain monospace is still the code: nothing to tell the student.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [highlight]);
  const tree = useMemo(() => highlight?.(code, lang) ?? null, [highlight, code, lang]);
  const inner = (
    <code className={`hljs ${styles.blockCode}`} data-lang={lang ?? undefined}>
      {tree ? renderHast(tree) : code}
    </code>
  );
  const className = `${styles.block} ${wrap ? styles.wrap : styles.scroll}`;
  // A scrolling panel must be reachable by keyboard to be scrolled (axe: scrollable-region-focusable).
  const focus = wrap ? {} : { tabIndex: 0 };
  return phrasing ? (
    <span className={className} data-rich="block" data-highlighted={tree !== null} {...focus}>
      {inner}
    </span>
  ) : (
    <pre className={className} data-rich="block" data-highlighted={tree !== null} {...focus}>
      {inner}
    </pre>
  );
}
