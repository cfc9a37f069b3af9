import type { BankDraft } from "@lousa/protocol";
import { isBankDraft, isRecord } from "../../lib/api";

/**
 * What the teacher typed and has not saved, kept in this browser per bank so that a reload, a crash or
 * a refused save (409) loses nothing. It remembers the revision it was based on, so after reloading a
 * newer version the teacher can still restore it on purpose.
 */
export interface StoredDraft {
  readonly draft: BankDraft;
  /** The revision the edits started from (null: a bank not saved yet). */
  readonly baseRevision: number | null;
  /** ms since the epoch. */
  readonly savedAt: number;
}

/** "new" is the bank being created (one unsaved new bank per browser). */
export const draftKey = (bankId: string | null) => `lousa:draft:${bankId ?? "new"}`;

/** Reads what storage held; anything unreadable (another version's shape, a hand edit) counts as no draft. */
export function parseStoredDraft(raw: string | null): StoredDraft | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || !isBankDraft(value.draft) || typeof value.savedAt !== "number") return null;
  const base = value.baseRevision;
  if (base !== null && typeof base !== "number") return null;
  return { draft: value.draft, baseRevision: base, savedAt: value.savedAt };
}

/** The content as the server keeps it: its schema trims every text, so "abc " saved is "abc". */
function canonical(d: BankDraft): string {
  return JSON.stringify({
    ...d,
    title: d.title.trim(),
    description: d.description.trim(),
    questions: d.questions.map((q) => ({ ...q, prompt: q.prompt.trim(), options: q.options.map((o) => o.trim()), explanation: q.explanation.trim() })),
  });
}

/** Whether two drafts hold the same content (a draft equal to the saved bank is nothing to restore). */
export function sameDraft(a: BankDraft, b: BankDraft): boolean {
  return canonical(a) === canonical(b);
}

// Storage can be full or blocked (private mode, policy): the editor then simply keeps nothing.
export function loadDraft(bankId: string | null): StoredDraft | null {
  try {
    return parseStoredDraft(window.localStorage.getItem(draftKey(bankId)));
  } catch {
    return null;
  }
}

export function storeDraft(bankId: string | null, stored: StoredDraft): void {
  try {
    window.localStorage.setItem(draftKey(bankId), JSON.stringify(stored));
  } catch {
    // see above
  }
}

export function clearDraft(bankId: string | null): void {
  try {
    window.localStorage.removeItem(draftKey(bankId));
  } catch {
    // see above
  }
}
