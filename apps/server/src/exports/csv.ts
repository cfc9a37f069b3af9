import { neutralizeCsvText } from "./neutralize";
import type { Cell, CellFormat, Sheet } from "./sheets";

export interface CsvOptions {
  readonly separator: string;
  readonly decimal: "," | ".";
}

function formatNumber(n: number, format: CellFormat, decimal: "," | "."): string {
  // Percentages go out as numbers of percent (87.5), which every spreadsheet reads without a % parser.
  const value = format === "percent" ? Math.round(n * 1000) / 10 : n;
  const text = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  return decimal === "," ? text.replace(".", ",") : text;
}

function cell(value: Cell, format: CellFormat, opts: CsvOptions): string {
  if (value === null) return "";
  const text = typeof value === "number" ? formatNumber(value, format, opts.decimal) : neutralizeCsvText(value);
  return text.includes(opts.separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One sheet as CSV: UTF-8 with a BOM (so Excel shows accents), CRLF line ends, formulas neutralised
 * whichever separator the spreadsheet splits on. Every CSV the server writes goes through here.
 */
export function sheetToCsv(sheet: Sheet, opts: CsvOptions): string {
  const header = sheet.columns.map((c) => cell(c.header, "text", opts)).join(opts.separator);
  const lines = sheet.rows.map((row, r) =>
    row.map((v, i) => cell(v, sheet.rowFormats && i === 1 ? (sheet.rowFormats[r] ?? "text") : (sheet.columns[i]?.format ?? "text"), opts)).join(opts.separator),
  );
  return `\uFEFF${[header, ...lines].join("\r\n")}\r\n`;
}
