/**
 * Lousa's text written into Moodle XML so that htmlToText (the importer's way back) returns it
 * exactly: HTML special characters escaped, line breaks as <br>. Runs of spaces, spaces at either end
 * of a line and three or more line breaks in a row are the exceptions (HTML, and so htmlToText,
 * collapses them).
 */

/** Drops the characters XML 1.0 does not allow at all, not even in CDATA (control characters, lone surrogates), so the file stays readable. */
function xmlChars(text: string): string {
  const allowed = (c: number) => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
  return Array.from(text)
    .filter((ch) => allowed(ch.codePointAt(0) ?? 0))
    .join("");
}

/** Plain text as the HTML Moodle's editor would hold it. */
export function textToHtml(text: string): string {
  return xmlChars(text)
    .replace(/\r\n?/g, "\n")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\n/g, "<br>");
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
