import type { FormatId } from "./types";
import { decodeText } from "./text";
import { readZipDirectory, unpackEntry } from "./spreadsheet/zip-entries";

/**
 * Which format a file is in, for an upload that doesn't say: by its content first, its name's extension
 * where content can't tell (an empty file, a CSV without a header). Null when neither tells; the caller
 * asks the teacher. Pure and cheap: it reads at most one capped zip entry, never a whole workbook.
 */
export function detectFormat(bytes: Uint8Array, filename?: string): FormatId | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename?.trim() ?? "")?.[1]?.toLowerCase() ?? "";
  if (isZip(bytes)) return isKahootWorkbook(bytes) ? "kahoot-xlsx" : "lousa-xlsx";
  // An old .xls: the spreadsheet importer explains how to save it as .xlsx.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return "lousa-xlsx";
  if (ext === "xlsx" || ext === "xls") return "lousa-xlsx";
  const text = decodeText(bytes.subarray(0, HEAD_BYTES));
  if (text === null) return null;
  const head = text.trimStart();
  if (ext === "xml" || /^<(\?xml|quiz\b)/i.test(head)) return "moodle-xml";
  if (ext === "gift") return "gift";
  if (ext === "aiken") return "aiken";
  // Aiken's ANSWER: lines are unmistakable; GIFT's answers are between { } (GIFT has no "ANSWER:" line).
  if (/^\s*ANSWER\s*:\s*[A-Za-z]\b/im.test(text)) return "aiken";
  if (/(^|[^\\])\{/.test(text) && ext !== "csv") return "gift";
  if (ext === "csv" || ext === "tsv" || looksLikeTable(head)) return "lousa-csv";
  return null;
}

/** Enough of a text file to tell its format (the whole file for a bank's usual size). */
const HEAD_BYTES = 256 * 1024;

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A first line split into three or more cells by `;`, `,` or a tab: a spreadsheet saved as CSV. */
const looksLikeTable = (head: string): boolean => [";", ",", "\t"].some((sep) => (head.split("\n", 1)[0] ?? "").split(sep).length >= 3);

/** Kahoot's template names its columns "Question - max 120 characters", "Correct answer(s)…", "Time limit (sec)…". */
function isKahootWorkbook(bytes: Uint8Array): boolean {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return false;
  const strings = dir.entries.find((e) => e.name === "xl/sharedStrings.xml") ?? dir.entries.find((e) => /^xl\/worksheets\/sheet1\.xml$/i.test(e.name));
  if (!strings || strings.size > 4 * 1024 * 1024) return false;
  const unpacked = unpackEntry(bytes, strings, strings.size);
  if (!unpacked.ok) return false;
  const xml = new TextDecoder().decode(unpacked.data);
  return /correct answer\(s\)/i.test(xml) && /time limit \(sec\)/i.test(xml);
}
