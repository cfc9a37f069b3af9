import type { MultipleChoice, Numerical, ShortAnswer, TextFormat, TrueFalse } from "gift-pegjs";
import { htmlToText } from "../text";
import { ARROW, CODE_SPACE, CODE_TAB } from "./escape";

/**
 * A tag (`<p>`, `</b>`, `<br/>`, `<a href="…">`) or an entity (`&amp;`, `&#39;`): what Moodle would render
 * as HTML in a text of its default ("moodle") format. `a < b` or `x > 0` are not tags and stay text.
 */
const HTML_LIKE = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z][a-z0-9]*|#[0-9]+|#x[0-9a-f]+);/i;

export const looksLikeHtml = (text: string): boolean => HTML_LIKE.test(text);

/**
 * Each line trimmed, the whole trimmed: indentation in a GIFT file is layout, not text. Except inside a
 * fenced code block (```…```), where indentation is the code's (a Python body, a YAML key).
 */
const tidy = (text: string): string => {
  let fence = 0;
  return text
    .split("\n")
    .map((line) => {
      const ticks = /^\s*(`{3,})/.exec(line)?.[1]?.length ?? 0;
      if (fence === 0) {
        // An opener: 3+ backticks with no backtick after them (parseRichText's rule).
        if (ticks > 0 && !line.trim().slice(ticks).includes("`")) fence = ticks;
        return line.trim();
      }
      if (ticks >= fence && line.trim() === "`".repeat(ticks)) {
        fence = 0;
        return line.trim();
      }
      return line.trimEnd();
    })
    .join("\n")
    .trim();
};

/**
 * A GIFT text as the teacher wrote it, by its `[format]`:
 * - html: Moodle's editor output (`<p>`, entities) → its text;
 * - moodle (the default, no tag): Moodle shows it as HTML too, so markup or entities in it are turned
 *   into text the same way; a text without any is kept as written (so `a < b` survives);
 * - plain and markdown: kept as written (markdown's source is what a teacher reads and types).
 */
export function giftText(text: TextFormat): string {
  const raw = text.text.split(ARROW).join("->").split(CODE_SPACE).join(" ").split(CODE_TAB).join("\t");
  switch (text.format) {
    case "html":
      return htmlToText(raw);
    case "moodle":
      return looksLikeHtml(raw) ? htmlToText(raw) : tidy(raw);
    default:
      return tidy(raw);
  }
}

/**
 * Answers in the middle of the text ("missing word") are a blank, as Moodle shows them; gift-pegjs puts
 * spaces around it, which the punctuation that followed the braces ("…em {…}.") did not have.
 */
export const promptOf = (q: MultipleChoice | TrueFalse | ShortAnswer | Numerical): string => {
  const text = giftText(q.stem);
  return q.hasEmbeddedAnswers ? text.replace(/_____ (?=[.,;:!?)])/g, "_____") : text;
};
