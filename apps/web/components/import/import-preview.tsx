"use client";

import type { ImportProblem, ImportResult } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { QuestionSummary } from "../editor/question-summary";
import { FORMAT_KEYS } from "../library/download-menu";
import { positionText, problemText, splitProblems } from "./problem-text";
import styles from "./import.module.css";

/** One problem at its place, in the reader's words; the exact syntax error as the importer said it. */
function ProblemLine({ p }: { p: ImportProblem }) {
  const { t } = useI18n();
  return (
    <li className={styles.problem} data-testid="import-problem" data-code={p.code}>
      <span className={styles.where}>{positionText(p.at, t)}</span>
      <span>
        {/* Which question it was, by its first words (kinds Lousa can't play yet are listed this way). */}
        {typeof p.params?.prompt === "string" && <q className={styles.snippet}>{p.params.prompt}</q>}
        {problemText(p, t)}
        {(p.code === "SYNTAX" || p.code === "FILE_UNREADABLE") && p.message && <span className={styles.detail}> {t("problem.detail", { message: p.message })}</span>}
      </span>
    </li>
  );
}

/**
 * What the importer understood, question by question (prompt, options with the right ones marked, time,
 * points, notes), then what it could not take: problems to fix in the file, kinds Lousa can't play yet.
 */
export function ImportPreview({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  const { unsupported, toFix } = splitProblems(result);
  return (
    <div className={styles.preview} data-testid="import-preview">
      <h2 className={styles.previewTitle}>
        {t("import.understood", { format: t(FORMAT_KEYS[result.format]) })}: {t("import.ready", { n: result.questions.length })}
        {result.problems.length > 0 && ` · ${t("import.problems", { n: result.problems.length })}`}
      </h2>
      {result.questions.length === 0 && (
        <p className="error" role="alert">
          {t("import.nothing")}
        </p>
      )}
      {toFix.length > 0 && (
        <section className={`card ${styles.problems}`} aria-labelledby="import-problems-title">
          <h3 id="import-problems-title">⚠ {t("import.problems.title")}</h3>
          <ul>
            {toFix.map((p, i) => (
              <ProblemLine key={i} p={p} />
            ))}
          </ul>
        </section>
      )}
      {unsupported.length > 0 && (
        <section className={`card ${styles.problems} ${styles.unsupported}`} aria-labelledby="import-unsupported-title">
          <h3 id="import-unsupported-title">{t("import.unsupported.title")}</h3>
          <ul>
            {unsupported.map((p, i) => (
              <ProblemLine key={i} p={p} />
            ))}
          </ul>
        </section>
      )}
      <ol className={styles.questions}>
        {result.questions.map((q, i) => (
          <li key={i} className="card" data-testid="import-question">
            <QuestionSummary question={q.question} heading={`${i + 1}. ${positionText(q.at, t)}`} />
            {q.notes.length > 0 && (
              <div className={styles.notes}>
                <strong>{t("import.notes")}:</strong>
                <ul>
                  {q.notes.map((n, j) => (
                    <li key={j}>{problemText(n, t)}</li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
