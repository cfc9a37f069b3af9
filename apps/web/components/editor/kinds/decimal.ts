import type { Language } from "./types";

/**
 * Numbers as a teacher types them in a text box. A `type="number"` input would refuse "2,5" in some
 * browsers and silently read it as 25 or as nothing in others, so the slider's boxes are text boxes and
 * this module is the one place that reads and writes their numbers.
 *
 * Reading is lenient about the separator (a Brazilian teacher types "2,5", one copying from a
 * spreadsheet "2.5") but never guesses silently between a decimal and a thousands separator: in pt-BR
 * "1.500" is one thousand five hundred, as it is written there; in English "1,500" is. Anything else
 * that isn't plainly a number is `null`, and the editor says so.
 */

const THOUSANDS_DOT = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const THOUSANDS_COMMA = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d+([.,]\d+)?$|^[.,]\d+$/;

/** The number in `text`, or null when it isn't one (blank included). */
export function parseDecimal(text: string, locale: Language): number | null {
  // Spaces (also the no-break ones a formatted number carries) and a typographic minus are noise.
  const compact = text.replace(/[\s\u00A0\u202F]/g, "").replace(/^[\u2212\u2013]/, "-");
  const negative = compact.startsWith("-");
  const digits = negative ? compact.slice(1) : compact.replace(/^\+/, "");
  let normal: string | null = null;
  if (locale === "pt-BR" && THOUSANDS_DOT.test(digits)) normal = digits.replace(/\./g, "").replace(",", ".");
  else if (locale === "en" && THOUSANDS_COMMA.test(digits)) normal = digits.replace(/,/g, "");
  else if (PLAIN.test(digits)) normal = digits.replace(",", ".");
  if (normal === null) return null;
  const value = Number(normal);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/**
 * A number as the box shows it: the language's decimal separator, no thousands grouping (so what is
 * shown reads back as the same number), and no float noise (0.1 + 0.2 shows as 0,3).
 */
export function formatDecimal(value: number, locale: Language): string {
  if (!Number.isFinite(value)) return "";
  const text = String(Number(value.toPrecision(12)));
  // Very large or tiny numbers come out in exponent form; the slider's limits keep them out, but
  // a stored value must still show as something that reads back.
  const plain = text.includes("e") ? value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 12 }) : text;
  return locale === "pt-BR" ? plain.replace(".", ",") : plain;
}
