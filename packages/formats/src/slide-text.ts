/**
 * A slide is a title (the prompt) and a text (the explanation). Formats that have an information item
 * (GIFT's and Moodle's "description") hold one text and perhaps a name that students never see; this
 * is how that becomes a title and a text, one rule for both.
 */

/** A first line longer than this reads as a paragraph, not as a title. */
const TITLE_MAX = 120;

export interface SlideText {
  readonly title: string;
  readonly text: string;
}

/**
 * - Text of several lines with a short first line (what Lousa's exports write: the title, then the
 *   text): the first line is the title and the rest is the text.
 * - Otherwise the item's name when it has one of its own (Moodle requires one; GIFT's ::title::), and
 *   the whole text as the text: nothing is lost, and the name is what the teacher called it.
 * - Without a name: a short text is the title alone; a long one gives its first sentence (or its
 *   first TITLE_MAX characters) as the title and keeps the whole text.
 * A first line opening a code block is never a title.
 */
export function slideText(text: string, name: string | null): SlideText {
  const body = text.trim();
  const [first = "", ...rest] = body.split("\n");
  const firstLine = first.trim();
  const after = rest.join("\n").trim();
  const isTitle = firstLine !== "" && [...firstLine].length <= TITLE_MAX && !firstLine.startsWith("```");
  if (after !== "" && isTitle) return { title: firstLine, text: after };
  const named = name?.trim() ?? "";
  if (named !== "" && named !== body) return { title: named, text: body };
  if (!body.includes("\n") && isTitle) return { title: body, text: "" };
  const sentence = /^(.{1,120}?[.!?:])\s/su.exec(body.replace(/\s+/g, " "))?.[1];
  return { title: sentence ?? `${[...body.replace(/\s+/g, " ")].slice(0, TITLE_MAX - 1).join("").trimEnd()}…`, text: body };
}
