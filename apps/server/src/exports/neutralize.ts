/**
 * Spreadsheet apps treat a cell starting with = + - @ (or a tab/CR that hides one) as a formula:
 * a student's nickname must never run as one on the teacher's computer. Prefixing an apostrophe
 * keeps the text visible and inert.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
