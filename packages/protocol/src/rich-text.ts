/**
 * Code in question texts, with the Markdown teachers already know: `inline code` in backticks and
 * fenced blocks (```dockerfile … ```). Only this much Markdown: a quiz text is read aloud and projected,
 * and emphasis, lists or links would turn ordinary punctuation (* _ [) into markup a teacher never meant.
 *
 * Parsing is for display only: the stored text is what the teacher typed (the schema's limits count
 * its characters), and anything that is not well-formed code stays literal text.
 */

/** A piece of a question's text as screens show it. */
export type RichSegment =
  /** Plain text; may hold line breaks ("\n"). */
  | { readonly kind: "text"; readonly text: string }
  /** Inline code, within one line. */
  | { readonly kind: "code"; readonly code: string }
  /** A fenced block: its lines joined by "\n"; `lang` is the fence's first word, lower-cased, if any. */
  | { readonly kind: "block"; readonly code: string; readonly lang: string | null };

export interface RichTextOptions {
  /**
   * Keep `\`` escapes in text segments as typed. Exports use it: the text they write back must read
   * as the same source, so an escaped backtick stays escaped rather than becoming a code span.
   */
  readonly keepEscapes?: boolean;
}

// An opening fence: up to 3 spaces, 3+ backticks, an info string with no backtick (CommonMark's rule:
// "```ls``` é…" is inline code, not a fence).
const OPENER = /^( {0,3})(`{3,})([^`]*)$/;
// A closing fence: up to 3 spaces, 3+ backticks, nothing but spaces or tabs after.
const CLOSER = /^ {0,3}(`{3,})[ \t]*$/;

/**
 * Splits a text into plain text, inline code and fenced blocks, in linear time whatever the input
 * (unclosed fences and lone backticks are what a hostile or clumsy text is made of).
 *
 * - A block opens on a line of 3+ backticks (up to 3 spaces before, an optional language after) and
 *   closes on a line of at least as many backticks and nothing else; an unclosed fence is plain text.
 *   The opener's indentation is removed from the block's lines, as CommonMark does.
 * - Inline code opens with a run of n backticks and closes at the next run of exactly n on the same
 *   line (so `` a`b `` holds a backtick); one space is dropped on each side when both are there. An
 *   unmatched run is plain text. Unlike CommonMark, a span never crosses a line: in a two-line prompt a
 *   stray backtick on each line would otherwise swallow the text between them.
 * - Outside code, \` is a literal backtick (no span starts there); inside code nothing is escaped.
 * - Line breaks may be "\n", "\r\n" or "\r"; segments hold "\n".
 */
export function parseRichText(text: string, options: RichTextOptions = {}): RichSegment[] {
  const lines = text.split(/\r\n?|\n/);
  const closeCount = lines.map((l) => CLOSER.exec(l)?.[1]?.length ?? 0);
  // suffixMax[i]: the longest closing fence at line i or after. An opener of n backticks with
  // suffixMax[i + 1] < n has no closer, known in O(1): no rescan to the end from every unclosed fence.
  const suffixMax = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i -= 1) suffixMax[i] = Math.max(closeCount[i] ?? 0, suffixMax[i + 1] ?? 0);

  const out: RichSegment[] = [];
  let prose: string[] = [];
  const flushProse = () => {
    if (prose.length > 0) for (const s of parseInline(prose.join("\n"), options.keepEscapes ?? false)) push(out, s);
    prose = [];
  };
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? "";
    const open = OPENER.exec(line);
    const fence = open?.[2]?.length ?? 0;
    if (open && (suffixMax[i + 1] ?? 0) >= fence) {
      // A closer exists: the lines up to it are the block's, consumed once (linear overall).
      let j = i + 1;
      while ((closeCount[j] ?? 0) < fence) j += 1;
      const indent = open[1]?.length ?? 0;
      const code = lines.slice(i + 1, j).map((l) => dedent(l, indent));
      flushProse();
      out.push({ kind: "block", code: code.join("\n"), lang: language(open[3] ?? "") });
      i = j + 1;
    } else {
      prose.push(line);
      i += 1;
    }
  }
  flushProse();
  return out;
}

/** The text with the code markup taken away: for aria-labels, titles and one-line summaries. */
export function richTextPlain(text: string): string {
  return parseRichText(text)
    .map((s) => (s.kind === "text" ? s.text : s.kind === "code" ? s.code : `\n${s.code}\n`))
    .join("")
    .replace(/^\n+|\n+$/g, "");
}

function language(info: string): string | null {
  const word = info.trim().split(/\s+/)[0] ?? "";
  return word === "" ? null : word.toLowerCase();
}

function dedent(line: string, indent: number): string {
  let k = 0;
  while (k < indent && line.charAt(k) === " ") k += 1;
  return line.slice(k);
}

/** Appends a segment, merging adjacent text and leaving out empty text. */
function push(out: RichSegment[], s: RichSegment): void {
  const last = out[out.length - 1];
  if (s.kind === "text" && last?.kind === "text") out[out.length - 1] = { kind: "text", text: last.text + s.text };
  else if (s.kind === "text" && s.text === "") return;
  else out.push(s);
}

/** Inline code in prose (no blocks here), line by line. */
function parseInline(prose: string, keepEscapes: boolean): RichSegment[] {
  const out: RichSegment[] = [];
  const lines = prose.split("\n");
  lines.forEach((line, k) => {
    for (const s of parseLine(line, keepEscapes)) push(out, s);
    if (k < lines.length - 1) push(out, { kind: "text", text: "\n" });
  });
  return out;
}

interface Run {
  readonly start: number;
  readonly length: number;
}

/**
 * One line's inline code. Every backtick run is listed once; for each length, a cursor moves forward
 * only over the runs of that length, so looking for a closer never rescans (linear, like cmark's
 * "backtick scanned" table).
 */
function parseLine(line: string, keepEscapes: boolean): RichSegment[] {
  const runs: Run[] = [];
  for (let i = 0; i < line.length; ) {
    if (line.charAt(i) !== "`") {
      i += 1;
      continue;
    }
    let j = i;
    while (line.charAt(j) === "`") j += 1;
    runs.push({ start: i, length: j - i });
    i = j;
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((r, idx) => {
    const list = byLength.get(r.length);
    if (list) list.push(idx);
    else byLength.set(r.length, [idx]);
  });
  const cursor = new Map<number, number>();

  const out: RichSegment[] = [];
  let text = "";
  let at = 0;
  const takeText = (end: number) => {
    let chunk = line.slice(at, end);
    if (!keepEscapes) chunk = chunk.replace(/\\`/g, "`");
    text += chunk;
    at = end;
  };
  for (let r = 0; r < runs.length; r += 1) {
    const run = runs[r];
    if (!run || run.start < at) continue;
    // An escaped backtick: the first one is text, the rest of the run may still open a span.
    let start = run.start;
    let length = run.length;
    if (isEscaped(line, start)) {
      start += 1;
      length -= 1;
      if (length === 0) continue;
    }
    // As in CommonMark, what is left of an escaped run looks for a closer of its own length.
    const closer = nextRun(runs, byLength, cursor, length, r);
    if (closer === null) continue;
    takeText(start);
    const close = runs[closer];
    if (!close) continue;
    out.push(...(text === "" ? [] : [{ kind: "text" as const, text }]));
    text = "";
    out.push({ kind: "code", code: stripOneSpace(line.slice(start + length, close.start)) });
    at = close.start + close.length;
    r = closer;
  }
  takeText(line.length);
  if (text !== "") out.push({ kind: "text", text });
  return out;
}

/** A backtick right after a backslash is escaped (the only escape: other backslashes are text, as in `C:\\dir`). */
function isEscaped(line: string, at: number): boolean {
  return at > 0 && line.charAt(at - 1) === "\\";
}

/** The first run after run `after` of exactly `length` backticks, or null; moves that length's cursor past it. */
function nextRun(runs: readonly Run[], byLength: Map<number, number[]>, cursor: Map<number, number>, length: number, after: number): number | null {
  const list = byLength.get(length);
  if (!list) return null;
  let c = cursor.get(length) ?? 0;
  while (c < list.length && (list[c] ?? Infinity) <= after) c += 1;
  cursor.set(length, c);
  const found = list[c];
  return found === undefined || !runs[found] ? null : found;
}

function stripOneSpace(code: string): string {
  return code.length >= 2 && code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "" ? code.slice(1, -1) : code;
}
