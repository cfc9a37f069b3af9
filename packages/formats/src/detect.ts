import type { FormatId } from "./types";
import { decodeText } from "./text";
import { readZipDirectory, unpackEntry } from "./spreadsheet/zip-entries";

/**
 * Which format a file is in, for an upload that doesn't say: by its content first, its name's extension
 * where content can't tell (an empty file, a CSV without a header). Null when neither tells; the caller
 * asks the teacher. Pure and cheap: it reads at most one capped zip entry, never a whole workbook. Still,
 * it reads an untrusted file: the server calls it in the import worker (apps/server/src/import), under the
 * worker's timeout, never on the thread that runs the games.
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
  // Only [ \t], never \s: with the m flag this is tried at every line start, and a \s* there would run on
  // across the following blank lines each time (quadratic: 64K newlines took 4 s, 256 KB over a minute).
  if (AIKEN_ANSWER.test(text)) return "aiken";
  if (/(^|[^\\])\{/.test(text) && ext !== "csv") return "gift";
  if (ext === "csv" || ext === "tsv" || looksLikeTable(head)) return "lousa-csv";
  return null;
}

/**
 * An Aiken answer line, linear by construction (as is every pattern in this file): `^` starts it only at a
 * line start, and each `[ \t]*` stays on that line and is followed by a character it can't match, so a
 * character is scanned from one start at most, however many blank lines or spaces a file has. Exported
 * for its test only (index.ts exports detectFormat alone).
 */
export const AIKEN_ANSWER = /^[ \t]*ANSWER[ \t]*:[ \t]*[A-Za-z]\b/im;

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
