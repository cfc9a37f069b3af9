/**
 * Moodle's question categories, as GIFT ($CATEGORY: lines) and Moodle XML (the category pseudo-question) both write them.
 * Moodle XML: : <question type="category"><category><text>$course$/top/A/B</text>.
 * The path starts with the context ($course$, $system$, $module$, $coursecategory$…) and, since
 * Moodle 3.5, the context's "top" category; a "/" inside a category name is written "//".
 */

const CONTEXT = /^\$[a-z]+\$$/i;

/** Splits a path the way Moodle's split_category_path does: on single slashes, "//" unescaped. */
function splitPath(path: string): string[] {
  return path.split(/(?<!\/)\/(?!\/)/).map((segment) => segment.replace(/\/\//g, "/").trim());
}

/** The bank title a category path gives: its last segment, or null when it names no category of its own. */
export function categoryTitle(path: string): string | null {
  const segments = splitPath(path.trim());
  if (segments[0] !== undefined && CONTEXT.test(segments[0])) segments.shift();
  if (segments[0]?.toLowerCase() === "top") segments.shift();
  const named = segments.filter((s) => s !== "");
  return named[named.length - 1] ?? null;
}

/**
 * The path a bank is exported under: a category of its own under the course's top category. Slashes
 * in the title are doubled, and a leading or trailing one padded with a space, as Moodle's
 * assemble_category_path does, so the name survives splitting.
 */
export function categoryPath(title: string): string {
  let escaped = title.trim().replace(/\//g, "//");
  if (escaped.startsWith("/")) escaped = ` ${escaped}`;
  if (escaped.endsWith("/")) escaped = `${escaped} `;
  return `$course$/top/${escaped}`;
}
