import { z } from "zod";

/**
 * Pictures on questions: the contract between the upload endpoint (POST /api/images), the pages that
 * show pictures (GET /api/images/:id) and the bank save, which refers to pictures by id.
 */

/**
 * An image id: 128 random bits in base64url (22 characters). Random, not a hash of the content, so an
 * id can't be derived from a picture someone else may have uploaded; the GET route is public (phones
 * have no session) and relies on ids being unguessable.
 */
export const IMAGE_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export const imageIdSchema = z.string().regex(IMAGE_ID_PATTERN);

/** What the server accepts and what it stores. Stored pictures never exceed the box of their size. */
export const IMAGE_LIMITS = {
  /** Largest upload body. */
  maxBytes: 8 * 1024 * 1024,
  /** Largest decoded picture (width × height, all frames of an animation together): stops decompression bombs. */
  maxPixels: 40_000_000,
  /** An animation keeps at most this many frames (the rest is cut). */
  maxFrames: 100,
  /** The box the projector version fits in (never enlarged). */
  projector: { width: 1600, height: 1200 },
  /** The box the phone version fits in (never enlarged). */
  phone: { width: 720, height: 720 },
} as const;

/** Content-Types an upload may declare; each must match what the bytes are. */
export const IMAGE_UPLOAD_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;
export type ImageUploadType = (typeof IMAGE_UPLOAD_TYPES)[number];

/** Every stored picture is re-encoded to this type (animated when the upload was). */
export const STORED_IMAGE_TYPE = "image/webp";

export const IMAGE_SIZES = ["projector", "phone"] as const;
export type ImageSize = (typeof IMAGE_SIZES)[number];

/**
 * The codes the image routes answer with (besides NOT_SIGNED_IN, RATE_LIMITED, INVALID_PAYLOAD and
 * INTERNAL), in the usual `{ ok: false, error: { code, message } }` body.
 */
export const IMAGE_ERROR_CODES = [
  /** 415: not a PNG, JPEG, WebP or GIF (by its bytes). */
  "IMAGE_UNSUPPORTED",
  /** 415: the declared Content-Type is not what the bytes are (a PNG sent as image/jpeg). */
  "IMAGE_TYPE_MISMATCH",
  /** 413: over IMAGE_LIMITS.maxBytes. */
  "IMAGE_TOO_LARGE",
  /** 400: damaged or truncated, or took too long to read. */
  "IMAGE_UNREADABLE",
  /** 400: more than IMAGE_LIMITS.maxPixels. */
  "IMAGE_TOO_MANY_PIXELS",
  /** 503: the server is busy with other uploads; try again in a moment. */
  "IMAGE_BUSY",
  /** 404: no picture with that id (or not an id at all). */
  "IMAGE_NOT_FOUND",
] as const;
export type ImageErrorCode = (typeof IMAGE_ERROR_CODES)[number];

/** A stored picture as the bank editor refers to it: width and height are the projector version's. */
export const imageRefSchema = z.object({
  id: imageIdSchema,
  width: z.int().positive(),
  height: z.int().positive(),
});
export type ImageRef = z.infer<typeof imageRefSchema>;

/** 201 body of POST /api/images. */
export const imageUploadResponseSchema = z.object({ image: imageRefSchema });
export type ImageUploadResponse = z.infer<typeof imageUploadResponseSchema>;

/** Where a picture is served: the projector version by default, a smaller one for phones. */
export function imageUrl(id: string, size: ImageSize = "projector"): string {
  const path = `/api/images/${encodeURIComponent(id)}`;
  return size === "phone" ? `${path}?size=phone` : path;
}
