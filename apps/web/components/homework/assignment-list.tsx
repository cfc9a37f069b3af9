"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { AssignmentRow } from "@lousa/protocol";
import type { ApiError } from "../../lib/api";
import { assignmentsApi } from "../../lib/homework-api";
import { useI18n } from "../../lib/i18n";
import { useSignedOut } from "../teacher/teacher-page";
import teacher from "../teacher/teacher.module.css";
import styles from "./assignment.module.css";
import { WindowBadge } from "./window-badge";

/** The teacher's assignments, newest first as the server lists them: dates, status, who started and finished. */
export function AssignmentList() {
  const { t, error, locale } = useI18n();
  const signedOut = useSignedOut();
  const [rows, setRows] = useState<readonly AssignmentRow[] | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  useEffect(() => {
    let current = true;
    void assignmentsApi.list().then((r) => {
      if (!current) return;
      if (r.ok) return setRows(r.data);
      if (r.error.status === 401) return signedOut();
      setProblem(r.error);
    });
    return () => {
      current = false;
    };
  }, [signedOut]);

  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" });
  return (
    <section className="card">
      <div className={`${teacher.row} ${styles.listBar}`}>
        <Link href="/assignments/new" className="button button-primary" data-testid="assignment-new">
          {t("assign.list.new")}
        </Link>
      </div>
      {problem ? (
        <p className="error" role="alert">
          {error(problem)}
        </p>
      ) : rows === null ? (
        <p className="muted">{t("teacher.loading")}</p>
      ) : rows.length === 0 ? (
        <p className="muted" data-testid="assignments-empty">
          {t("assign.list.empty")}
        </p>
      ) : (
        <div className={teacher.tableWrap}>
          <table className="table" data-testid="assignments-table">
            <thead>
              <tr>
                <th>{t("assign.col.bank")}</th>
                <th>{t("assign.col.opens")}</th>
                <th>{t("assign.col.closes")}</th>
                <th>{t("assign.col.status")}</th>
                <th className="num">{t("assign.col.started")}</th>
                <th className="num">{t("assign.col.finished")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid={`assignment-${r.id}`}>
                  <td>{r.bankTitle}</td>
                  <td>{date.format(r.opensAt)}</td>
                  <td>{date.format(r.closesAt)}</td>
                  <td>
                    <WindowBadge window={r.window} />
                  </td>
                  <td className="num">{r.started}</td>
                  <td className="num">{r.finished}</td>
                  <td>
                    <Link href={`/assignments/${encodeURIComponent(r.id)}`} className="button" data-testid="assignment-open">
                      {t("assign.list.open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
