import type { HastRoot } from "./highlighter-setup";

export type { HastRoot };
export type Highlight = (code: string, lang: string | null) => HastRoot | null;

let loaded: Highlight | null = null;
let loading: Promise<Highlight> | null = null;

/** The highlighter if it has been loaded already: blocks mounted later colour on their first render, with no flash. */
export const loadedHighlighter = (): Highlight | null => loaded;

/**
 * Loads the highlighter once, in its own chunk (lowlight and its grammars are some 10× the rest of a
 * question screen's code), the first time a code block is shown. A failed load (the server restarted
 * mid-game with a new build) is forgotten, so the next block tries again; until then code shows plain.
 */
export function loadHighlighter(): Promise<Highlight> {
  loading ??= import("./highlighter-setup").then(
    (m) => (loaded = m.highlight),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
