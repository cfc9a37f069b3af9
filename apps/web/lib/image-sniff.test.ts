import { uploadImage } from "./image-upload";
import { sniffBlobType, sniffImageType } from "./image-sniff";

const bytes = (...parts: (string | number[])[]): Uint8Array<ArrayBuffer> => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF");
const WEBP = bytes("RIFF", [0x24, 0x08, 0, 0], "WEBPVP8 ");

describe("sniffImageType", () => {
  it.each([
    ["PNG", PNG, "image/png"],
    ["JPEG (JFIF)", JPEG, "image/jpeg"],
    ["JPEG (Exif)", bytes([0xff, 0xd8, 0xff, 0xe1]), "image/jpeg"],
    ["GIF87a", bytes("GIF87a", [1, 0]), "image/gif"],
    ["GIF89a", bytes("GIF89a", [1, 0]), "image/gif"],
    ["WebP", WEBP, "image/webp"],
  ])("knows %s by its first bytes", (_name, b, type) => {
    expect(sniffImageType(b)).toBe(type);
  });

  it.each([
    ["a WAV (RIFF, but not WEBP)", bytes("RIFF", [0, 0, 0, 0], "WAVEfmt ")],
    ["a HEIC photo", bytes([0, 0, 0, 0x18], "ftypheic")],
    ["a PDF", bytes("%PDF-1.7")],
    ["a GIF of an unknown version", bytes("GIF90a")],
    ["a PNG cut short", PNG.slice(0, 4)],
    ["an empty file", new Uint8Array()],
  ])("refuses %s", (_name, b) => {
    expect(sniffImageType(b)).toBeNull();
  });

  it("reads the start of a Blob", async () => {
    expect(await sniffBlobType(new Blob([WEBP, new Uint8Array(100)]))).toBe("image/webp");
    expect(await sniffBlobType(new Blob(["hello"]))).toBeNull();
  });
});

describe("uploadImage", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });
  const image = { id: "img_1", width: 10, height: 10 };

  it("sends the type the bytes say, not the one the name gave (a PNG saved as .jpg)", async () => {
    const mock = jest.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify({ ok: true, data: { image } }), { status: 201 }));
    globalThis.fetch = mock;
    await uploadImage(new Blob([PNG], { type: "image/jpeg" }));
    expect(mock).toHaveBeenCalledTimes(1);
    expect(new Headers(mock.mock.calls[0]?.[1]?.headers).get("content-type")).toBe("image/png");
  });

  it("refuses in the browser what is none of the four pictures, before any upload", async () => {
    const mock = jest.fn();
    globalThis.fetch = mock;
    const r = await uploadImage(new Blob([bytes("%PDF-1.7")], { type: "image/png" }));
    expect(r.ok ? null : r.error.code).toBe("IMAGE_UNSUPPORTED");
    expect(mock).not.toHaveBeenCalled();
  });
});
