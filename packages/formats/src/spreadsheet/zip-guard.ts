/**
 * An XLSX is a zip, and a 5 MB zip can unpack to gigabytes. exceljs (through JSZip) unpacks everything
 * it is given, so before it runs, the zip's own directory is read and a file that says it unpacks to
 * more than MAX_UNPACKED_BYTES is refused. A bank of 500 long questions unpacks to a few megabytes.
 * (The directory's sizes are what the file declares; JSZip checks each entry's real size against them.)
 */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 2000;

export const looksLikeZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The OLE2 signature of Excel 97–2003 .xls files, which exceljs can't read. */
export const looksLikeOldExcel = (bytes: Uint8Array): boolean => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

export type ZipCheck = "ok" | "not-a-zip" | "too-large";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** Sums the unpacked sizes the zip's central directory declares. */
export function checkZip(bytes: Uint8Array): ZipCheck {
  if (!looksLikeZip(bytes)) return "not-a-zip";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 bytes plus at most a 65535-byte comment.
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return "not-a-zip";
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64: far beyond anything a question bank needs.
  if (entries === 0xffff || at === 0xffffffff || entries > MAX_ENTRIES) return "too-large";
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return "not-a-zip";
    const unpacked = view.getUint32(at + 24, true);
    if (unpacked === 0xffffffff) return "too-large";
    total += unpacked;
    if (total > MAX_UNPACKED_BYTES) return "too-large";
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return "ok";
}
