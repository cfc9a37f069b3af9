"use client";

import { teamName, type GameReport } from "@lousa/reports";
import { useI18n } from "../../lib/i18n";
import { downloadReportFile } from "../host/download";
import type { Formats } from "./question-row";
import type { ReportSource } from "./report-source";

interface Props {
  readonly report: GameReport;
  readonly scale: number;
  readonly format: Formats;
  readonly source: ReportSource;
}

/**
 * Team play: the teams in the podium's order (the server ranks them with the live rule), named as the
 * projector names them. Renders nothing for a game without teams.
 */
export function TeamsSection({ report, scale, format, source }: Props) {
  const { t, locale, number } = useI18n();
  if (!report.teams) return null;
  // The teams table as its own CSV, with the same grade scale as the page.
  const download = () => void downloadReportFile(source, "export.csv", { sheet: "teams", scale: String(scale), decimals: scale > 10 ? "0" : "1" });
  return (
    <section className="card" aria-labelledby="teams-title" data-testid="teams-section">
      <h2 id="teams-title">{t("report.teams")}</h2>
      <p className="muted small">{t("report.teams.note")}</p>
      <table className="table" data-testid="teams-table">
        <thead>
          <tr>
            <th className="num">{t("report.rank")}</th>
            <th>{t("report.teams.team")}</th>
            <th className="num">{t("report.teams.score")}</th>
            <th className="num">{t("report.teams.members")}</th>
            <th className="num">{t("report.percent")}</th>
            <th className="num">{t("report.teams.grade", { scale })}</th>
          </tr>
        </thead>
        <tbody>
          {report.teams.map((team) => (
            <tr key={team.team}>
              <td className="num">{team.rank}</td>
              <td>{teamName(team.team, locale)}</td>
              <td className="num">{number(team.score)}</td>
              <td className="num">{team.members}</td>
              <td className="num">{format.percent(team.percentCorrect)}</td>
              <td className="num grade">{format.decimal(team.averageGrade)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={download} data-testid="download-teams-csv">
        {t("report.teams.download")}
      </button>
    </section>
  );
}
