import { decode } from "html-entities";

/** Decodes a text file's bytes: UTF-8, with or without BOM; null when it is not text (a binary file, an xlsx). */
export function decodeText(input: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    return null;
  }
  if (text.includes("\u0000")) return null;
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
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
