/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab/CR that hides one) as a formula:
 * a student's nickname must never run as one on the teacher's computer. An apostrophe in front keeps
 * the text visible and inert.
 */
const CELL_START = /^[=+\-@\t\r]/;

/** Text for a cell whose bounds are certain (XLSX): only its start matters. */
export function neutralize(text: string): string {
  return CELL_START.test(text) ? `'${text}` : text;
}

/**
 * Where a CSV cell could start with a trigger: the field's start, or just after any "," ";" tab, CR or LF
 * in it (blanks and quotes before the trigger don't help: a spreadsheet may drop them before it looks).
 * Two patterns rather than one `(^|[…])`: after its empty match at the start, a global replace would
 * skip the first character, and a field starting with a tab would miss the apostrophe after it.
 */
const CSV_FIELD_START = /^[ "]*[=+\-@\t\r]/;
const CSV_INNER_STARTS = /[,;\t\r\n](?=[ "]*[=+\-@\t\r])/g;

/**
 * Text for a CSV field, whose bounds are not certain: a spreadsheet splits the file on its own
 * locale's separator — Excel uses ";" in Brazil and "," in English, whatever the file was written
 * with; Sheets and LibreOffice may pick tabs — and a quote that doesn't open a cell there is just a
 * character, so even a line break inside a quoted field can start a row. A nickname like ";=1+1;" is
 * one harmless field in a "," file but a formula cell in Brazilian Excel. So every place in the text
 * where a cell could start gets the apostrophe when a trigger follows: read with the file's own
 * separator the field is one cell showing ";'=1+1;", split on any other each piece starts with ' and
 * runs nothing. The apostrophe goes right after the separator (not before the trigger) so that blanks
 * or a quote can't end up in front of it. Only text passes here: numbers the writer formats (negative
 * ones too) stay numbers.
 */
export function neutralizeCsvText(text: string): string {
  const inner = text.replace(CSV_INNER_STARTS, "$&'");
  return CSV_FIELD_START.test(inner) ? `'${inner}` : inner;
}
