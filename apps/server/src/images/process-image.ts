import sharp, { type Metadata, type Sharp } from "sharp";
import { IMAGE_LIMITS, STORED_IMAGE_TYPE, type ImageErrorCode, type ImageUploadType } from "@lousa/protocol";

/** One re-encoded version of a picture. */
export interface EncodedImage {
  readonly width: number;
  readonly height: number;
  readonly bytes: Uint8Array;
}

/** Both versions of an accepted picture, in STORED_IMAGE_TYPE. */
export interface ProcessedImage {
  readonly mime: typeof STORED_IMAGE_TYPE;
  readonly projector: EncodedImage;
  readonly phone: EncodedImage;
}

export type ImageRefusal = { readonly status: 400; readonly code: Extract<ImageErrorCode, "IMAGE_UNREADABLE" | "IMAGE_TOO_MANY_PIXELS">; readonly message: string };
export type ProcessOutcome = { readonly ok: true; readonly image: ProcessedImage } | ({ readonly ok: false } & ImageRefusal);

/** A picture that takes longer than this to decode and encode is refused (a hostile or broken file). */
const TIMEOUT_SECONDS = 30;
const QUALITY = 80;

const unreadable = (message: string): ProcessOutcome => ({ ok: false, status: 400, code: "IMAGE_UNREADABLE", message });
const tooManyPixels = (): ProcessOutcome => ({
  ok: false,
  status: 400,
  code: "IMAGE_TOO_MANY_PIXELS",
  message: `The picture is too large in pixels (at most ${IMAGE_LIMITS.maxPixels / 1_000_000} megapixels): make it smaller and try again`,
});

/** Re-encodes `input` (decoded by sharp) to fit inside `box`, never enlarged, as (animated) WebP. */
async function encode(input: Sharp, box: { readonly width: number; readonly height: number }): Promise<EncodedImage> {
  const { data, info } = await input
    .resize({ width: box.width, height: box.height, fit: "inside", withoutEnlargement: true })
    .webp({ quality: QUALITY })
    .timeout({ seconds: TIMEOUT_SECONDS })
    .toBuffer({ resolveWithObject: true });
  // An animation's frames are stacked: info.height is all of them, pageHeight one frame.
  return { width: info.width, height: info.pageHeight ?? info.height, bytes: data };
}

/**
 * Turns an upload (already sniffed as `type`) into the two stored versions: oriented by its EXIF
 * Orientation, then every metadata block dropped (sharp keeps none unless asked: no GPS position, no
 * camera serial, no ICC), resized to fit the projector's and the phones' boxes, encoded as WebP. An
 * animated GIF or WebP stays animated (at most IMAGE_LIMITS.maxFrames frames).
 *
 * Refuses with IMAGE_TOO_MANY_PIXELS before decoding anything larger than IMAGE_LIMITS.maxPixels (the
 * header alone says how large the picture is), and with IMAGE_UNREADABLE whatever the decoder can't read.
 */
export async function processImage(bytes: Uint8Array, type: ImageUploadType): Promise<ProcessOutcome> {
  const animatable = type === "image/gif" || type === "image/webp";
  let header: Metadata;
  try {
    // Reads the header only, so the pixel limit is off here: the check below is ours, with a clear refusal.
    header = await sharp(bytes, { animated: animatable, limitInputPixels: false }).metadata();
  } catch {
    return unreadable("The picture could not be read: is the file damaged?");
  }
  const frameHeight = header.pageHeight ?? header.height;
  const framePixels = header.width * frameHeight;
  if (header.width <= 0 || frameHeight <= 0) return unreadable("The picture has no size: is the file damaged?");
  if (framePixels > IMAGE_LIMITS.maxPixels) return tooManyPixels();
  // A long animation is cut rather than refused: its first frames within the pixel budget are kept.
  const frames = Math.max(1, Math.min(header.pages ?? 1, IMAGE_LIMITS.maxFrames, Math.floor(IMAGE_LIMITS.maxPixels / framePixels)));
  const animated = animatable && frames > 1;

  try {
    const decoded = sharp(bytes, {
      ...(animated ? { animated: true, pages: frames } : {}),
      // The same limit again, enforced by the decoder itself (our header check could misread a file).
      limitInputPixels: IMAGE_LIMITS.maxPixels,
      // "error", not the default "warning": phones' JPEGs often carry harmless warnings; a truncated or
      // corrupt file is still an error.
      failOn: "error",
      sequentialRead: true,
    }).autoOrient();
    const projector = await encode(decoded, IMAGE_LIMITS.projector);
    // The phone version is made from the projector one (already oriented, stripped and at most
    // 1600×1200) rather than from the upload again: a fraction of the work for a 12 MP photo.
    const phone = await encode(sharp(projector.bytes, { animated, limitInputPixels: IMAGE_LIMITS.maxPixels }), IMAGE_LIMITS.phone);
    return { ok: true, image: { mime: STORED_IMAGE_TYPE, projector, phone } };
  } catch (e: unknown) {
    const message = e instanceof Error ? e.message : "";
    if (/pixel limit/i.test(message)) return tooManyPixels();
    if (/timeout/i.test(message)) return unreadable("The picture took too long to read: save it again in another program, or make it smaller");
    return unreadable("The picture could not be read: is the file damaged or cut short?");
  }
}

/**
 * Keeps picture work off most of the machine: libvips uses one thread per picture (with the upload
 * gate's two at a time, at most two cores), and keeps no cache of decoded images between uploads.
 * Process-wide; called once by the images router.
 */
export function limitImageWork(): void {
  sharp.concurrency(1);
  sharp.cache(false);
}
