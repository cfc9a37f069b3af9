import { decode } from "html-entities";

/** Control bytes other than tab, line feed, form feed and carriage return: a text file has none. */
const hasControlBytes = (bytes: Uint8Array): boolean => bytes.some((b) => b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f);

/**
 * Decodes a text file's bytes, the same rule for every text format (GIFT, Aiken, Moodle XML, CSV):
 * UTF-8 with or without BOM first; a file that is not valid UTF-8 but has no control bytes is what
 * Windows editors and Excel's plain "CSV" write on a Portuguese or English Windows (Windows-1252), so it
 * is read as that rather than refused: the teacher sees every accent in the preview anyway. Null when it
 * is not text at all (a binary file, an xlsx). Line breaks come back as "\n".
 */
export function decodeText(input: Uint8Array): string | null {
  if (hasControlBytes(input)) return null;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    text = windows1252(input);
  }
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F (curly quotes, dashes, €…). Node's TextDecoder may
 * treat the label as Latin-1 (without full ICU), so those 32 bytes are mapped here.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
function windows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (const b of bytes) chars.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? "") : String.fromCharCode(b));
  return chars.join("");
}

/**
 * Moodle's question text is HTML (an editor's <p>, <br>, <strong>, entities): turned into the text a
 * teacher wrote, with paragraphs and line breaks as new lines and every entity decoded. Code comes out
 * as Lousa writes it (Markdown's): `<code>…</code>` in backticks, `<pre>…</pre>` as a fenced block with
 * its spaces and line breaks kept (and its language, from a `language-…` class).
 */
export function htmlToText(html: string): string {
  // Code is taken out first, as placeholders, so the text's whitespace rules never touch it.
  const code: string[] = [];
  const hold = (markdown: string) => `${code.push(markdown) - 1}`;
  const source = withoutComments(html).replace(/[\uE001-\uE004]/g, "");
  const noPre = replaceElements(source, "pre", (attrs, inner) => `\n${BLOCK[0]}${hold(fencedBlock(inner, languageOf(attrs, inner)))}${BLOCK[1]}\n`);
  const noCode = replaceElements(noPre, "code", (_attrs, inner) => `${INLINE[0]}${hold(inlineCode(inner))}${INLINE[1]}`);
  // A block is on lines of its own; the paragraph or <br> next to it adds no blank line (in a browser
  // neither does). plainText has left no run of more than two line breaks, so this is linear.
  const text = plainText(noCode).replace(/\n+(?=\uE003)/g, "\n").replace(/(?<=\uE004)\n+/g, "\n");
  return text.replace(/[\uE001\uE003](\d+)[\uE002\uE004]/g, (_m, i: string) => code[Number(i)] ?? "");
}

/** Around the stand-ins for code while the text is tidied: private-use characters, never typed (and dropped from the input). */
const INLINE = ["\uE001", "\uE002"] as const;
const BLOCK = ["\uE003", "\uE004"] as const;

function plainText(html: string): string {
  // Every pattern stops at the next "<" ([^<>]), so a text full of unclosed "<" is read in linear time
  // (a "[^>]*" would rescan to the end from each one: minutes for a 200 KB field, with every game frozen).
  const withBreaks = html
    .replace(/<\s*br\b[^<>]*>/gi, "\n")
    .replace(/<\s*\/\s*(p|div|li|h[1-6]|tr)\s*>/gi, "\n")
    .replace(/<\s*li\b[^<>]*>/gi, "• ");
  const noTags = withBreaks.replace(/<[^<>]*>/g, "");
  return decode(noTags, { level: "html5" })
    .replace(/\u00A0/g, " ")
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Replaces each <name …>…</name> with what `render` makes of its attributes and inner HTML, in one
 * pass: once an opening tag finds no closing one, no later one will, so nothing is searched twice.
 * An unclosed element is left as it is (its tag is then dropped with the others).
 */
function replaceElements(html: string, name: string, render: (attrs: string, inner: string) => string): string {
  const open = new RegExp(`<\\s*${name}\\b([^<>]*)>`, "gi");
  const close = new RegExp(`<\\s*\\/\\s*${name}\\s*>`, "gi");
  let out = "";
  let at = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    if (m.index < at) continue;
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(html);
    if (!end) break;
    out += html.slice(at, m.index) + render(m[1] ?? "", html.slice(m.index + m[0].length, end.index));
    at = end.index + end[0].length;
    open.lastIndex = at;
  }
  return out + html.slice(at);
}

/** The text inside code: line breaks from <br> and the source, tags dropped, entities decoded, nothing else changed. */
function codeText(inner: string): string {
  const noTags = inner.replace(/<\s*br\b[^<>]*>/gi, "\n").replace(/<[^<>]*>/g, "");
  return decode(noTags, { level: "html5" }).replace(/\u00A0/g, " ").replace(/\r\n?/g, "\n");
}

/** `…` with enough backticks around it that none inside closes it (Markdown's rule), padded when it starts or ends with one. */
function inlineCode(inner: string): string {
  const code = codeText(inner).replace(/\s*\n\s*/g, " ");
  if (code.trim() === "") return code;
  const ticks = "`".repeat(longestRun(code) + 1);
  const pad = code.startsWith("`") || code.endsWith("`") || (code.startsWith(" ") && code.endsWith(" ")) ? " " : "";
  return `${ticks}${pad}${code}${pad}${ticks}`;
}

/** A fenced block longer than any run of backticks in it, so no line of the code can close it. */
function fencedBlock(inner: string, lang: string | null): string {
  // HTML drops a line break right after <pre>; a trailing one is the editor's, not the code's.
  const code = codeText(inner).replace(/^\n/, "").replace(/\n$/, "");
  const fence = "`".repeat(Math.max(3, longestRun(code) + 1));
  return `${fence}${lang ?? ""}\n${code}\n${fence}`;
}

/** The language of a <pre> (or the <code> at its start): a `language-x` or `lang-x` class, as highlighters write it. */
function languageOf(attrs: string, inner: string): string | null {
  const firstTag = /^\s*<\s*code\b([^<>]*)>/i.exec(inner)?.[1] ?? "";
  // One scan for the class word itself (a pattern checking it is inside class="…" could backtrack).
  const m = /(?:^|[\s"'=])(?:language|lang)-([A-Za-z0-9_+#.-]+)/i.exec(`${attrs} ${firstTag}`);
  return m?.[1]?.toLowerCase() ?? null;
}

function longestRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** Drops <!-- comments --> in one pass (a lazy regex would rescan from every unclosed "<!--"). */
function withoutComments(html: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const open = html.indexOf("<!--", at);
    if (open < 0) return out + html.slice(at);
    out += html.slice(at, open);
    const close = html.indexOf("-->", open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
}

/** The start of a question's text for a message: one line, at most 80 characters (never half a character). */
export function snippet(text: string, max = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  const chars = [...line];
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}
