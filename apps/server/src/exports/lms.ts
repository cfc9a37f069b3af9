import type { GameReport } from "@lousa/reports";
import { sheetToCsv } from "./csv";
import type { ExportLocale } from "./locale";
import type { Sheet } from "./sheets";
import { teamCells, teamColumns } from "./team-sheet";

/** The grade item's name in the gradebook: bank and date, so several quizzes don't collide. */
export function gradeItemName(report: GameReport): string {
  const date = new Date(report.game.startedAt ?? report.game.createdAt).toISOString().slice(0, 10);
  return `Lousa - ${report.game.bankTitle} ${date}`;
}

/** Identifier, name and grade of every player who gave an identifier, comma-separated with a decimal point. */
function gradebookCsv(report: GameReport, idHeader: string, nameHeader: string, locale: ExportLocale): string {
  const sheet: Sheet = {
    key: "players",
    name: "gradebook",
    columns: [
      { header: idHeader, width: 0, format: "text" },
      { header: nameHeader, width: 0, format: "text" },
      // Team play: the team after the name. An import maps only the columns it is told to (the grade item), so this one is read, not imported.
      ...teamColumns(report, locale),
      { header: gradeItemName(report), width: 0, format: "decimal" },
    ],
    rows: report.players.filter((p) => p.identifier).map((p) => [p.identifier, p.realName ?? p.nickname, ...teamCells(report, p, locale), p.grade]),
  };
  return sheetToCsv(sheet, { separator: ",", decimal: "." });
}

/**
 * Moodle "Import grades → CSV file": comma-separated, a column to map to the user's ID number,
 * e-mail or username, and one column per grade item (decimal point). Players without an identifier
 * can't be matched to a Moodle user, so they are left out (the report lists them).
 */
export function moodleCsv(report: GameReport, locale: ExportLocale = "pt-BR"): string {
  return gradebookCsv(report, "ID number", "Full name", locale);
}

/**
 * Google Classroom-style grade sheet (import into Sheets, then into Classroom): student e-mail,
 * name, and the grade. The identifier the host asked for should be the school e-mail.
 */
export function classroomCsv(report: GameReport, locale: ExportLocale = "pt-BR"): string {
  return gradebookCsv(report, "Email Address", "Name", locale);
}
