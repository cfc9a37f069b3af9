import ExcelJS from "exceljs";
import { neutralize } from "./neutralize";
import type { CellFormat, Sheet } from "./sheets";

const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  int: "0",
  percent: "0.0%",
  decimal: "0.0",
  seconds: "0.0",
};

/**
 * The workbook a teacher opens: one worksheet per sheet, bold frozen header row, sensible column
 * widths, numbers stored as numbers with percent/decimal formats, text neutralised against formulas.
 */
export async function sheetsToXlsx(sheets: readonly Sheet[], meta: { title: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Lousa";
  wb.title = meta.title;
  wb.created = new Date();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = sheet.columns.map((c, i) => ({ header: c.header || " ", key: `c${i}`, width: c.width, style: NUMBER_FORMATS[c.format] ? { numFmt: NUMBER_FORMATS[c.format] } : {} }));
    sheet.rows.forEach((row, r) => {
      const added = ws.addRow(row.map((v) => (typeof v === "string" ? neutralize(v) : v)));
      const rowFormat = sheet.rowFormats?.[r];
      if (rowFormat && NUMBER_FORMATS[rowFormat]) added.getCell(2).numFmt = NUMBER_FORMATS[rowFormat];
    });
    const header = ws.getRow(1);
    header.font = { bold: true, color: { argb: "FFFFFFFF" } };
    header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF46178F" } };
    header.alignment = { vertical: "middle", wrapText: true };
    if (sheet.key === "questions") ws.getColumn(2).alignment = { wrapText: true, vertical: "top" };
    if (sheet.rows.length > 0 && sheet.key !== "summary") ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
