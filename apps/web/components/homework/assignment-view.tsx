"use client";

import { useState } from "react";
import type { AssignmentDetail } from "@lousa/protocol";
import { assignmentsApi } from "../../lib/homework-api";
import { useI18n } from "../../lib/i18n";
import type { ApiError } from "../../lib/api";
import { ReportBody } from "../report/report-page";
import { useSignedOut } from "../teacher/teacher-page";
import teacher from "../teacher/teacher.module.css";
import { AssignmentLink } from "./assignment-link";
import { formatWhen } from "./homework-format";
import { ProgressTable } from "./progress-table";
import { useAssignment } from "./use-assignment";
import { WindowBadge } from "./window-badge";
import styles from "./assignment.module.css";

/**
 * One assignment for its teacher: the link and its QR code to hand out, the dates and status, "Encerrar
 * agora", the class's progress (read again every few seconds while open), then the report and its
 * downloads — the live game's report page, read from the assignment.
 */
export function AssignmentView({ id }: { id: string }) {
  const { t, error } = useI18n();
  const signedOut = useSignedOut();
  const { detail, problem, reload, show } = useAssignment(id, signedOut);
  if (problem && !detail) {
    return (
      <p className="card error" role="alert" data-testid="assignment-problem" data-code={problem.code}>
        {/* The students' sentence speaks of a link; the teacher came by an id (another account's, or deleted). */}
        {problem.code === "ASSIGNMENT_NOT_FOUND" ? t("assign.detail.notFound") : error(problem)}
      </p>
    );
  }
  if (!detail) return <p className="muted">{t("teacher.loading")}</p>;
  // The report follows the progress: read again whenever someone answers or finishes.
  const progressKey = `${detail.window}:${detail.started}:${detail.finished}:${detail.progress.reduce((n, p) => n + p.done + p.attempts, 0)}`;
  return (
    <div className={teacher.stack} data-testid="assignment-view" data-window={detail.window}>
      <div className={styles.top}>
        <AssignmentLink code={detail.code} link={detail.link} />
        <Status detail={detail} onClosed={reload} />
      </div>
      <ProgressTable detail={detail} onChanged={show} signedOut={signedOut} />
      <ReportBody source={{ kind: "assignment", assignmentId: detail.id }} refreshKey={progressKey} />
    </div>
  );
}

function Status({ detail, onClosed }: { detail: AssignmentDetail; onClosed(): Promise<void> }) {
  const { t, locale, error } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const s = detail.settings;
  const close = async () => {
    if (!window.confirm(t("assign.detail.close.confirm"))) return;
    setBusy(true);
    const r = await assignmentsApi.close(detail.id);
    setProblem(r.ok ? null : r.error);
    await onClosed();
    setBusy(false);
  };
  // The teacher's words ("2 tentativas; vale a melhor"), not the student's ("Você tem 2 tentativas").
  const attempts = s.attempts === 1 ? t("assign.rules.attempts.single") : t(`assign.rules.attempts.${s.counts}`, { n: s.attempts });
  return (
    <section className={`card ${styles.status}`} aria-labelledby="status-title">
      <div className={styles.statusHead}>
        <h2 id="status-title" className={styles.bankTitle}>
          {detail.bankTitle}
        </h2>
        <WindowBadge window={detail.window} />
      </div>
      <dl className={styles.dates}>
        <dt>{t("assign.new.opens")}</dt>
        <dd>{formatWhen(locale, detail.opensAt)}</dd>
        <dt>{t("assign.new.closes")}</dt>
        <dd data-testid="assignment-closes-at">{formatWhen(locale, detail.closesAt)}</dd>
      </dl>
      <p className={styles.counts} data-testid="assignment-counts">
        {t("hw.questions", { n: detail.questionCount })}
        <br />
        {t("assign.detail.counts", { started: detail.started, finished: detail.finished })}
      </p>
      <ul className={styles.rules} data-testid="assignment-rules">
        <li>{t(s.timeLimit === "question" ? "assign.new.time.question" : "assign.new.time.none")}</li>
        {s.timeLimit === "question" && s.speedPoints && <li>{t("assign.new.speed")}</li>}
        <li>{t(`assign.rules.answers.${s.showAnswers}`)}</li>
        <li>{attempts}</li>
      </ul>
      {problem && (
        <p className="error" role="alert">
          {error(problem)}
        </p>
      )}
      {detail.window !== "closed" && (
        <button type="button" className={`button ${teacher.danger}`} onClick={() => void close()} disabled={busy} data-testid="assignment-close">
          {t("assign.detail.close")}
        </button>
      )}
    </section>
  );
}
