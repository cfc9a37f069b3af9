import type { ImageUploadType } from "@lousa/protocol";

/**
 * What a picture really is, from its first bytes (its "magic number"), not from its name. The browser's
 * `File.type` comes from the extension, and a picture saved from WhatsApp or the web is often named .jpg
 * while being PNG or WebP; the server refuses a Content-Type that disagrees with the bytes
 * (IMAGE_TYPE_MISMATCH), which the teacher could not fix, so the upload sends what the bytes say.
 */

/** How many bytes the longest signature needs ("RIFF" + size + "WEBP"). */
export const SNIFF_BYTES = 12;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** The type the bytes are, or null when they are none of the four pictures the server takes. */
export function sniffImageType(bytes: Uint8Array): ImageUploadType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  // RIFF, then 4 bytes of size, then the form type: WebP is one RIFF form among others (WAV, AVI).
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

/** Reads the start of a file (or any Blob) and sniffs it; a file that can't be read is no picture. */
export async function sniffBlobType(blob: Blob): Promise<ImageUploadType | null> {
  try {
    return sniffImageType(new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()));
  } catch {
    return null;
  }
}
