/**
 * Question banks in and out of Lousa. One entry point per direction, by format: the library's import
 * preview and its downloads call only these, never a format module directly.
 */
import { exportAiken } from "./aiken/export-aiken";
import { importAiken } from "./aiken/import-aiken";
import { exportGift } from "./gift/export-gift";
import { importGift } from "./gift/import-gift";
import { exportMoodleXml, importMoodleXml } from "./moodle-xml";
import { exportKahootXlsx, exportLousaCsv, exportLousaXlsx, importKahootXlsx, importLousaCsv, importLousaXlsx } from "./spreadsheet";
import { FORMAT_IDS, type BankDraft, type ExportedFile, type FormatId, type ImportDefaults, type ImportInput, type ImportResult } from "./types";

export * from "./types";
export { lousaTemplate } from "./spreadsheet";
export { detectFormat } from "./detect";

/** Every format, in the order a teacher sees them. */
export const FORMATS = FORMAT_IDS;
export const EXPORT_FORMATS = FORMATS;

/** Reads a file in `format`; every problem is reported, nothing is saved (that is the caller's, after the teacher confirms). */
export async function importBank(format: FormatId, input: ImportInput, defaults: ImportDefaults): Promise<ImportResult> {
  switch (format) {
    case "gift":
      return importGift(input, defaults);
    case "moodle-xml":
      return importMoodleXml(input, defaults);
    case "aiken":
      return importAiken(input, defaults);
    case "kahoot-xlsx":
      return importKahootXlsx(input, defaults);
    case "lousa-csv":
      return importLousaCsv(input, defaults);
    case "lousa-xlsx":
      return importLousaXlsx(input, defaults);
  }
}

/** Writes a bank in `format`; `notes` say what the format could not carry. `locale` picks the spreadsheet's language. */
export async function exportBank(format: FormatId, bank: BankDraft, locale: "pt-BR" | "en"): Promise<ExportedFile> {
  switch (format) {
    case "gift":
      return exportGift(bank);
    case "moodle-xml":
      return exportMoodleXml(bank);
    case "aiken":
      return exportAiken(bank);
    case "kahoot-xlsx":
      return exportKahootXlsx(bank);
    case "lousa-csv":
      return exportLousaCsv(bank, locale);
    case "lousa-xlsx":
      return exportLousaXlsx(bank, locale);
  }
}
