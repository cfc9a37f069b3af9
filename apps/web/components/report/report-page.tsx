"use client";

import { useEffect, useState } from "react";
import type { GameReport } from "@lousa/reports";
import { useI18n } from "../../lib/i18n";
import { hostSecretFor } from "../../lib/storage";
import { downloadReportFile } from "../host/download";
import { TeacherPage, useSignedOut } from "../teacher/teacher-page";
import teacherStyles from "../teacher/teacher.module.css";
import { DifficultyChart } from "./difficulty-chart";
import { Downloads } from "./downloads";
import { gradebookBlock, withIdentifier } from "./gradebook";
import { PlayersSection } from "./players-section";
import { TeamsSection } from "./teams-section";
import styles from "./report.module.css";
import { QuestionRow, type Formats } from "./question-row";
import { gameOnly, reportPath, reportWords, type ReportSource } from "./report-source";

function isReport(value: unknown): value is GameReport {
  return typeof value === "object" && value !== null && "summary" in value && "players" in value && "questions" in value;
}

/** A finished (or running) game for the teacher: how the class did, which questions to fix, grades to export. */
export function ReportPage({ gameId }: { gameId: string }) {
  const { t } = useI18n();
  return (
    <TeacherPage title={t("report.title")} wide>
      <GameReportBody gameId={gameId} />
    </TeacherPage>
  );
}

/**
 * Asks with the game's host key when this browser holds it (it hosted the game), otherwise with the
 * session cookie alone: the server lets the teacher who created the game in either way.
 */
function GameReportBody({ gameId }: { gameId: string }) {
  const { t } = useI18n();
  // undefined until storage is read (on the client only); null: this browser has no key for the game.
  const [secret, setSecret] = useState<string | null | undefined>(undefined);
  useEffect(() => setSecret(hostSecretFor(gameId)), [gameId]);
  if (secret === undefined) return <p className="muted">{t("teacher.loading")}</p>;
  return <ReportBody source={{ kind: "game", gameId, hostSecret: secret }} />;
}

/**
 * The report of a game or an assignment (see report-source.ts), inside a TeacherPage. `refreshKey`: the
 * report is read again whenever it changes (an assignment's progress while students work).
 */
export function ReportBody({ source, refreshKey = "" }: { source: ReportSource; refreshKey?: string }) {
  const { t, locale, number } = useI18n();
  const signedOut = useSignedOut();
  const [scale, setScale] = useState(10);
  const [report, setReport] = useState<GameReport | null>(null);
  const [denied, setDenied] = useState(false);
  const [editing, setEditing] = useState(false);
  const hostSecret = source.kind === "game" ? source.hostSecret : null;
  const path = reportPath(source, "report");
  const words = reportWords(source);

  useEffect(() => {
    let current = true;
    const headers: Record<string, string> = hostSecret ? { authorization: `Bearer ${hostSecret}` } : {};
    void fetch(`${path}?scale=${scale}&decimals=${scale > 10 ? 0 : 1}`, { headers, credentials: "same-origin", cache: "no-store" })
      .then(async (r) => {
        if (!current) return;
        if (r.status === 401) return signedOut();
        const body: unknown = await r.json().catch(() => null);
        if (!current) return;
        if (isReport(body)) setReport(body);
        else setDenied(true);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [path, hostSecret, scale, signedOut, refreshKey]);

  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const dec = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const secs = (ms: number | null) => (ms === null ? "—" : `${dec.format(Math.round(ms / 100) / 10)} s`);
  const format: Formats = { percent: (n) => pct.format(n), decimal: (n) => dec.format(n), seconds: secs };
  const download = (file: string) => {
    const params = { scale: String(scale), decimals: scale > 10 ? "0" : "1" };
    void downloadReportFile(source, file, params);
  };

  let body: React.ReactNode;
  if (denied) body = <p className="card" data-testid="report-denied">{t("teacher.report.noAccess")}</p>;
  else if (!report) body = <p className="muted">{t("teacher.loading")}</p>;
  else {
    const g = report.game;
    const gameOver = g.endedAt !== null;
    // Below the minimum class size the server flags nothing; the page says so instead of showing "0 to review".
    const tooFew = report.summary.tooFewToJudge;
    body = (
      <>
        <section className="card report-head">
          <div>
            <h2>{g.bankTitle}</h2>
            <p className="muted">
              {new Date(g.startedAt ?? g.createdAt).toLocaleString(locale)} · {source.kind === "game" ? `PIN ${g.pin} · ${t("report.played", { n: g.questionsPlayed, total: g.questionCount })}` : `${t("hw.eyebrow")} · ${t("hw.questions", { n: g.questionCount })}`}
            </p>
          </div>
          <label className="scale">
            {t("report.scale")}
            <select className="input" value={scale} onChange={(e) => setScale(Number(e.target.value))} data-testid="grade-scale">
              <option value={10}>0–10</option>
              <option value={100}>0–100</option>
            </select>
          </label>
        </section>
        <section className="cards" data-testid="report-summary">
          <div className="stat">
            <span className="stat-value">{report.summary.playerCount}</span>
            <span>{t(words.summaryPeople)}</span>
          </div>
          <div className="stat">
            <span className="stat-value">{pct.format(report.summary.averagePercentCorrect)}</span>
            <span>{t("report.summary.avgCorrect")}</span>
          </div>
          <div className="stat">
            <span className="stat-value">{dec.format(report.summary.averageGrade)}</span>
            <span>{t("report.summary.avgGrade")}</span>
          </div>
          <div className="stat">
            <span className="stat-value">{number(report.summary.averageScore)}</span>
            <span>{t("report.summary.avgScore")}</span>
          </div>
          <div className={`stat ${report.summary.flaggedQuestions > 0 ? "stat-warn" : ""}`} data-testid="stat-flagged">
            <span className="stat-value">{tooFew ? "—" : report.summary.flaggedQuestions}</span>
            <span>{t(tooFew ? "report.summary.flagged.tooFew" : "report.summary.flagged")}</span>
          </div>
        </section>
        <Downloads block={gradebookBlock(report)} gameOver={gameOver} fixable={gameOnly(source)} onDownload={download} onAddIdentifiers={() => setEditing(true)} />
        <section className="card">
          <h2>{t("report.questions")}</h2>
          {tooFew && (
            <p className={styles.tooFew} data-testid="report-too-few">
              {t("report.tooFew", { min: report.summary.minPlayersForFlags })}
            </p>
          )}
          <DifficultyChart questions={report.questions} />
          <p className="muted small">{t("report.legend")}</p>
          <table className="table" data-testid="questions-table">
            <thead>
              <tr>
                <th>#</th>
                <th>{t("report.question")}</th>
                <th className="num">{t("report.difficulty")}</th>
                <th className="num">{t("report.discrimination")}</th>
                <th>{t("report.distractor")}</th>
                <th className="num">{t("report.median")}</th>
                {!tooFew && <th>{t("report.flags")}</th>}
              </tr>
            </thead>
            <tbody>
              {report.questions.map((q) => (
                <QuestionRow key={q.index} q={q} format={format} showFlags={!tooFew} />
              ))}
            </tbody>
          </table>
        </section>
        <TeamsSection report={report} scale={scale} format={format} source={source} />
        <PlayersSection title={t(words.people)} report={report} scale={scale} format={format} hostSecret={hostSecret} editable={gameOnly(source)} editing={editing} onEditingChange={setEditing} onSaved={(id, identifier) => setReport((r) => (r ? withIdentifier(r, id, identifier) : r))} />
      </>
    );
  }

  return <div className={`${teacherStyles.stack} page-report`}>{body}</div>;
}
