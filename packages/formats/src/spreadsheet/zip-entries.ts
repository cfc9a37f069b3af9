import { inflateRawSync } from "node:zlib";

/**
 * A zip's central directory, read by hand (no library unpacks anything before the guards have run), and
 * its entries unpacked one at a time with a hard cap on the output, so a lying size can't make anything
 * larger than the cap exist in memory.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused (xlsx writers use only these). */
  readonly method: number;
  readonly packedSize: number;
  /** What the directory says it unpacks to: checked against the real size when unpacked. */
  readonly size: number;
  readonly localHeader: number;
}

export type ZipDirectory = { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false; readonly reason: "not-a-zip" | "too-many-entries" | "zip64" };

export const looksLikeZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** More entries than any workbook has (a bank's xlsx has about 10): a zip of tiny files is its own kind of bomb. */
const MAX_ENTRIES = 2000;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (!looksLikeZip(bytes)) return { ok: false, reason: "not-a-zip" };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 bytes plus at most a 65535-byte comment.
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: "not-a-zip" };
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64: far beyond anything a question bank needs.
  if (count === 0xffff || at === 0xffffffff) return { ok: false, reason: "zip64" };
  if (count > MAX_ENTRIES) return { ok: false, reason: "too-many-entries" };
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { ok: false, reason: "not-a-zip" };
    const nameLength = view.getUint16(at + 28, true);
    const size = view.getUint32(at + 24, true);
    const packedSize = view.getUint32(at + 20, true);
    if (size === 0xffffffff || packedSize === 0xffffffff) return { ok: false, reason: "zip64" };
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      packedSize,
      size,
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries };
}

export type Unpacked = { readonly ok: true; readonly data: Uint8Array } | { readonly ok: false; readonly reason: "too-large" | "broken" };

/**
 * An entry's bytes, refused when it unpacks to more than `max` bytes (its declared size, or less) or is
 * damaged. zlib stops as soon as its output passes `maxOutputLength`, so a bomb costs at most `max` here.
 */
export function unpackEntry(bytes: Uint8Array, entry: ZipEntry, max: number): Unpacked {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) return { ok: false, reason: "broken" };
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.packedSize > bytes.byteLength) return { ok: false, reason: "broken" };
  const packed = bytes.subarray(start, start + entry.packedSize);
  if (entry.method === 0) return packed.byteLength === entry.size && packed.byteLength <= max ? { ok: true, data: packed } : { ok: false, reason: "broken" };
  if (entry.method !== 8) return { ok: false, reason: "broken" };
  try {
    // maxOutputLength must be at least 1; an entry that should be empty is checked below.
    const data = inflateRawSync(packed, { maxOutputLength: Math.max(1, max) });
    return data.byteLength <= max ? { ok: true, data } : { ok: false, reason: "too-large" };
  } catch (e) {
    const code = typeof e === "object" && e !== null && "code" in e ? e.code : undefined;
    return { ok: false, reason: code === "ERR_BUFFER_TOO_LARGE" ? "too-large" : "broken" };
  }
}
