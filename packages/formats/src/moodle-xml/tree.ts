import { decode } from "html-entities";

/**
 * Reading the tree fast-xml-parser builds from a Moodle XML file. Nothing in it is trusted: every
 * value is `unknown` and narrowed here, so the mapping code never needs `any` or a cast.
 */

/** An element with children or attributes (attributes are keys starting with ATTR). */
export type XmlElement = Readonly<Record<string, unknown>>;

/** Attribute keys carry this prefix in the parsed tree (fast-xml-parser's `attributeNamePrefix`). */
export const ATTR = "@_";
/** Where an element's own text goes when it also has attributes or children. */
export const TEXT = "#text";

export function isElement(value: unknown): value is XmlElement {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The first child of that name. A tag the parser was not told to keep as a list becomes an array
 * when it is repeated (two <questiontext> by mistake): Moodle reads the first one, so do we.
 */
export function child(element: XmlElement, name: string): unknown {
  const value = element[name];
  const list = listOf(value);
  return list ? list[0] : value;
}

/** Every child of that name, whether the parser made a list of them or not. */
export function children(element: XmlElement, name: string): readonly unknown[] {
  const value = element[name];
  if (value === undefined) return [];
  return listOf(value) ?? [value];
}

/** Array.isArray narrows to any[]; this keeps the items unknown. */
function listOf(value: unknown): readonly unknown[] | null {
  if (!Array.isArray(value)) return null;
  const list: readonly unknown[] = value;
  return list;
}

/** An attribute's value, or null when it is missing (attribute values are kept as strings). */
export function attribute(element: XmlElement, name: string): string | null {
  const value = element[ATTR + name];
  return typeof value === "string" ? value : null;
}

/** An element's own text: a leaf element is a bare string, one with attributes keeps it under TEXT. */
export function ownText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (isElement(value)) {
    const text = value[TEXT];
    return typeof text === "string" ? text : "";
  }
  return "";
}

/** The <text> child of a Moodle field such as <questiontext> or <feedback>; "" when absent. */
export function fieldText(field: unknown): string {
  return isElement(field) ? textContent(ownText(child(field, "text"))) : "";
}

/**
 * The content of a <text> element, which the parser hands over raw (a stop node): CDATA sections are
 * taken as they are, the rest has its comments removed and its XML entities decoded. HTML written
 * without CDATA (hand-made files; Moodle's docs warn against it) thus stays the HTML it is, instead of
 * being parsed as XML elements and lost.
 */
export function textContent(raw: string): string {
  const outside = (part: string) => decode(part.replace(/<!--[\s\S]*?-->/g, ""), { level: "xml" });
  let text = "";
  let last = 0;
  for (const cdata of raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)) {
    text += outside(raw.slice(last, cdata.index)) + (cdata[1] ?? "");
    last = cdata.index + cdata[0].length;
  }
  return text + outside(raw.slice(last));
}
