"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { LibraryBankDetail } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import type { ApiError } from "../../lib/api";
import { libraryApi } from "../../lib/library-api";
import { QuestionSummary } from "./question-summary";
import styles from "./editor.module.css";

/** A built-in or shared bank: every question to read, and "Duplicar para editar" to make it one's own. */
export function ReadOnlyView({ bank }: { bank: LibraryBankDetail }) {
  const { t, error } = useI18n();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);

  async function duplicate() {
    setBusy(true);
    const r = await libraryApi.duplicate(bank.id);
    if (r.ok) return router.push(`/library/${encodeURIComponent(r.data.id)}`);
    setBusy(false);
    setProblem(r.error);
  }

  return (
    <div className={styles.editor} data-testid="read-only-view">
      <div className={`card ${styles.readOnlyHead}`}>
        <div>
          <h2>{bank.title}</h2>
          {bank.description && <p className="muted">{bank.description}</p>}
          <p className={styles.hint}>
            {t("editor.readOnly")} {bank.ownerName ? t("library.by", { name: bank.ownerName }) : t("library.badge.builtIn")} · {t("library.questions", { n: bank.questionCount })}
          </p>
        </div>
        <button type="button" className="button button-primary" onClick={() => void duplicate()} disabled={busy} data-testid="duplicate-to-edit">
          {t("editor.duplicateToEdit")}
        </button>
      </div>
      {problem && (
        <p className="error" role="alert">
          {error(problem.code)}
        </p>
      )}
      <ol className={styles.questionList}>
        {bank.draft.questions.map((q, i) => (
          <li key={i} className="card">
            <QuestionSummary question={q} heading={t("editor.question", { i: i + 1 })} />
          </li>
        ))}
      </ol>
    </div>
  );
}
