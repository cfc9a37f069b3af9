import express, { Router, type RequestHandler, type Response } from "express";
import helmet from "helmet";
import { EXPORT_FORMATS, exportBank } from "@lousa/formats";
import { z } from "zod";
import type { BankRepository, ImageRepository, LibraryEntry, LibraryEntryWithContent, LibraryRefusal } from "@lousa/db";
import { bankDraftSchema, bankIssues, librarySearchSchema, patchBankSchema, QUESTION_LIMITS, saveBankSchema, type BankDraft, type ExportNote, type LibraryBank, type LibraryBankDetail, type QuestionIssue, type Teacher } from "@lousa/protocol";
import type { Auth } from "../auth/auth";
import { requireTeacher, teacherOf } from "../auth/teacher-session";
import { sendError } from "./host-auth";
import { withStoredPictures } from "./bank-pictures";

/**
 * The largest bank body: 500 questions at every text limit, in 3-byte UTF-8, is about 7 MB. Everything
 * else under /api takes 16 KB.
 */
const BANK_BODY_LIMIT = "8mb";

/** A stored bank as the editor and the export formats see it. */
export function toDraft(content: LibraryEntryWithContent["content"]): BankDraft {
  return {
    title: content.title,
    description: content.description,
    language: content.language === "en" ? "en" : "pt-BR",
    questions: content.questions.map((q) => ({ ...q, options: [...q.options], correct: [...q.correct] })),
  };
}

function toLibraryBank(entry: LibraryEntry, teacher: Teacher): LibraryBank {
  return {
    id: entry.id,
    title: entry.title,
    description: entry.description,
    language: entry.language === "en" ? "en" : "pt-BR",
    questionCount: entry.questionCount,
    access: entry.builtIn ? "builtIn" : entry.ownerId === teacher.id ? "own" : "shared",
    ownerName: entry.builtIn ? null : entry.ownerName,
    shared: entry.shared,
    revision: entry.revision,
    updatedAt: entry.updatedAt,
    deletedAt: entry.deletedAt,
  };
}

function toDetail(entry: LibraryEntryWithContent, teacher: Teacher): LibraryBankDetail {
  return { ...toLibraryBank(entry, teacher), draft: toDraft(entry.content) };
}

function refused(res: Response, refusal: LibraryRefusal): void {
  if (refusal === "notFound") return sendError(res, 404, "BANK_NOT_FOUND", "No question bank with that id in your library");
  if (refusal === "readOnly") return sendError(res, 403, "BANK_READ_ONLY", "Only its owner can change this bank: duplicate it to make your own");
  sendError(res, 409, "BANK_CHANGED", "This bank was saved elsewhere after you opened it: reload it");
}

function isRefusal<T>(value: T | LibraryRefusal): value is LibraryRefusal {
  return typeof value === "string";
}

/** A draft that breaks a rule: 400 with every issue, so the editor can mark each field. */
function invalidDraft(res: Response, body: unknown, issues: readonly QuestionIssue[] = bankIssues(body)): void {
  res.status(400).json({ ok: false, error: { code: "BANK_INVALID", message: "The bank has problems: see issues" }, issues });
}

/** The copy's title, within the title limit, in the bank's language (never cutting a character in half). */
function copyTitle(title: string, language: string): string {
  const suffix = language === "en" ? " (copy)" : " (cópia)";
  let kept = "";
  for (const char of title) {
    if (kept.length + char.length > QUESTION_LIMITS.bankTitle - suffix.length) break;
    kept += char;
  }
  return `${kept.trimEnd()}${suffix}`;
}

/** Largest X-Lousa-Export-Notes header: proxies refuse big headers (nginx: 4–8 KB for all of them). */
const NOTES_HEADER_MAX = 2048;

/**
 * What the format dropped, for the header: as many notes as fit (a header too big would fail the
 * download itself behind a proxy) and whether some were left out — then GET …/export/notes has them all.
 */
export function notesHeader(notes: readonly ExportNote[]): { value: string; truncated: boolean } {
  let kept = notes.length;
  let value = encodeURIComponent(JSON.stringify(notes));
  while (value.length > NOTES_HEADER_MAX && kept > 0) {
    kept = Math.floor(kept / 2);
    value = encodeURIComponent(JSON.stringify(notes.slice(0, kept)));
  }
  return { value, truncated: kept < notes.length };
}

const bankId = (raw: unknown) => {
  const id = String(raw ?? "");
  return id.length > 0 && id.length <= 64 ? id : null;
};

/**
 * The teacher's library (contract in packages/protocol/src/library.ts). Every route needs a signed-in
 * teacher; a bank another teacher hasn't shared is "not found", never "forbidden", so ids can't be
 * probed. Bodies are checked with the same schema the editor validates with.
 */
export function libraryRouter(banks: BankRepository, images: ImageRepository, auth: Auth, sameOrigin: RequestHandler): Router {
  const r = Router();
  r.use(["/me", "/banks"], helmet(), requireTeacher(auth));
  // Cookies authorise these routes, so a change must come from our own pages (SameSite=Lax alone
  // would still let a sibling origin on the same site post).
  r.use("/banks", (req, res, next) => (req.method === "GET" || req.method === "HEAD" ? next() : sameOrigin(req, res, next)));
  const json = express.json({ limit: BANK_BODY_LIMIT });

  r.get("/me", (_req, res) => {
    res.set("Cache-Control", "no-store").json(teacherOf(res));
  });

  r.get("/banks", async (req, res) => {
    const query = librarySearchSchema.safeParse(req.query);
    if (!query.success) return sendError(res, 400, "INVALID_PAYLOAD", "q: at most 120 characters");
    const teacher = teacherOf(res);
    const entries = await banks.listVisible(teacher.id, query.data.q);
    res.set("Cache-Control", "no-store").json(entries.map((e) => toLibraryBank(e, teacher)));
  });

  r.get("/banks/:bankId", async (req, res) => {
    const teacher = teacherOf(res);
    const id = bankId(req.params.bankId);
    const entry = id ? await banks.getVisible(teacher.id, id) : null;
    if (!entry) return refused(res, "notFound");
    res.set("Cache-Control", "no-store").json(toDetail(entry, teacher));
  });

  r.post("/banks", json, async (req, res) => {
    const draft = bankDraftSchema.safeParse(req.body);
    if (!draft.success) return invalidDraft(res, req.body);
    const pictured = await withStoredPictures(draft.data, images);
    if ("issues" in pictured) return invalidDraft(res, req.body, pictured.issues);
    const teacher = teacherOf(res);
    res.status(201).json(toDetail(await banks.create(teacher.id, pictured.draft), teacher));
  });

  r.put("/banks/:bankId", json, async (req, res) => {
    const body = saveBankSchema.safeParse(req.body);
    if (!body.success) {
      const draft: unknown = typeof req.body === "object" && req.body !== null && "draft" in req.body ? req.body.draft : undefined;
      return draft === undefined ? sendError(res, 400, "INVALID_PAYLOAD", "Send { revision, draft }") : invalidDraft(res, draft);
    }
    const pictured = await withStoredPictures(body.data.draft, images);
    if ("issues" in pictured) return invalidDraft(res, body.data.draft, pictured.issues);
    const teacher = teacherOf(res);
    const id = bankId(req.params.bankId);
    const saved = id ? await banks.save(teacher.id, id, body.data.revision, pictured.draft) : "notFound";
    if (isRefusal(saved)) return refused(res, saved);
    res.json(toDetail(saved, teacher));
  });

  r.patch("/banks/:bankId", json, async (req, res) => {
    const body = patchBankSchema.safeParse(req.body);
    if (!body.success) return sendError(res, 400, "INVALID_PAYLOAD", body.error.issues.map((i) => i.message).join("; "));
    const teacher = teacherOf(res);
    const id = bankId(req.params.bankId);
    const patched = id ? await banks.patch(teacher.id, id, body.data) : "notFound";
    if (isRefusal(patched)) return refused(res, patched);
    res.json(toLibraryBank(patched, teacher));
  });

  const bin = (inBin: boolean) =>
    (async (req, res) => {
      const teacher = teacherOf(res);
      const id = bankId(req.params.bankId);
      const changed = id ? await banks.setInBin(teacher.id, id, inBin) : "notFound";
      if (isRefusal(changed)) return refused(res, changed);
      res.json(toLibraryBank(changed, teacher));
    }) satisfies express.RequestHandler<{ bankId: string }>;
  r.delete("/banks/:bankId", bin(true));
  r.post("/banks/:bankId/restore", bin(false));

  r.post("/banks/:bankId/duplicate", async (req, res) => {
    const teacher = teacherOf(res);
    const id = bankId(req.params.bankId);
    const source = id ? await banks.getVisible(teacher.id, id) : null;
    if (!source || source.deletedAt !== null) return refused(res, "notFound");
    const copy = await banks.create(teacher.id, { ...source.content, title: copyTitle(source.content.title, source.content.language) });
    res.status(201).json(toDetail(copy, teacher));
  });

  /**
   * Downloads a bank in a format other tools read. The file holds the answer key, so only teachers who
   * can see the bank get it; what the format could not carry comes in `X-Lousa-Export-Notes` (JSON).
   */
  const exported = async (req: express.Request, res: Response) => {
    const query = exportQuery.safeParse(req.query);
    if (!query.success) {
      sendError(res, 400, "INVALID_PAYLOAD", `format must be one of ${EXPORT_FORMATS.join(", ")}`);
      return null;
    }
    const teacher = teacherOf(res);
    const id = bankId(req.params.bankId);
    const entry = id ? await banks.getVisible(teacher.id, id) : null;
    if (!entry) {
      refused(res, "notFound");
      return null;
    }
    return exportBank(query.data.format, toDraft(entry.content), query.data.locale ?? "pt-BR");
  };

  /**
   * Downloads a bank in a format other tools read. The file holds the answer key, so only teachers who
   * can see the bank get it; what the format could not carry comes in `X-Lousa-Export-Notes`
   * (URI-encoded JSON; `X-Lousa-Export-Notes-Truncated: 1` when only the first ones fit).
   */
  r.get("/banks/:bankId/export", async (req, res) => {
    const file = await exported(req, res);
    if (!file) return;
    const notes = notesHeader(file.notes);
    res
      .type(file.contentType)
      .set("Content-Disposition", `attachment; filename="${file.filename.replace(/[^\w.\- ]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .set("X-Lousa-Export-Notes", notes.value)
      .set("Access-Control-Expose-Headers", "X-Lousa-Export-Notes, X-Lousa-Export-Notes-Truncated")
      .set("Cache-Control", "no-store");
    if (notes.truncated) res.set("X-Lousa-Export-Notes-Truncated", "1");
    res.send(Buffer.from(file.body));
  });

  /** Every note of an export, as JSON (when the download's header could not hold them all). */
  r.get("/banks/:bankId/export/notes", async (req, res) => {
    const file = await exported(req, res);
    if (file) res.set("Cache-Control", "no-store").json(file.notes);
  });

  return r;
}

const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS),
  locale: z.enum(["pt-BR", "en"]).optional(),
});
