/**
 * Splits a GIFT file into its questions the way Moodle's importer does, so each can be parsed on its own
 * and reported at its own line: a question ends at a blank (whitespace-only) line; a line whose first
 * non-blank characters are `//` is a comment and is removed without ending the question. gift-pegjs
 * reports no positions, and one broken question must not stop the others from importing.
 */

export interface GiftBlock {
  /** 1-based line of the question's first line that is not a comment: where the teacher sees it start. */
  readonly line: number;
  /** The question's lines, comments removed, joined with "\n". */
  readonly text: string;
  /** File line of each line of `text` (index 0 = its first line), to place a syntax error exactly. */
  readonly lines: readonly number[];
}

/** A `$CATEGORY:` line: Moodle's category path (e.g. "$course$/top/Biologia"). */
export interface GiftCategory {
  readonly line: number;
  readonly path: string;
}

export interface GiftFile {
  readonly blocks: readonly GiftBlock[];
  readonly categories: readonly GiftCategory[];
}

const CATEGORY = /^\$CATEGORY:\s*(.*)$/;

export function splitBlocks(text: string): GiftFile {
  const blocks: GiftBlock[] = [];
  const categories: GiftCategory[] = [];
  let kept: { text: string; line: number }[] = [];
  const flush = (): void => {
    if (kept.length > 0) blocks.push({ line: kept[0]?.line ?? 1, text: kept.map((k) => k.text).join("\n"), lines: kept.map((k) => k.line) });
    kept = [];
  };
  text.split("\n").forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === "") return flush();
    if (trimmed.startsWith("//")) return;
    // Moodle reads a whole block starting with $CATEGORY: as the category; a question written right under
    // the line (no blank line between) would vanish there, so only the line is the category here.
    const category = kept.length === 0 ? CATEGORY.exec(trimmed) : null;
    if (category) {
      categories.push({ line: i + 1, path: category[1] ?? "" });
      return;
    }
    kept.push({ text: kept.length === 0 ? raw.trimStart() : raw, line: i + 1 });
  });
  flush();
  return { blocks, categories };
}
