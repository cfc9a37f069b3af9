"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import type { LibraryBank } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import type { MessageKey } from "../../lib/messages";
import { IconUpload } from "../editor/icons";
import { BankCard } from "./bank-card";
import { shelve } from "./group-banks";
import styles from "./library.module.css";
import { ToastLine } from "./toast";
import { useLibrary, type Library } from "./use-library";

/** The teacher's library: search, their banks, banks shared with them, Lousa's own. */
export function LibraryView() {
  const { t, error } = useI18n();
  const library = useLibrary();
  const [query, setQuery] = useState("");
  const [fresh, setFresh] = useState<string | null>(null);
  const shelves = useMemo(() => shelve(library.banks ?? [], query), [library.banks, query]);
  const ownCount = (library.banks ?? []).filter((b) => b.access === "own" && b.deletedAt === null).length;
  const found = shelves.own.length + shelves.shared.length + shelves.builtIn.length;

  // A new copy is announced by the toast; the page also brings it into view.
  useEffect(() => {
    if (fresh) document.querySelector(`[data-testid="bank-${CSS.escape(fresh)}"]`)?.scrollIntoView({ block: "center" });
  }, [fresh, library.banks]);

  return (
    <div className={styles.library}>
      <div className={styles.toolbar}>
        <input className={`input ${styles.search}`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t("library.search")} aria-label={t("library.search")} data-testid="library-search" />
        <Link className="button button-primary" href="/library/new" data-testid="library-new">
          + {t("library.new")}
        </Link>
        <Link className="button" href="/library/import" data-testid="library-import">
          <IconUpload /> {t("library.import")}
        </Link>
      </div>
      {library.loadError && (
        <div className="error" role="alert">
          {error(library.loadError.code)}{" "}
          <button type="button" className="button" onClick={() => void library.reload()}>
            ↻
          </button>
        </div>
      )}
      {!library.banks && !library.loadError && <p className={styles.loading}>{t("library.loading")}</p>}
      {library.banks && ownCount === 0 && query === "" && (
        <div className={`card ${styles.empty}`} data-testid="library-empty">
          <h2>{t("library.empty.title")}</h2>
          <p>{t("library.empty.body")}</p>
        </div>
      )}
      {library.banks && query !== "" && found === 0 && <p className={styles.loading}>{t("library.noMatch", { q: query })}</p>}
      <Shelf title="library.section.own" banks={shelves.own} library={library} onDuplicated={setFresh} testId="shelf-own" />
      <Shelf title="library.section.shared" banks={shelves.shared} library={library} onDuplicated={setFresh} testId="shelf-shared" />
      <Shelf title="library.section.builtIn" banks={shelves.builtIn} library={library} onDuplicated={setFresh} testId="shelf-builtIn" />
      <ToastLine toast={library.toast} onDismiss={library.dismiss} />
    </div>
  );
}

function Shelf({ title, banks, library, onDuplicated, testId }: { title: MessageKey; banks: readonly LibraryBank[]; library: Library; onDuplicated(id: string): void; testId: string }) {
  const { t } = useI18n();
  if (banks.length === 0) return null;
  return (
    <section className={styles.shelf} data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h2 id={`${testId}-title`}>{t(title)}</h2>
      <ul className={styles.cards}>
        {banks.map((b) => (
          <BankCard key={b.id} bank={b} library={library} onDuplicated={onDuplicated} />
        ))}
      </ul>
    </section>
  );
}
