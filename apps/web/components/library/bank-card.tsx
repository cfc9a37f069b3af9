"use client";

import Link from "next/link";
import { useState } from "react";
import type { LibraryBank } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { libraryApi } from "../../lib/library-api";
import { DownloadMenu, type Downloaded } from "./download-menu";
import { ExportNotesBox } from "./export-notes-box";
import { RenameForm } from "./rename-form";
import styles from "./library.module.css";
import type { Library } from "./use-library";

/**
 * One bank and what the teacher can do with it. Built-in and shared banks are read-only here too:
 * play, view, duplicate, download.
 */
export function BankCard({ bank, library, onDuplicated }: { bank: LibraryBank; library: Library; onDuplicated(id: string): void }) {
  const { t, error } = useI18n();
  const [renaming, setRenaming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [downloaded, setDownloaded] = useState<Downloaded | null>(null);
  const own = bank.access === "own";
  const say = (e: { code: Parameters<typeof error>[0] }) => error(e.code);

  async function run<T>(action: () => Promise<T>): Promise<T> {
    setBusy(true);
    try {
      return await action();
    } finally {
      setBusy(false);
    }
  }

  async function duplicate() {
    const copy = library.check(await run(() => libraryApi.duplicate(bank.id)), say);
    if (!copy) return;
    library.put(copy);
    library.show({ text: t("library.duplicated", { title: copy.title }) });
    onDuplicated(copy.id);
  }

  async function toggleShare(shared: boolean) {
    const updated = library.check(await run(() => libraryApi.patch(bank.id, { shared })), say);
    if (updated) library.put(updated);
  }

  async function restore() {
    const back = library.check(await libraryApi.restore(bank.id), say);
    if (!back) return;
    library.put(back);
    library.show({ text: t("library.restored", { title: back.title }) });
  }

  async function remove() {
    const gone = library.check(await run(() => libraryApi.remove(bank.id)), say);
    if (!gone) return;
    library.put(gone);
    library.show({ text: t("library.deleted", { title: bank.title }), undo: () => void restore() });
  }

  return (
    <li className={styles.card} data-testid={`bank-${bank.id}`} data-access={bank.access} aria-busy={busy}>
      <div className={styles.cardHead}>
        {renaming ? (
          <RenameForm bank={bank} library={library} onDone={() => setRenaming(false)} />
        ) : (
          <h3 className={styles.cardTitle} data-testid="bank-title">
            {bank.title}
          </h3>
        )}
        <p className={styles.meta}>
          <span>{t("library.questions", { n: bank.questionCount })}</span>
          {bank.access === "shared" && bank.ownerName && <span>· {t("library.by", { name: bank.ownerName })}</span>}
          {bank.access === "builtIn" && <span className={styles.badge}>{t("library.badge.builtIn")}</span>}
          {own && bank.shared && <span className={styles.badge}>{t("library.badge.shared")}</span>}
        </p>
        {bank.description && <p className={styles.description}>{bank.description}</p>}
      </div>
      <div className={styles.actions} role="group" aria-label={t("library.actions", { title: bank.title })}>
        <Link className="button button-primary" href={`/host?bank=${encodeURIComponent(bank.id)}`} data-testid="bank-play">
          ▶ {t("library.play")}
        </Link>
        <Link className="button" href={`/assignments/new?bank=${encodeURIComponent(bank.id)}`} data-testid="bank-assign">
          {t("library.assign")}
        </Link>
        <Link className="button" href={`/library/${encodeURIComponent(bank.id)}`} data-testid="bank-open">
          {t(own ? "library.edit" : "library.view")}
        </Link>
        <button type="button" className="button" onClick={() => void duplicate()} disabled={busy} data-testid="bank-duplicate">
          {t("library.duplicate")}
        </button>
        {own && (
          <button type="button" className="button" onClick={() => setRenaming(true)} disabled={busy || renaming} data-testid="bank-rename">
            {t("library.rename")}
          </button>
        )}
        <DownloadMenu bankId={bank.id} onDone={(d) => setDownloaded(d.notes.length > 0 ? d : null)} onError={(e) => library.show({ text: error(e.code), error: true })} />
        {own && (
          <button type="button" className={`button ${styles.danger}`} onClick={() => void remove()} disabled={busy} data-testid="bank-delete">
            {t("library.delete")}
          </button>
        )}
      </div>
      {own && (
        <label className={styles.share}>
          <input type="checkbox" checked={bank.shared} disabled={busy} onChange={(e) => void toggleShare(e.target.checked)} data-testid="bank-share" />
          {t("library.share")}
        </label>
      )}
      {downloaded && <ExportNotesBox downloaded={downloaded} onClose={() => setDownloaded(null)} />}
    </li>
  );
}
