"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useI18n } from "../../lib/i18n";
import type { GameHistoryRow } from "@lousa/protocol";
import { hostedGames } from "../../lib/storage";
import { teacherApi } from "../teacher/teacher-api";
import { TeacherPage, useSignedOut } from "../teacher/teacher-page";
import styles from "../teacher/teacher.module.css";

/** This browser's games (it holds their host keys): found even when hosted signed out or by another account. */
async function gamesWithKeysHere(): Promise<GameHistoryRow[]> {
  const games = hostedGames();
  if (games.length === 0) return [];
  // Newest first in storage; the server reads at most 100 at a time.
  const r = await teacherApi.gamesByKey(games.slice(0, 100));
  return r.ok ? r.data : [];
}

/** One list, newest first: the teacher's games (their account) and the ones whose keys this browser holds. */
function merge(mine: readonly GameHistoryRow[], local: readonly GameHistoryRow[]): GameHistoryRow[] {
  const byId = new Map<string, GameHistoryRow>();
  for (const row of [...local, ...mine]) byId.set(row.gameId, row);
  return [...byId.values()].sort((a, b) => b.createdAt - a.createdAt);
}

/** Past games: the signed-in teacher's, plus any this browser hosted (it holds their host keys). */
export function HistoryPage() {
  const { t } = useI18n();
  return (
    <TeacherPage title={t("history.title")} wide>
      <HistoryTable />
    </TeacherPage>
  );
}

function HistoryTable() {
  const { t, locale, number } = useI18n();
  const signedOut = useSignedOut();
  const [rows, setRows] = useState<GameHistoryRow[] | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([teacherApi.myGames(), gamesWithKeysHere()]).then(([mine, local]) => {
      if (!current) return;
      if (!mine.ok && mine.error.status === 401) return signedOut();
      setRows(merge(mine.ok ? mine.data : [], local));
    });
    return () => {
      current = false;
    };
  }, [signedOut]);

  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" });
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return (
    <section className="card">
      {rows === null ? (
        <p className="muted">{t("teacher.loading")}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t("teacher.history.empty")}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className="table" data-testid="history-table">
            <thead>
              <tr>
                <th>{t("history.date")}</th>
                <th>{t("history.bank")}</th>
                <th className="num">{t("history.players")}</th>
                <th className="num">{t("history.avgScore")}</th>
                <th className="num">{t("history.avgCorrect")}</th>
                <th className="num">{t("history.flags")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.gameId}>
                  <td>
                    {date.format(r.createdAt)} {r.phase !== "podium" && <span className="badge">{t("history.live")}</span>}
                  </td>
                  <td>{r.bankTitle}</td>
                  <td className="num">{r.playerCount}</td>
                  <td className="num">{number(r.averageScore)}</td>
                  <td className="num">{pct.format(r.averagePercentCorrect)}</td>
                  <td className="num">{r.flaggedQuestions}</td>
                  <td>
                    <Link href={`/host/report/${r.gameId}`} className="button">
                      {t("history.open")}
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
