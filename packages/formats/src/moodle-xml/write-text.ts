import { parseRichText } from "@lousa/protocol";

/**
 * Lousa's text written into Moodle XML so that htmlToText (the importer's way back) returns it
 * exactly: HTML special characters escaped, line breaks as <br>, code as <code> and <pre>. Runs of
 * spaces, spaces at either end of a line and three or more line breaks in a row outside code are the
 * exceptions (HTML, and so htmlToText, collapses them), as are blank lines next to a code block and
 * an inline code span typed with more backticks or spaces than it needs: it comes back in the
 * shortest form that shows the same code.
 */

/** Drops the characters XML 1.0 does not allow at all, not even in CDATA (control characters, lone surrogates), so the file stays readable. */
function xmlChars(text: string): string {
  const allowed = (c: number) => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
  return Array.from(text)
    .filter((ch) => allowed(ch.codePointAt(0) ?? 0))
    .join("");
}

const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Lousa's text as the HTML Moodle's editor would hold it. Its code is Moodle's too: `inline` as
 * <code>, a fenced block as <pre><code class="language-…"> with its spaces and line breaks as they are
 * (htmlToText reads both back to the same backticks). Text keeps its \` escapes, so it reads back as
 * the same source.
 */
export function textToHtml(text: string): string {
  return parseRichText(xmlChars(text), { keepEscapes: true })
    .map((s) => {
      if (s.kind === "code") return `<code>${escapeHtml(s.code)}</code>`;
      if (s.kind === "block") return `<pre><code${s.lang ? ` class="language-${escapeHtml(s.lang.replace(/[^A-Za-z0-9_+#.-]/g, ""))}"` : ""}>${escapeHtml(s.code)}</code></pre>`;
      return escapeHtml(s.text).replace(/\n/g, "<br>");
    })
    .join("");
}

/**
 * The content of a <text> element, written as Moodle's own xml_escape does: in CDATA when the text has
 * a character that HTML escaping would change, with any "]]>" split across two CDATA sections.
 */
export function xmlText(value: string): string {
  const clean = xmlChars(value);
  if (!/[<>&"']/.test(clean)) return clean;
  return `<![CDATA[${clean.replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>`;
}
