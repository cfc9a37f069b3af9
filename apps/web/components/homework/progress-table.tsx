"use client";

import type { AssignmentDetail } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import teacher from "../teacher/teacher.module.css";
import styles from "./assignment.module.css";

/**
 * Who started, how far each got in their latest attempt, who finished and the score that counts (the
 * teacher's rule), newest activity as the server orders it. An accommodation is marked with the drawn clock
 * of the live lobby: this page is the teacher's own, never a projector's.
 */
export function ProgressTable({ detail }: { detail: AssignmentDetail }) {
  const { t, locale, number } = useI18n();
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
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.studentId} data-testid={`progress-${r.nickname}`} data-done={r.done} data-finished={r.finished} data-accommodated={r.accommodated}>
                  <td>{r.nickname}</td>
                  {names && <td>{r.realName}</td>}
                  {ids && <td>{r.identifier}</td>}
                  <td className="num">
                    {r.done}/{detail.questionCount}
                  </td>
                  <td>{r.finished ? <span className={`${styles.badge} ${styles.open}`}>✓ {t("assign.progress.yes")}</span> : <span className="muted">{t("assign.progress.working")}</span>}</td>
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
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
