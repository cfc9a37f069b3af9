import zlib from "node:zlib";
import { checkZip } from "./zip-guard";
import { unpackEntry, type ZipEntry } from "./zip-entries";

/**
 * The unpack cap itself. A lying zip is refused FILE_TOO_LARGE whether or not the cap holds (unpacked
 * whole, it is still larger than declared), so the refusal alone proves nothing: these count the bytes
 * zlib really produces, through the one function that unpacks.
 */
const MB = 1024 * 1024;
const realInflate = zlib.inflateRawSync;

/** A raw deflate stream of `mb` MB of zeros, ~1 KB per MB: one flushed block repeated, then a final empty block. */
function zeros(mb: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(MB), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mb }, () => block), Buffer.from([0x03, 0x00])]);
}

/** A one-entry zip (local header, data, directory, end record) declaring `declared` bytes unpacked. */
function zipOf(name: string, packed: Buffer, declared: number): Uint8Array {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + packed.length, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

/** Spies on zlib: the most bytes each inflate produced (for one zlib stopped, the cap it was given). */
function countInflated(): number[] {
  const produced: number[] = [];
  jest.spyOn(zlib, "inflateRawSync").mockImplementation((input: zlib.InputType, options?: zlib.ZlibOptions) => {
    try {
      const out = realInflate(input, options);
      produced.push(out.byteLength);
      return out;
    } catch (e) {
      produced.push(options?.maxOutputLength ?? Number.POSITIVE_INFINITY);
      throw e;
    }
  });
  return produced;
}

afterEach(() => jest.restoreAllMocks());

describe("unpackEntry's cap", () => {
  const packed = zeros(256);

  it("stops an entry that inflates to 256 MB after the bytes asked for", () => {
    expect(packed.byteLength).toBeLessThan(300 * 1024);
    const entry: ZipEntry = { name: "xl/worksheets/sheet1.xml", method: 8, packedSize: packed.byteLength, size: 1000, localHeader: 0 };
    const produced = countInflated();
    expect(unpackEntry(zipOf(entry.name, packed, 1000), entry, 1000)).toEqual({ ok: false, reason: "too-large" });
    expect(produced).toHaveLength(1);
    expect(produced[0]).toBeLessThanOrEqual(1000);
  });

  it("still unpacks an honest entry in full", () => {
    const small = zeros(2);
    const entry: ZipEntry = { name: "x", method: 8, packedSize: small.byteLength, size: 2 * MB, localHeader: 0 };
    const unpacked = unpackEntry(zipOf("x", small, 2 * MB), entry, 2 * MB);
    expect(unpacked.ok && unpacked.data.byteLength).toBe(2 * MB);
  });

  it("checkZip unpacks a lying entry only up to its declared size", () => {
    const produced = countInflated();
    const check = checkZip(zipOf("xl/worksheets/sheet1.xml", packed, 1000));
    expect(check.ok || check.problem.code).toBe("FILE_TOO_LARGE");
    expect(produced.length).toBeGreaterThan(0);
    expect(Math.max(...produced)).toBeLessThanOrEqual(1000);
  });
});
