/** Spreadsheet formats: Lousa's own CSV/XLSX layout (documented in layout.ts) and Kahoot's quiz template. */
export { importLousaCsv, importLousaXlsx } from "./lousa-import";
export { exportLousaCsv, exportLousaXlsx, lousaTemplate } from "./lousa-export";
export { importKahootXlsx } from "./kahoot-import";
export { exportKahootXlsx } from "./kahoot-export";
export { KAHOOT } from "./kahoot-layout";
export type { Locale as SpreadsheetLocale } from "./layout";
