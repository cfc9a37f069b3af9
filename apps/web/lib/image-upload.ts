import { IMAGE_LIMITS, IMAGE_UPLOAD_TYPES, imageUploadResponseSchema, type ImageRef } from "@lousa/protocol";
import { request, type ApiError, type ApiResult, type Guard } from "./api";
import { sniffBlobType } from "./image-sniff";

/**
 * A question's picture going up (POST /api/images: the file itself as the body, its type as the
 * Content-Type, the teacher's session cookie), through lib/api.ts like every other call: a refusal, a
 * dropped connection or a strange answer all come back as an ApiError, its code one of the protocol's
 * (the picture codes IMAGE_* included), translated by the i18n's `error`.
 */

const isUploaded: Guard<{ image: ImageRef }> = (v): v is { image: ImageRef } => imageUploadResponseSchema.safeParse(v).success;

/** An error made here, before sending: the same shape the server's refusal would have. */
const refusedHere = (code: "IMAGE_UNSUPPORTED" | "IMAGE_TOO_LARGE"): ApiError => ({ code, message: code, status: 0, reason: code });

/**
 * Uploads one file. What the server would refuse for its type or size is refused here first (no 8 MB
 * sent for nothing); the server still checks the bytes themselves. The type sent is the one the file's
 * first bytes say, not `file.type` (which comes from the file's name and may lie: a PNG named .jpg).
 */
export async function uploadImage(file: Blob): Promise<ApiResult<ImageRef>> {
  if (file.size > IMAGE_LIMITS.maxBytes) return { ok: false, error: refusedHere("IMAGE_TOO_LARGE") };
  const type = await sniffBlobType(file);
  if (type === null) return { ok: false, error: refusedHere("IMAGE_UNSUPPORTED") };
  const r = await request("/api/images", isUploaded, { method: "POST", headers: { "content-type": type }, body: file });
  return r.ok ? { ok: true, data: r.data.image } : r;
}

/** Megabytes the upload may be, for the messages that quote it. */
export const UPLOAD_MAX_MB = Math.round(IMAGE_LIMITS.maxBytes / 1024 / 1024);

/** What the file input accepts (the browser's picker filters by it). */
export const UPLOAD_ACCEPT = IMAGE_UPLOAD_TYPES.join(",");

