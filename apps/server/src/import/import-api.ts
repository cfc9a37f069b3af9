import express, { Router, type RequestHandler } from "express";
import { z } from "zod";
import { FORMAT_IDS, lousaTemplate, MAX_IMPORT_BYTES } from "@lousa/formats";
import type { Auth } from "../auth/auth";
import { requireTeacher, teacherOf } from "../auth/teacher-session";
import { sendError } from "../http/host-auth";
import type { Logger } from "../logger";
import { importRunner, type ImportRunner } from "./import-runner";
import type { ImportJob } from "./import-worker";

const previewQuery = z.object({
  format: z.enum(FORMAT_IDS).optional(),
  language: z.enum(["pt-BR", "en"]).optional(),
  // Only used to tell the format (its extension) when `format` is absent.
  filename: z.string().max(255).optional(),
});

const templateQuery = z.object({
  format: z.enum(["lousa-csv", "lousa-xlsx"]),
  locale: z.enum(["pt-BR", "en"]).optional(),
});

/**
 * The upload's bytes, untouched, whatever its Content-Type (the client sends application/octet-stream).
 * The router is mounted before the API's JSON parser, so nothing has read the body; a multipart form
 * (its boundaries would be read as the file) and a compressed body are refused rather than guessed at.
 */
function rawUpload(): RequestHandler {
  const raw = express.raw({ type: () => true, limit: MAX_IMPORT_BYTES, inflate: false });
  const mb = Math.round(MAX_IMPORT_BYTES / 1024 / 1024);
  return (req, res, next) => {
    if (req.is("multipart/*")) return sendError(res, 415, "INVALID_PAYLOAD", "Send the file itself as the body (Content-Type: application/octet-stream), not a form");
    raw(req, res, (e?: unknown) => {
      if (e === undefined || e === null) return Buffer.isBuffer(req.body) ? next() : sendError(res, 415, "INVALID_PAYLOAD", "Send the file as application/octet-stream");
      const status = typeof e === "object" && "status" in e ? e.status : undefined;
      if (status === 413) return sendError(res, 413, "FILE_TOO_LARGE", `The file is larger than ${mb} MB: split it into smaller banks`);
      if (status === 415) return sendError(res, 415, "INVALID_PAYLOAD", "Send the file uncompressed (no Content-Encoding)");
      next(e);
    });
  };
}

/**
 * POST /api/import/preview and GET /api/import/template (see packages/protocol/src/library.ts).
 * The preview reads a file in a worker thread (import-runner.ts), telling its format there too when the
 * query doesn't, and answers the ImportResult: nothing is saved here; the browser saves the questions
 * the teacher keeps with POST /api/banks.
 */
export function importRouter(auth: Auth, log: Logger, sameOrigin: RequestHandler, runner: ImportRunner = importRunner): Router {
  const r = Router();
  // The teacher check comes first, so nobody signed out can make the server read 5 MB; the session is
  // a cookie, so the upload must come from our own pages.
  r.post("/preview", requireTeacher(auth), sameOrigin, rawUpload(), async (req, res) => {
    const query = previewQuery.safeParse(req.query);
    if (!query.success) return sendError(res, 400, "INVALID_PAYLOAD", `format must be one of ${FORMAT_IDS.join(", ")}; language pt-BR or en`);
    const bytes: unknown = req.body;
    if (!Buffer.isBuffer(bytes) || bytes.byteLength === 0) return sendError(res, 400, "INVALID_PAYLOAD", "The file is empty");
    const teacher = teacherOf(res);
    const started = Date.now();
    // Without a format the worker tells it: nothing reads the untrusted bytes on this thread, which runs
    // every live game (a slow pattern in detection once froze them all for a minute).
    const job: ImportJob = { format: query.data.format ?? null, filename: query.data.filename, bytes: new Uint8Array(bytes), language: query.data.language ?? "pt-BR" };
    const outcome = await runner.run(teacher.id, job);
    const fields = { teacher: teacher.id, format: outcome.ok ? outcome.result.format : (query.data.format ?? "unknown"), bytes: bytes.byteLength, ms: Date.now() - started };
    if (!outcome.ok) {
      log.warn({ ...fields, reason: outcome.reason }, "import refused");
      if (outcome.code === "RATE_LIMITED") return sendError(res, 429, "RATE_LIMITED", outcome.reason);
      if (outcome.code === "UNKNOWN_FORMAT") return sendError(res, 400, "INVALID_PAYLOAD", outcome.reason);
      return sendError(res, 422, "IMPORT_REFUSED", `This file could not be read safely (${outcome.reason}): is it damaged? Open it and save it again, or split it`);
    }
    log.info({ ...fields, questions: outcome.result.questions.length, problems: outcome.result.problems.length }, "import preview");
    res.set("Cache-Control", "no-store").json(outcome.result);
  });

  r.get("/template", requireTeacher(auth), async (req, res) => {
    const query = templateQuery.safeParse(req.query);
    if (!query.success) return sendError(res, 400, "INVALID_PAYLOAD", "format must be lousa-csv or lousa-xlsx; locale pt-BR or en");
    const file = await lousaTemplate(query.data.locale ?? "pt-BR", query.data.format === "lousa-csv" ? "csv" : "xlsx");
    res
      .type(file.contentType)
      .set("Content-Disposition", `attachment; filename="${file.filename.replace(/[^\w.\- ]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .set("Cache-Control", "no-store")
      .send(Buffer.from(file.body));
  });
  return r;
}
