import { randomBytes } from "node:crypto";
import express, { Router, type RequestHandler, type Response } from "express";
import { memoryLimiters, type LimiterFactory } from "../cluster/limiters";
import { z } from "zod";
import type { ImageRepository } from "@lousa/db";
import { IMAGE_LIMITS, IMAGE_SIZES, IMAGE_UPLOAD_TYPES, imageIdSchema, type ErrorCode, type ImageErrorCode, type ImageUploadResponse } from "@lousa/protocol";
import type { Auth } from "../auth/auth";
import { requireTeacher, teacherOf } from "../auth/teacher-session";
import type { Logger } from "../logger";
import { limitImageWork, processImage } from "./process-image";
import { declaredType, sniffImageType } from "./sniff";
import { uploadGate, type UploadGate } from "./upload-gate";
import { uploadsInFlight } from "./uploads-in-flight";

export interface ImagesRouterDeps {
  /** Where the upload budgets live (memory by default, Redis with several servers). */
  readonly limiters?: LimiterFactory;
  readonly images: ImageRepository;
  readonly auth: Auth;
  readonly log: Logger;
  /** The app's check that a cookie-authorised change comes from our own pages. */
  readonly sameOrigin: RequestHandler;
  /** Uploads one teacher may make per minute. */
  readonly uploadsPerMinute?: number;
  /** Where uploads wait for the CPU (default: two at a time, a few waiting up to 10 s). */
  readonly gate?: UploadGate;
}

/** Same body as sendError (host-auth.ts), which only takes the game's codes: the image codes are their own list. */
function refuse(res: Response, status: number, code: ImageErrorCode | ErrorCode, message: string): void {
  res.status(status).set("Cache-Control", "no-store").json({ ok: false, error: { code, message } });
}

const MB = Math.round(IMAGE_LIMITS.maxBytes / 1024 / 1024);
const TYPES = IMAGE_UPLOAD_TYPES.join(", ");

/**
 * The file's bytes, untouched, whatever its Content-Type (checked against the bytes afterwards). The
 * router is mounted before the API's 16 KB JSON parser, so nothing else has read the body; a form or a
 * compressed body is refused rather than guessed at, and a body over the limit is refused by its
 * Content-Length before it is read.
 */
function rawImage(): RequestHandler {
  const raw = express.raw({ type: () => true, limit: IMAGE_LIMITS.maxBytes, inflate: false });
  return (req, res, next) => {
    if (req.is("multipart/*")) return refuse(res, 415, "IMAGE_UNSUPPORTED", `Send the picture itself as the body, with its Content-Type (${TYPES}), not a form`);
    raw(req, res, (e?: unknown) => {
      if (e === undefined || e === null) return next();
      const status = typeof e === "object" && "status" in e ? e.status : undefined;
      if (status === 413) return refuse(res, 413, "IMAGE_TOO_LARGE", `The picture is larger than ${MB} MB: make it smaller and try again`);
      if (status === 415) return refuse(res, 415, "IMAGE_UNSUPPORTED", "Send the picture uncompressed (no Content-Encoding)");
      next(e);
    });
  };
}

const getQuery = z.object({ size: z.enum(IMAGE_SIZES).optional() });
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * POST /api/images (a teacher uploads one picture: 201 `{ image: { id, width, height } }`) and
 * GET /api/images/:id[?size=phone] (anyone: phones have no session, and ids are unguessable). See
 * packages/protocol/src/images.ts for the limits and codes.
 */
export function imagesRouter(deps: ImagesRouterDeps): Router {
  limitImageWork();
  const gate = deps.gate ?? uploadGate({ running: 2, waiting: 4, maxWaitMs: 10_000 });
  const limiter = (deps.limiters ?? memoryLimiters)({ name: "image-uploads", points: deps.uploadsPerMinute ?? 30, duration: 60 });
  const perTeacher: RequestHandler = (_req, res, next) => {
    limiter.consume(teacherOf(res).id).then(
      () => next(),
      () => refuse(res, 429, "RATE_LIMITED", "Too many pictures in a minute: wait a moment and try again"),
    );
  };
  const busy = (res: Response) => {
    res.set("Retry-After", "5");
    refuse(res, 503, "IMAGE_BUSY", "The server is busy with other pictures: try again in a moment");
  };
  // As many bodies held at once as the gate runs and queues, and two per teacher.
  const inFlight = uploadsInFlight({ overall: 6, perKey: 2 }, (res) => teacherOf(res).id, busy);
  const r = Router();

  // Who may upload is settled before the body is read: nobody signed out makes the server take 8 MB.
  r.post("/", requireTeacher(deps.auth), deps.sameOrigin, perTeacher, inFlight, rawImage(), async (req, res) => {
    const body: unknown = req.body;
    const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
    const declared = declaredType(req.get("content-type"));
    const actual = sniffImageType(bytes);
    if (!actual) return refuse(res, 415, "IMAGE_UNSUPPORTED", `This file is not a picture Lousa takes (${TYPES})`);
    if (declared !== actual) return refuse(res, 415, "IMAGE_TYPE_MISMATCH", `The file is ${actual} but was sent as ${declared || "no type"}`);
    const teacher = teacherOf(res);
    const started = Date.now();
    const outcome = await gate.run(() => processImage(bytes, actual));
    if (outcome === "busy") {
      deps.log.warn({ teacher: teacher.id, bytes: bytes.byteLength }, "image upload refused: busy");
      return busy(res);
    }
    const fields = { teacher: teacher.id, type: actual, bytes: bytes.byteLength, ms: Date.now() - started };
    if (!outcome.ok) {
      deps.log.warn({ ...fields, code: outcome.code }, "image upload refused");
      return refuse(res, outcome.status, outcome.code, outcome.message);
    }
    const { projector, phone, mime } = outcome.image;
    // 128 random bits: the GET route is public, so an id is the only thing keeping a picture private.
    const id = randomBytes(16).toString("base64url");
    await deps.images.save({ id, ownerId: teacher.id, mime, width: projector.width, height: projector.height, bytes: projector.bytes, phoneWidth: phone.width, phoneHeight: phone.height, phoneBytes: phone.bytes });
    deps.log.info({ ...fields, id, stored: projector.bytes.byteLength + phone.bytes.byteLength }, "image stored");
    const response: ImageUploadResponse = { image: { id, width: projector.width, height: projector.height } };
    res.status(201).set("Cache-Control", "no-store").json(response);
  });

  r.get("/:id", async (req, res) => {
    const id = imageIdSchema.safeParse(req.params.id);
    if (!id.success) return refuse(res, 404, "IMAGE_NOT_FOUND", "No picture with that id");
    const query = getQuery.safeParse(req.query);
    if (!query.success) return refuse(res, 400, "INVALID_PAYLOAD", `size must be one of ${IMAGE_SIZES.join(", ")}`);
    const size = query.data.size ?? "projector";
    // A stored picture never changes (a new upload is a new id), so id and size name its bytes exactly.
    const etag = `"${id.data}-${size}"`;
    const headers = { "Cache-Control": `public, max-age=${YEAR_SECONDS}, immutable`, "X-Content-Type-Options": "nosniff", ETag: etag };
    // Answered before reading the blob: a projector revalidating its pictures costs no database read.
    if (req.get("if-none-match")?.split(",").some((tag) => tag.trim() === etag)) return void res.status(304).set(headers).end();
    const image = await deps.images.find(id.data, size);
    if (!image) return refuse(res, 404, "IMAGE_NOT_FOUND", "No picture with that id");
    res.status(200).set({ ...headers, "Content-Type": image.mime, "Content-Length": String(image.bytes.byteLength) }).end(Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength));
  });
  return r;
}
