import ExcelJS from "exceljs";
import type { ImportProblem } from "../types";
import type { Grid, GridRow } from "./grid";
import { checkZip, looksLikeOldExcel } from "./zip-guard";

export type LoadedBook = { readonly ok: true; readonly book: ExcelJS.Workbook } | { readonly ok: false; readonly problem: ImportProblem };

const refusal = (code: "FILE_UNREADABLE" | "FILE_TOO_LARGE", message: string): LoadedBook => ({ ok: false, problem: { at: { line: 1 }, code, message } });

/** Opens an XLSX from its bytes; anything that isn't one (a CSV, an .xls, a broken zip) is FILE_UNREADABLE. */
export async function readWorkbook(input: Uint8Array): Promise<LoadedBook> {
  if (looksLikeOldExcel(input)) return refusal("FILE_UNREADABLE", "This is an old Excel .xls file: save it as .xlsx (Excel Workbook) and import that");
  const zip = checkZip(input);
  if (!zip.ok) return { ok: false, problem: zip.problem };
  const book = new ExcelJS.Workbook();
  try {
    // A copy: its own ArrayBuffer, which is what exceljs's typings take (JSZip reads it as is).
    await book.xlsx.load(new Uint8Array(input).buffer);
  } catch {
    return refusal("FILE_UNREADABLE", "This zip is not an XLSX workbook Lousa can read: open it in a spreadsheet and save it as .xlsx");
  }
  if (book.worksheets.length === 0) return refusal("FILE_UNREADABLE", "The workbook has no sheets (an .ods file? save it as .xlsx)");
  return { ok: true, book };
}

/** Numbers as a person would type them: no binary noise (0.1 + 0.2), no exponent for whole numbers. */
const numberText = (n: number): string => (Number.isInteger(n) ? n.toFixed(0) : String(Number(n.toPrecision(15))));

/** A cell's value as the text it shows: rich text joined, a formula's last result, numbers and dates as text. */
export function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.replace(/\r\n?/g, "\n");
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("").replace(/\r\n?/g, "\n");
  if ("error" in value) return value.error;
  if ("hyperlink" in value) return valueText(value.text);
  // A formula: the result the spreadsheet saved with it (none when it was never calculated).
  return valueText(value.result);
}

function cellText(cell: ExcelJS.Cell): string {
  // A merged range shows its first cell's value once; exceljs repeats it in every cell of the range.
  if (cell.isMerged && cell.master.address !== cell.address) return "";
  return valueText(cell.value);
}

/** A worksheet as rows of text, each with the row number the spreadsheet shows. */
export function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? "") });
  });
  return { rows, sheet: sheet.name };
}

/** The sheet a Lousa workbook keeps its questions in: "Perguntas"/"Questions" by name, else the first. */
export function questionsSheet(book: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const named = book.worksheets.find((s) => /^(perguntas|questions|questoes|questões)$/i.test(s.name.trim()));
  return named ?? book.worksheets[0];
}
