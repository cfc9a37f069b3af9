import { declaredType, sniffImageType } from "./sniff";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("sniffImageType", () => {
  it.each([
    ["PNG", bytes([0x89], "PNG\r\n\x1a\n", [0, 0, 0, 13]), "image/png"],
    ["JPEG (JFIF)", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF"), "image/jpeg"],
    ["JPEG (Exif)", bytes([0xff, 0xd8, 0xff, 0xe1]), "image/jpeg"],
    ["GIF87a", bytes("GIF87a", [1, 0, 1, 0]), "image/gif"],
    ["GIF89a", bytes("GIF89a", [1, 0, 1, 0]), "image/gif"],
    ["WebP", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), "image/webp"],
  ])("tells %s by its magic bytes", (_name, file, type) => {
    expect(sniffImageType(file)).toBe(type);
  });

  it.each([
    ["empty", bytes()],
    ["text", bytes("hello, this is not a picture")],
    ["HTML pretending", bytes("<svg xmlns='http://www.w3.org/2000/svg'>")],
    ["a WAV (RIFF but not WEBP)", bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt ")],
    ["RIFF cut short", bytes("RIFF", [0x24, 0])],
    ["PNG signature cut short", bytes([0x89], "PNG\r\n")],
    ["GIF of an unknown version", bytes("GIF90a")],
    ["two bytes of JPEG", bytes([0xff, 0xd8])],
    ["BMP", bytes("BM", [0, 0, 0, 0])],
    ["TIFF", bytes("II*", [0])],
  ])("refuses %s", (_name, file) => {
    expect(sniffImageType(file)).toBeNull();
  });
});

describe("declaredType", () => {
  it.each([
    ["image/png", "image/png"],
    ["IMAGE/PNG", "image/png"],
    ["image/jpeg; charset=binary", "image/jpeg"],
    [" image/gif ", "image/gif"],
    [undefined, ""],
    ["", ""],
  ])("%p → %p", (header, type) => {
    expect(declaredType(header)).toBe(type);
  });
});
