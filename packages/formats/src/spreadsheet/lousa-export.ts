import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import type { BankDraft, ExportedFile } from "../types";
import { guardCell, guardCsv } from "./formula-guard";
import { CSV_TYPE, fileSlug, XLSX_TYPE } from "./grid";
import { COLUMN_ORDER, HEADER_LABELS, type ColumnKey, type Locale } from "./layout";
import { HELP_LINES, HELP_NOTES, HELP_SHEET, templateBank } from "./lousa-help";
import { lousaTable } from "./lousa-table";
import { csvNumber } from "./slider-cells";
import { pictureNotes } from "../picture-notes";

/**
 * Lousa's CSV: `;` for pt-BR (what a Brazilian Excel splits on) and `,` for en. Both with a BOM and
 * CRLF like every CSV the server writes: without the BOM Excel shows UTF-8 accents as garbage, in
 * English Excel too; the importer reads files with or without it.
 */
export function exportLousaCsv(bank: BankDraft, locale: Locale): ExportedFile {
  const table = lousaTable(bank, locale, guardCsv);
  // Numbers (a slider's) with a pt-BR sheet's decimal comma; whole ones (times, Correct) are the same either way.
  const rows = table.rows.map((row) => row.map((cell) => (typeof cell === "number" ? csvNumber(cell, locale) : cell)));
  const csv = stringify([table.header, ...rows], {
    delimiter: locale === "pt-BR" ? ";" : ",",
    record_delimiter: "\r\n",
    // csv-stringify quotes a field holding the whole record delimiter only; a lone line break would split the row.
    quoted_match: /[\r\n]/,
  });
  return { filename: `${fileSlug(bank.title, "lousa")}.csv`, contentType: CSV_TYPE, body: new TextEncoder().encode(`\uFEFF${csv}`), notes: pictureNotes("CSV", bank.questions) };
}

const WIDTHS: Readonly<Record<ColumnKey, number>> = {
  type: 16,
  prompt: 50,
  option1: 24,
  option2: 24,
  option3: 24,
  option4: 24,
  option5: 24,
  option6: 24,
  correct: 12,
  explanation: 50,
  time: 10,
  points: 14,
  ignoreAccents: 16,
  sliderMin: 8,
  sliderMax: 8,
  sliderStep: 8,
  sliderAnswer: 10,
  sliderTolerance: 11,
  sliderUnit: 12,
};
const LONG_TEXT: ReadonlySet<ColumnKey> = new Set(["prompt", "explanation"]);

/** Lousa's XLSX: the questions sheet (bold frozen header, widths) and a sheet saying how to fill each column. */
export async function exportLousaXlsx(bank: BankDraft, locale: Locale): Promise<ExportedFile> {
  const book = new ExcelJS.Workbook();
  book.creator = "Lousa";
  // The import reads the bank's title back from here (a sheet has no place for it).
  book.title = bank.title;
  const sheet = book.addWorksheet(locale === "pt-BR" ? "Perguntas" : "Questions", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMN_ORDER.map((key) => ({ key, width: WIDTHS[key] }));
  const table = lousaTable(bank, locale, guardCell);
  sheet.addRow([...table.header]);
  for (const row of table.rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  COLUMN_ORDER.forEach((key, i) => {
    if (LONG_TEXT.has(key)) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: "top" };
  });
  addHelpSheet(book, locale);
  const body = new Uint8Array(await book.xlsx.writeBuffer());
  return { filename: `${fileSlug(bank.title, "lousa")}.xlsx`, contentType: XLSX_TYPE, body, notes: pictureNotes("XLSX", bank.questions) };
}

function addHelpSheet(book: ExcelJS.Workbook, locale: Locale): void {
  const help = HELP_SHEET[locale];
  const sheet = book.addWorksheet(help.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [{ width: 22 }, { width: 90, style: { alignment: { wrapText: true, vertical: "top" } } }, { width: 34 }];
  sheet.addRow([...help.header]).font = { bold: true };
  const labels = HEADER_LABELS[locale];
  for (const key of COLUMN_ORDER) {
    const line = HELP_LINES[locale][key];
    if (!line) continue;
    // The six option columns share one line.
    const name = key === "option1" ? `${labels.option1} … ${labels.option6}` : labels[key];
    sheet.addRow([name, line[0], line[1]]);
  }
  sheet.addRow([]);
  for (const note of HELP_NOTES[locale]) sheet.addRow(["", note]);
}

/** The "download the template" button: Lousa's XLSX (with its how-to sheet) or CSV, with an example question of each kind a teacher writes differently. */
export async function lousaTemplate(locale: Locale, kind: "xlsx" | "csv" = "xlsx"): Promise<ExportedFile> {
  const file = kind === "csv" ? exportLousaCsv(templateBank(locale), locale) : await exportLousaXlsx(templateBank(locale), locale);
  return { ...file, filename: `${locale === "pt-BR" ? "lousa-modelo" : "lousa-template"}.${kind}` };
}
