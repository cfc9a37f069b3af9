import { z } from "zod";
import { bankDraftSchema, QUESTION_LIMITS, visibleText, type BankDraft } from "./question-schema";

/**
 * The teacher's library over HTTP (all under /api, all need a signed-in teacher; 401 NOT_SIGNED_IN
 * otherwise). Request bodies are validated with these schemas on the server; response shapes are the
 * interfaces below. Errors are `{ ok: false, error: { code, message } }` like everywhere else.
 *
 *   GET    /api/me                        → Teacher
 *   GET    /api/banks?q=                  → LibraryBank[] (built-in, own, shared by others; title search)
 *   GET    /api/banks/:id                 → LibraryBankDetail (the whole draft; 404 if not visible to you)
 *   POST   /api/banks           BankDraft → 201 LibraryBankDetail (a new bank of yours)
 *   PUT    /api/banks/:id       SaveBank  → LibraryBankDetail (owner only; 409 BANK_CHANGED on a stale revision)
 *   PATCH  /api/banks/:id       PatchBank → LibraryBank (rename, share/unshare; owner only)
 *   DELETE /api/banks/:id                 → LibraryBank (owner only; moved to the bin, restorable)
 *   POST   /api/banks/:id/restore         → LibraryBank (undo a delete)
 *   POST   /api/banks/:id/duplicate       → 201 LibraryBankDetail (any bank you can see; the copy is yours)
 *   GET    /api/banks/:id/export?format=&locale= → the file; header `X-Lousa-Export-Notes`: URI-encoded JSON ExportNote[]
 *   POST   /api/import/preview?format=&language=&filename=  (the file's bytes as the body, sent as
 *          application/octet-stream, ≤ MAX_IMPORT_BYTES; format detected from filename/content if absent)
 *                                         → ImportResult (nothing saved; save with POST /api/banks)
 *                                           413 FILE_TOO_LARGE, 415 (a form or compressed body), 422 IMPORT_REFUSED
 *                                           (too slow or too big inside), 429 RATE_LIMITED (one import at a time)
 *   GET    /api/import/template?format=lousa-csv|lousa-xlsx&locale= → the empty template to fill in
 *   GET    /api/games/mine                → GameHistoryRow[] (games you hosted, newest first)
 */

/** The signed-in teacher (GET /api/me). */
export interface Teacher {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** Admins add teachers and reset their passwords (better-auth admin endpoints under /api/auth/admin). */
  readonly admin: boolean;
}

/** Whose a bank is, seen by the teacher asking. Built-in and shared banks are read-only (duplicate to change). */
export type BankAccess = "builtIn" | "own" | "shared";

export interface LibraryBank {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly language: "pt-BR" | "en";
  readonly questionCount: number;
  readonly access: BankAccess;
  /** The owner's name (shared banks); null for built-in ones. */
  readonly ownerName: string | null;
  /** Whether the owner shares it with this server's other teachers (read-only for them). */
  readonly shared: boolean;
  /** Increases on every save; PUT sends the revision it edited (optimistic concurrency). */
  readonly revision: number;
  /** ms since the epoch. */
  readonly updatedAt: number;
  /** Set when it is in the bin (DELETE); restorable until then. */
  readonly deletedAt: number | null;
}

export interface LibraryBankDetail extends LibraryBank {
  readonly draft: BankDraft;
}

/** PUT /api/banks/:id */
export const saveBankSchema = z.strictObject({
  revision: z.number().int().min(0),
  draft: bankDraftSchema,
});
export type SaveBank = z.infer<typeof saveBankSchema>;

/** PATCH /api/banks/:id */
export const patchBankSchema = z
  .strictObject({
    // The same rule as a saved bank's title: cleaned (NFC, no control characters), trimmed, 1–120.
    title: visibleText(QUESTION_LIMITS.bankTitle, "TITLE_EMPTY", "TITLE_TOO_LONG").optional(),
    shared: z.boolean().optional(),
  })
  .refine((p) => p.title !== undefined || p.shared !== undefined, { message: "Nothing to change" });
export type PatchBank = z.infer<typeof patchBankSchema>;

export const librarySearchSchema = z.object({ q: z.string().max(120).optional() });

/** One game in the teacher's history (GET /api/games/mine). */
export interface GameHistoryRow {
  readonly gameId: string;
  readonly pin: string;
  readonly bankTitle: string;
  readonly createdAt: number;
  readonly phase: string;
  readonly playerCount: number;
  readonly questionsPlayed: number;
  readonly averageScore: number;
  readonly averagePercentCorrect: number;
  readonly flaggedQuestions: number;
}
