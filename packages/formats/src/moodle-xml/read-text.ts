import { decode } from "html-entities";
import { htmlToText } from "../text";
import { attribute, fieldText, isElement } from "./tree";

/** Content of a Moodle text field that Lousa can't show and leaves out (listed in the question's notes). */
export type DroppedKind = "image" | "media";

export interface FieldText {
  /** The text as the teacher wrote it: tags gone, entities decoded, trimmed. */
  readonly text: string;
  readonly dropped: readonly DroppedKind[];
}

/**
 * The text format of a Moodle field (the `format` attribute of <questiontext>, <answer>, <feedback>…).
 * Moodle's importer falls back to html for the question text and to the question text's format for
 * answers and feedback; the caller passes that fallback.
 */
export function formatOf(field: unknown, fallback: string): string {
  const format = isElement(field) ? attribute(field, "format") : null;
  return format?.trim() || fallback;
}

/** The text of a Moodle field, converted according to its format. */
export function readField(field: unknown, fallbackFormat: string): FieldText {
  return convert(fieldText(field), formatOf(field, fallbackFormat));
}

/**
 * Converts a field's raw text. `html` (Moodle's editor, and its default for an unknown format) goes
 * through htmlToText; images and embedded media are reported as dropped. Moodle auto-format, plain
 * text, markdown and wiki-like text are what the teacher typed: only their entities are decoded.
 */
export function convert(raw: string, format: string): FieldText {
  if (PLAIN_FORMATS.has(format)) return { text: decode(raw, { level: "html5" }).trim(), dropped: [] };
  return { text: htmlToText(raw), dropped: droppedIn(raw) };
}

const PLAIN_FORMATS: ReadonlySet<string> = new Set(["moodle_auto_format", "plain_text", "markdown", "wiki_like"]);

function droppedIn(html: string): DroppedKind[] {
  const dropped: DroppedKind[] = [];
  if (/<\s*img\b/i.test(html)) dropped.push("image");
  // Audio, video and embeds, and links to files that came inside the export (@@PLUGINFILE@@): their
  // text (a link's words) is kept, the file itself is not.
  if (/<\s*(audio|video|object|embed|iframe)\b/i.test(html) || /<\s*a\b[^>]*@@PLUGINFILE@@/i.test(html)) dropped.push("media");
  return dropped;
}

/** Whether a field's raw text is blank (Moodle skips blank answers when it saves a question). */
export function isBlank(field: unknown): boolean {
  return fieldText(field).trim() === "";
}
