"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { QUESTION_LIMITS, type LibraryBank } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { libraryApi } from "../../lib/library-api";
import { issueText } from "../editor/issues";
import styles from "./library.module.css";
import type { Library } from "./use-library";

/** The title turned into an input in place; Enter saves, Escape cancels. */
export function RenameForm({ bank, library, onDone }: { bank: LibraryBank; library: Library; onDone(): void }) {
  const { t, error } = useI18n();
  const [title, setTitle] = useState(bank.title);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const trimmed = title.trim();
  const problem = trimmed === "" ? issueText("TITLE_EMPTY", t) : trimmed.length > QUESTION_LIMITS.bankTitle ? issueText("TITLE_TOO_LONG", t) : null;

  async function save(e: FormEvent) {
    e.preventDefault();
    if (problem) return input.current?.focus();
    if (trimmed === bank.title) return onDone();
    setBusy(true);
    const updated = library.check(await libraryApi.patch(bank.id, { title: trimmed }), (err) => error(err.code));
    setBusy(false);
    if (!updated) return;
    library.put(updated);
    library.show({ text: t("library.renamed") });
    onDone();
  }

  return (
    <form className={styles.rename} onSubmit={(e) => void save(e)} onKeyDown={(e) => e.key === "Escape" && onDone()}>
      <label className={styles.srOnly} htmlFor={`rename-${bank.id}`}>
        {t("library.rename.label")}
      </label>
      <input id={`rename-${bank.id}`} ref={input} className="input" value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={problem ? true : undefined} data-testid="rename-input" />
      <button type="submit" className="button button-primary" disabled={busy} data-testid="rename-save">
        {t("library.rename.save")}
      </button>
      <button type="button" className="button" onClick={onDone}>
        {t("library.rename.cancel")}
      </button>
      {problem && <p className={styles.inlineError}>{problem}</p>}
    </form>
  );
}
