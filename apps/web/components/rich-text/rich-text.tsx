"use client";

import { useMemo } from "react";
import { parseRichText } from "@lousa/protocol";
import { CodeBlock } from "./code-block";
import styles from "./rich-text.module.css";

/**
 * A question's text (prompt, option, explanation) with its code: `inline` in monospace that wraps,
 * ```lang blocks highlighted in a panel that scrolls sideways inside its box (never widening the page).
 * Line breaks the teacher typed are kept.
 *
 * `phrasing`: the text sits where only phrasing content is allowed (h1, p, button), so no <pre>.
 * `wrapBlocks`: blocks wrap their long lines instead of scrolling (answer buttons and tiles).
 */
export function RichText({ text, phrasing = false, wrapBlocks = false }: { text: string; phrasing?: boolean; wrapBlocks?: boolean }) {
  const segments = useMemo(() => parseRichText(text), [text]);
  // A <pre> may not sit in a <span>: in flow mode the whole text is a <div>.
  const Root = phrasing ? "span" : "div";
  return (
    <Root className={styles.root}>
      {segments.map((s, i) =>
        s.kind === "text" ? (
          <span key={i} className={styles.text}>
            {s.text}
          </span>
        ) : s.kind === "code" ? (
          <code key={i} className={styles.code} data-rich="code">
            {s.code}
          </code>
        ) : (
          <CodeBlock key={i} code={s.code} lang={s.lang} phrasing={phrasing} wrap={wrapBlocks} />
        ),
      )}
    </Root>
  );
}
