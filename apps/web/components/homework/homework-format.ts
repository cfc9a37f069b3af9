import type { Locale } from "../../lib/messages";

/** An assignment's date as the student and the teacher read it: "28 de nov. de 2026, 17:50". */
export function formatWhen(locale: Locale, epochMs: number): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(epochMs));
}
