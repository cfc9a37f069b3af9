"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useI18n } from "../../lib/i18n";
import { hostedGames } from "../../lib/storage";
import { Brand } from "../brand";
import { LangSwitch } from "../lang-switch";

interface HistoryRow {
  readonly gameId: string;
  readonly pin: string;
  readonly bankTitle: string;
  readonly createdAt: number;
  readonly phase: string;
  readonly playerCount: number;
  readonly questionsPlayed: number;
  readonly averageScore: number;
  readonly averagePercentCorrect: number;
  readonly flaggedQuestions: number;
}

function isHistory(value: unknown): value is HistoryRow[] {
  return Array.isArray(value) && value.every((r) => typeof r === "object" && r !== null && "gameId" in r && "bankTitle" in r);
}

/** Past games hosted from this browser (it holds their host keys), newest first. */
export function HistoryPage() {
  const { t, locale, number } = useI18n();
  const [rows, setRows] = useState<HistoryRow[] | null>(null);

  useEffect(() => {
    const games = hostedGames();
    if (games.length === 0) return setRows([]);
    void fetch("/api/games/history", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ games }) })
      .then((r) => r.json())
      .then((body: unknown) => setRows(isHistory(body) ? body : []));
  }, []);

  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" });
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return (
    <main className="page page-report">
      <header className="topbar">
        <Brand />
        <span className="spacer" />
        <LangSwitch />
      </header>
      <section className="card">
        <h1>{t("history.title")}</h1>
        {rows === null ? (
          <div className="spinner" />
        ) : rows.length === 0 ? (
          <p className="muted">{t("history.empty")}</p>
        ) : (
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
        )}
      </section>
    </main>
  );
}
