import { teamName, type GameReport, type PlayerReportRow } from "@lousa/reports";
import { labels, type ExportLocale } from "./locale";
import type { Cell, Column, Sheet } from "./sheets";

/**
 * Team play in the exports. A game without teams gets none of this (no column, no sheet), so its files
 * stay exactly as before. Teams are written by name ("Equipe Azul" / "Blue team", the names the
 * projector shows), in the export's language.
 */
export function hasTeams(report: GameReport): boolean {
  return report.teams !== null;
}

/** The "Equipe"/"Team" column of a per-student table, or nothing without teams. */
export function teamColumns(report: GameReport, locale: ExportLocale, header: string = labels(locale).team): Column[] {
  return hasTeams(report) ? [{ header, width: 18, format: "text" }] : [];
}

/** That column's cell for one student (empty for a student with no team, which a team game doesn't make). */
export function teamCells(report: GameReport, p: PlayerReportRow, locale: ExportLocale): Cell[] {
  if (!hasTeams(report)) return [];
  return [p.team === null ? null : teamName(p.team, locale)];
}

/** One row per team, in the podium's order: place, team, average score, members, % correct, average grade. */
export function teamsSheet(report: GameReport, locale: ExportLocale): Sheet | null {
  if (report.teams === null) return null;
  const L = labels(locale);
  return {
    key: "teams",
    name: L.teams,
    columns: [
      { header: L.rank, width: 9, format: "int" },
      { header: L.team, width: 20, format: "text" },
      { header: L.averageScore, width: 16, format: "int" },
      { header: L.members, width: 10, format: "int" },
      { header: L.percentCorrect, width: 12, format: "percent" },
      { header: `${L.averageGrade} (0–${report.grading.scale})`, width: 16, format: "decimal" },
    ],
    rows: report.teams.map((t) => [t.rank, teamName(t.team, locale), t.score, t.members, t.percentCorrect, t.averageGrade]),
  };
}
