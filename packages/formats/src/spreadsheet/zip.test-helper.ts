import { deflateRawSync } from "node:zlib";
import { readZipDirectory, unpackEntry } from "./zip-entries";

/** A zip entry to write; `declared` overrides the unpacked size the directory states (a lying zip). */
export interface TestEntry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly declared?: number;
}

/** Writes a zip (deflate) the way any zip tool would, but able to lie about sizes. Tests only. */
export function writeZip(entries: readonly TestEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const size = e.declared ?? e.data.byteLength;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A real workbook's entries with one part's text changed (e.g. a merge range added to a sheet). */
export function patchZip(bytes: Uint8Array, name: string, change: (xml: string) => string): Uint8Array {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error("not a zip");
  return writeZip(
    dir.entries.map((e) => {
      const unpacked = unpackEntry(bytes, e, e.size);
      if (!unpacked.ok) throw new Error(`cannot unpack ${e.name}`);
      return { name: e.name, data: e.name === name ? Buffer.from(change(new TextDecoder().decode(unpacked.data))) : unpacked.data };
    }),
  );
}
