"use client";

import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { bankIssues, type BankDraft, type LibraryBankDetail } from "@lousa/protocol";
import type { ApiError } from "../../lib/api";
import { libraryApi } from "../../lib/library-api";
import { editorReducer, fromDraft, newKey, toDraft, type EditorDoc } from "./editor-state";
import { IssueIndex } from "./issues";
import { KINDS } from "./kinds";
import { clearDraft, loadDraft, sameDraft, storeDraft, type StoredDraft } from "./local-draft";

/** Where the editor is: loading, a bank it can edit, one it can only read, or none it may see. */
export type EditorLoad = { readonly state: "loading" } | { readonly state: "failed"; readonly error: ApiError } | { readonly state: "ready"; readonly bank: LibraryBankDetail | null };

export type SaveState = { readonly state: "idle" } | { readonly state: "saving" } | { readonly state: "saved" } | { readonly state: "failed"; readonly error: ApiError };

const EMPTY: EditorDoc = { title: "", description: "", language: "pt-BR", items: [] };

/** A new bank starts with one blank question in the teacher's language. */
export function blankDraft(language: BankDraft["language"]): BankDraft {
  return { title: "", description: "", language, questions: [KINDS.single.blank(language)] };
}

/** How long typing pauses before the draft is written to this browser. */
const DRAFT_DELAY_MS = 400;

/**
 * The editor's document and its life: load (or start a new bank), keep what is typed in localStorage,
 * say whether it differs from what is saved, validate it with the server's own schema, save it with the
 * revision it started from. `bankId` null = a new bank.
 */
export function useBankEditor(bankId: string | null, language: BankDraft["language"]) {
  const [doc, dispatch] = useReducer(editorReducer, EMPTY);
  const [load, setLoad] = useState<EditorLoad>({ state: "loading" });
  const [saved, setSaved] = useState<BankDraft | null>(null);
  const [revision, setRevision] = useState<number | null>(null);
  const [pendingDraft, setPendingDraft] = useState<StoredDraft | null>(null);
  const [save, setSave] = useState<SaveState>({ state: "idle" });
  const openedDraft = useRef(false);
  // Only seeds a new bank: switching the UI's language later must not restart the page's work.
  const firstLanguage = useRef(language);

  const open = useCallback((draft: BankDraft, rev: number | null) => {
    dispatch({ type: "replace", doc: fromDraft(draft, newKey) });
    setSaved(draft);
    setRevision(rev);
    const stored = loadDraft(bankId);
    setPendingDraft(stored && !sameDraft(stored.draft, draft) ? stored : null);
    openedDraft.current = true;
  }, [bankId]);

  const reload = useCallback(async () => {
    if (bankId === null) {
      open(blankDraft(firstLanguage.current), null);
      return setLoad({ state: "ready", bank: null });
    }
    const r = await libraryApi.get(bankId);
    if (!r.ok) return setLoad({ state: "failed", error: r.error });
    setLoad({ state: "ready", bank: r.data });
    if (r.data.access === "own") open(r.data.draft, r.data.revision);
  }, [bankId, open]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const draft = useMemo(() => toDraft(doc), [doc]);
  const dirty = saved !== null && !sameDraft(draft, saved);
  const issues = useMemo(() => new IssueIndex(bankIssues(draft)), [draft]);

  // What is typed goes to this browser shortly after; a draft equal to the saved bank is nothing to keep.
  useEffect(() => {
    if (!openedDraft.current || saved === null) return;
    const timer = setTimeout(() => {
      if (dirty) storeDraft(bankId, { draft, baseRevision: revision, savedAt: Date.now() });
      else if (pendingDraft === null) clearDraft(bankId);
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, dirty, saved, bankId, revision, pendingDraft]);

  const restoreDraft = useCallback(() => {
    if (!pendingDraft) return;
    dispatch({ type: "replace", doc: fromDraft(pendingDraft.draft, newKey) });
    setPendingDraft(null);
  }, [pendingDraft]);

  const discardDraft = useCallback(() => {
    setPendingDraft(null);
    if (!dirty) clearDraft(bankId);
  }, [bankId, dirty]);

  /** After a 409: the typed draft is written now (not after the pause), then the saved version is loaded. */
  const reloadKeepingDraft = useCallback(async () => {
    storeDraft(bankId, { draft, baseRevision: revision, savedAt: Date.now() });
    setSave({ state: "idle" });
    await reload();
  }, [bankId, draft, revision, reload]);

  /** Saves; resolves to the new bank's id when a new bank was created (the page then moves to its URL). */
  const saveNow = useCallback(async (): Promise<string | null> => {
    setSave({ state: "saving" });
    const r = bankId === null ? await libraryApi.create(draft) : await libraryApi.save(bankId, { revision: revision ?? 0, draft });
    if (!r.ok) {
      setSave({ state: "failed", error: r.error });
      return null;
    }
    clearDraft(bankId);
    setSaved(r.data.draft);
    setRevision(r.data.revision);
    setSave({ state: "saved" });
    return bankId === null ? r.data.id : null;
  }, [bankId, draft, revision]);

  return { doc, dispatch, load, draft, dirty, issues, save, saveNow, reloadKeepingDraft, pendingDraft, restoreDraft, discardDraft };
}

export type BankEditorState = ReturnType<typeof useBankEditor>;
