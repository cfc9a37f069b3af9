import { Router } from "express";
import { z } from "zod";
import type { BankRepository, StoredBank } from "@lousa/db";
import { exportBank, EXPORT_FORMATS, type BankDraft } from "@lousa/formats";
import { fromNodeHeaders } from "better-auth/node";
import type { Auth } from "../auth/auth";
import { sendError } from "./host-auth";

/** A stored bank as a teacher would write it: what every export format starts from. */
export function toBankDraft(bank: StoredBank): BankDraft {
  return {
    title: bank.title,
    description: bank.description,
    language: bank.language === "en" ? "en" : "pt-BR",
    questions: bank.questions.map((q) => ({
      type: q.type,
      prompt: q.prompt,
      options: [...q.options],
      correct: [...q.correct],
      explanation: q.explanation,
      timeLimitSec: Math.round(q.timeLimitMs / 1000),
      pointsMode: q.pointsMode,
    })),
  };
}

const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS),
  locale: z.enum(["pt-BR", "en"]).optional(),
});

/**
 * Downloads a bank in a format other tools read (GIFT and Moodle XML for Moodle, Aiken, Kahoot's
 * spreadsheet, Lousa's own CSV/XLSX). Teachers only: the file holds the answer key, and a student on the
 * classroom Wi-Fi must not be able to fetch it during the game.
 */
export function bankExportRouter(banks: BankRepository, auth: Auth): Router {
  const r = Router();
  r.get("/banks/:bankId/export", async (req, res) => {
    const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
    if (!session) return sendError(res, 401, "NOT_SIGNED_IN", "Sign in as a teacher to download a bank");
    const query = exportQuery.safeParse(req.query);
    if (!query.success) return sendError(res, 400, "INVALID_PAYLOAD", `format must be one of ${EXPORT_FORMATS.join(", ")}`);
    const bankId = String(req.params.bankId ?? "");
    const bank = bankId.length > 0 && bankId.length <= 64 ? await banks.get(bankId) : null;
    if (!bank) return sendError(res, 404, "BANK_NOT_FOUND", "No question bank with that id");
    const file = await exportBank(query.data.format, toBankDraft(bank), query.data.locale ?? "pt-BR");
    res
      .type(file.contentType)
      .set("Content-Disposition", `attachment; filename="${file.filename.replace(/[^\w.\- ]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .set("Cache-Control", "no-store")
      .send(Buffer.from(file.body));
  });
  return r;
}
