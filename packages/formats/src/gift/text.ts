import type { TextFormat } from "gift-pegjs";
import { htmlToText } from "../text";
import { ARROW } from "./escape";

/**
 * A tag (`<p>`, `</b>`, `<br/>`, `<a href="…">`) or an entity (`&amp;`, `&#39;`): what Moodle would render
 * as HTML in a text of its default ("moodle") format. `a < b` or `x > 0` are not tags and stay text.
 */
const HTML_LIKE = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z][a-z0-9]*|#[0-9]+|#x[0-9a-f]+);/i;

export const looksLikeHtml = (text: string): boolean => HTML_LIKE.test(text);

/** Each line trimmed, the whole trimmed: indentation in a GIFT file is layout, not text. */
const tidy = (text: string): string =>
  text
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .trim();

/**
 * A GIFT text as the teacher wrote it, by its `[format]`:
 * - html: Moodle's editor output (`<p>`, entities) → its text;
 * - moodle (the default, no tag): Moodle shows it as HTML too, so markup or entities in it are turned
 *   into text the same way; a text without any is kept as written (so `a < b` survives);
 * - plain and markdown: kept as written (markdown's source is what a teacher reads and types).
 */
export function giftText(text: TextFormat): string {
  const raw = text.text.split(ARROW).join("->");
  switch (text.format) {
    case "html":
      return htmlToText(raw);
    case "moodle":
      return looksLikeHtml(raw) ? htmlToText(raw) : tidy(raw);
    default:
      return tidy(raw);
  }
}
