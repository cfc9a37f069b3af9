import type { ImageUploadType } from "@lousa/protocol";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const GIF87 = ascii("GIF87a");
const GIF89 = ascii("GIF89a");
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
}

/**
 * What an upload really is, by its first bytes (never by its name or declared type): one of the four
 * types a question picture may be, or null. Only a quick filter: the decoder still has to read it.
 */
export function sniffImageType(bytes: Uint8Array): ImageUploadType | null {
  if (startsWith(bytes, PNG)) return "image/png";
  if (startsWith(bytes, JPEG)) return "image/jpeg";
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return "image/gif";
  // RIFF <4-byte size> WEBP: other RIFF files (WAV, AVI) share the first four bytes.
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return "image/webp";
  return null;
}

/**
 * The media type of a Content-Type header, lower-cased, without parameters ("image/PNG; x=y" →
 * "image/png"); "" when absent.
 */
export function declaredType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}
