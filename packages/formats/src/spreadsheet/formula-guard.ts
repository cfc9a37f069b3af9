/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab/CR hiding one) as a formula, and a
 * shared or downloaded bank is text a teacher did not write. The rule is the server's
 * (apps/server/src/exports/neutralize.ts), written again here because formats may not import server
 * code, with one addition so that the import can undo it exactly: apostrophes already standing where
 * the guard would go get one more. The guard is "one apostrophe in front of any run of apostrophes,
 * blanks or quotes that ends in a trigger", so removing one apostrophe from each such place gives back
 * the text the teacher wrote — including a text that really starts with an apostrophe.
 */
const AT_START = /^'*[ "]*[=+\-@\t\r]/;
/** A CSV cell may also start after any separator or line break inside a field (see the server's rule). */
const INNER = /[,;\t\r\n](?='*[ "]*[=+\-@\t\r])/g;

const GUARDED_START = /^'(?='*[ "]*[=+\-@\t\r])/;
const GUARDED_INNER = /([,;\t\r\n])'(?='*[ "]*[=+\-@\t\r])/g;

/** For a CSV field, whose bounds a spreadsheet may split differently: every place a cell could start. */
export function guardCsv(text: string): string {
  const inner = text.replace(INNER, "$&'");
  return AT_START.test(inner) ? `'${inner}` : inner;
}

/** Undoes guardCsv. */
export function unguardCsv(text: string): string {
  return text.replace(GUARDED_INNER, "$1").replace(GUARDED_START, "");
}

/** For an XLSX cell, whose bounds are certain: only its start matters. */
export function guardCell(text: string): string {
  return AT_START.test(text) ? `'${text}` : text;
}

/** Undoes guardCell. */
export function unguardCell(text: string): string {
  return text.replace(GUARDED_START, "");
}
