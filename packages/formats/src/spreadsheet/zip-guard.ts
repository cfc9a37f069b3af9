import type { ImportProblem } from "../types";
import { readZipDirectory, unpackEntry, type ZipEntry } from "./zip-entries";

export { looksLikeZip } from "./zip-entries";

/**
 * An XLSX is a zip, and a 5 MB zip can unpack to gigabytes; a few bytes of sheet XML can also make
 * exceljs build billions of cells (a merged range or a data validation over the whole sheet: exceljs
 * fills in every cell of either). exceljs reads whatever it is given, so before it runs every entry is
 * unpacked here under a cap (the size the directory declares, and MAX_UNPACKED_BYTES in all) and each
 * sheet's XML is checked for those ranges and for more cells than a bank could use.
 * A bank of 500 long questions unpacks to a few megabytes and has a few thousand cells.
 */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;
/** Cells exceljs would create for merged ranges and data validations, summed over the workbook. */
export const MAX_RANGE_CELLS = 100_000;
/** Cell elements (<c>, filled or only formatted) in the whole workbook: 500 questions use ~6,000. */
export const MAX_CELLS = 200_000;

/** The OLE2 signature of Excel 97–2003 .xls files, which exceljs can't read. */
export const looksLikeOldExcel = (bytes: Uint8Array): boolean => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

export type ZipCheck = { readonly ok: true } | { readonly ok: false; readonly problem: ImportProblem };

const MB = Math.round(MAX_UNPACKED_BYTES / 1024 / 1024);
const refusal = (code: "FILE_UNREADABLE" | "FILE_TOO_LARGE", message: string, params?: Record<string, string | number>): ZipCheck => ({ ok: false, problem: { at: { line: 1 }, code, message, ...(params ? { params } : {}) } });
const tooLarge = (): ZipCheck => refusal("FILE_TOO_LARGE", `The workbook unpacks to more than ${MB} MB: split it into smaller banks`, { maxMb: MB });
const broken = (): ZipCheck => refusal("FILE_UNREADABLE", "This zip is damaged or not an XLSX workbook: open it in a spreadsheet and save it as .xlsx");

/** Checks an XLSX before exceljs sees it; ok means every entry unpacks within the limits. */
export function checkZip(bytes: Uint8Array): ZipCheck {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return dir.reason === "not-a-zip" ? refusal("FILE_UNREADABLE", "This is not an XLSX file: if it is a CSV, import it as CSV") : tooLarge();
  const declared = dir.entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > MAX_UNPACKED_BYTES) return tooLarge();
  let cells = 0;
  let rangeCells = 0;
  for (const entry of dir.entries) {
    // The declared size is the cap: JSZip would only compare it with the real size after unpacking all of it.
    const unpacked = unpackEntry(bytes, entry, entry.size);
    if (!unpacked.ok) return unpacked.reason === "broken" ? broken() : lying();
    if (!isSheet(entry)) continue;
    const xml = new TextDecoder().decode(unpacked.data);
    cells += countOf(xml, /<(?:\w+:)?c[\s>/]/g);
    rangeCells += rangeArea(xml);
    if (cells > MAX_CELLS) return refusal("FILE_TOO_LARGE", `The workbook has more than ${MAX_CELLS} cells: a bank has one row per question; delete the unused rows and columns`, { max: MAX_CELLS });
    if (rangeCells > MAX_RANGE_CELLS) {
      return refusal("FILE_TOO_LARGE", "The sheet merges cells or has a drop-down list (data validation) over a whole column or sheet: remove it, or limit it to the rows with questions", { max: MAX_RANGE_CELLS });
    }
  }
  return { ok: true };
}

/** An entry that unpacks to more than its directory says was made to fool a size check (or is damaged). */
const lying = (): ZipCheck =>
  refusal("FILE_TOO_LARGE", "A part of this workbook unpacks to more than its zip says: it is damaged, or built to fill the server's memory", { maxMb: MB });

const isSheet = (entry: ZipEntry): boolean => /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);

function countOf(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/** Cells covered by the sheet's merged ranges and data validations (exceljs creates each of them). */
function rangeArea(xml: string): number {
  let total = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?(?:mergeCell|dataValidation)\b[^<>]*?\b(?:ref|sqref)="([^"]*)"/g)) {
    for (const ref of (m[1] ?? "").split(/\s+/)) total += refArea(ref);
  }
  return total;
}

/** Cells in "B3:H3" (7) or "A1" (1); an unreadable reference counts as a whole sheet, so it is refused. */
export function refArea(ref: string): number {
  if (ref === "") return 0;
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(ref);
  if (!m) return Number.MAX_SAFE_INTEGER;
  const c1 = column(m[1] ?? "");
  const r1 = Number(m[2]);
  const c2 = m[3] === undefined ? c1 : column(m[3]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]);
  return (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
}

const column = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
