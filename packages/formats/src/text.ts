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
 * teacher wrote, with paragraphs and line breaks as new lines and every entity decoded.
 */
export function htmlToText(html: string): string {
  // Every pattern stops at the next "<" ([^<>]), so a text full of unclosed "<" is read in linear time
  // (a "[^>]*" would rescan to the end from each one: minutes for a 200 KB field, with every game frozen).
  const withBreaks = withoutComments(html)
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
