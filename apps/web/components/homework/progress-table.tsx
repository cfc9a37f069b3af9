"use client";

import { useState } from "react";
import type { AssignmentDetail, HomeworkProgressRow } from "@lousa/protocol";
import type { ApiError } from "../../lib/api";
import { assignmentsApi } from "../../lib/homework-api";
import { useI18n } from "../../lib/i18n";
import teacher from "../teacher/teacher.module.css";
import styles from "./assignment.module.css";

/**
 * Who started, how far each got in their latest attempt, who finished and the score that counts (the
 * teacher's rule), newest activity as the server orders it. An accommodation is marked with the drawn clock
 * of the live lobby: this page is the teacher's own, never a projector's. Once it is closed, who never
 * finished "didn't finish" (no longer "working"). While it is open, "Liberar aparelho" frees a student's
 * seat from the device that holds it (a lost phone, a cleared browser): their next start with the same
 * name takes it back, attempts and answers kept.
 */
export function ProgressTable({ detail, onChanged, signedOut }: { detail: AssignmentDetail; onChanged(detail: AssignmentDetail): void; signedOut(): void }) {
  const { t, locale, number, error } = useI18n();
  const [releasing, setReleasing] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const open = detail.window === "open";
  const closed = detail.window === "closed";
  const release = async (r: HomeworkProgressRow) => {
    const name = r.realName ?? r.nickname;
    if (!window.confirm(t("assign.progress.release.confirm", { name }))) return;
    setReleasing(r.studentId);
    const answer = await assignmentsApi.release(detail.id, r.studentId);
    setReleasing(null);
    if (answer.ok) {
      setProblem(null);
      onChanged(answer.data);
    } else if (answer.error.status === 401) signedOut();
    else setProblem(answer.error);
  };
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" });
  const rows = detail.progress;
  const names = rows.some((r) => r.realName);
  const ids = rows.some((r) => r.identifier);
  const several = detail.settings.attempts > 1;
  return (
    <section className="card" aria-labelledby="progress-title" data-testid="assignment-progress">
      <h2 id="progress-title">{t("assign.progress")}</h2>
      {rows.length === 0 ? (
        <p className="muted" data-testid="progress-empty">
          {t("assign.progress.empty")}
        </p>
      ) : (
        <div className={teacher.tableWrap}>
          <table className="table" data-testid="progress-table">
            <thead>
              <tr>
                <th>{t("report.nickname")}</th>
                {names && <th>{t("report.name")}</th>}
                {ids && <th>{detail.identifierLabel ?? t("report.identifier")}</th>}
                <th className="num">{t("assign.progress.done")}</th>
                <th>{t("assign.progress.finished")}</th>
                {several && <th className="num">{t("assign.progress.attempts")}</th>}
                <th className="num">{t("assign.progress.score")}</th>
                <th>{t("assign.progress.accommodated")}</th>
                <th>{t("assign.progress.last")}</th>
                {(open || rows.some((r) => r.released)) && <th>{t("assign.progress.device")}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.studentId} data-testid={`progress-${r.nickname}`} data-done={r.done} data-finished={r.finished} data-accommodated={r.accommodated} data-released={r.released}>
                  <td>{r.nickname}</td>
                  {names && <td>{r.realName}</td>}
                  {ids && <td>{r.identifier}</td>}
                  <td className="num">
                    {r.done}/{detail.questionCount}
                  </td>
                  <td>{r.finished ? <span className={`${styles.badge} ${styles.open}`}>✓ {t("assign.progress.yes")}</span> : <span className="muted" data-testid="progress-unfinished">{t(closed ? "assign.progress.notFinished" : "assign.progress.working")}</span>}</td>
                  {several && <td className="num">{r.attempts}</td>}
                  <td className="num">{number(r.score)}</td>
                  <td>
                    {r.accommodated && (
                      <span className={styles.accommodated} title={t("assign.progress.accommodated")}>
                        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
                          <circle cx="12" cy="13" r="8" />
                          <path d="M12 9v4l2.5 2.5M9.5 2.5h5" />
                        </svg>
                        {t("assign.progress.yes")}
                      </span>
                    )}
                  </td>
                  <td>{time.format(r.lastActivityAt)}</td>
                  {(open || rows.some((row) => row.released)) && (
                    <td>
                      {r.released ? (
                        <span className={`${styles.badge} ${styles.upcoming}`} title={t("assign.progress.released.hint")} data-testid="progress-released">
                          {t("assign.progress.released")}
                        </span>
                      ) : (
                        open && (
                          <button type="button" className={`button ${styles.release}`} onClick={() => void release(r)} disabled={releasing !== null} aria-label={t("assign.progress.release.label", { name: r.realName ?? r.nickname })} data-testid="progress-release">
                            {t("assign.progress.release")}
                          </button>
                        )
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {problem && (
        <p className="error" role="alert" data-testid="progress-problem">
          {error(problem)}
        </p>
      )}
    </section>
  );
}
