import { kindOf, optionLetter, type AnswerRecord } from "@lousa/game";
import type { GameReport } from "@lousa/reports";
import { answerCell, sliderAnswerCell } from "./answer-cell";
import { csvConventions, labels, type ExportLocale } from "./locale";
import { studentColumns, utcMinute } from "./student-columns";
import { teamCells, teamColumns, teamsSheet } from "./team-sheet";

/** How a column's numbers are shown: the XLSX writer maps these to number formats, the CSV writer to text. */
export type CellFormat = "text" | "int" | "percent" | "decimal" | "seconds";
export type Cell = string | number | null;

export interface Column {
  readonly header: string;
  readonly width: number;
  readonly format: CellFormat;
}

/** One table of an export, independent of the file format it ends up in. */
export interface Sheet {
  /** "attempts": homework only (see attempts-sheet.ts). */
  readonly key: "summary" | "players" | "teams" | "questions" | "answers" | "attempts";
  readonly name: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** Per-row formats for the value column of a key/value sheet (the summary). */
  readonly rowFormats?: readonly CellFormat[];
}

/** An option with its letter, as the projector shows it: "B) Timina". */
const labelled = (options: readonly string[], index: number) => `${optionLetter(index)}) ${options[index] ?? ""}`;

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);

/** The tables of a game's results: Summary, Players, Teams (team play only), Questions (item analysis), Answers. */
export function buildSheets(report: GameReport, answers: readonly AnswerRecord[], locale: ExportLocale): Sheet[] {
  const L = labels(locale);
  // Numbers written inside text cells (a slider's guess) use the language's decimal mark.
  const decimal = csvConventions(locale).decimal;
  const g = report.game;
  const idHeader = g.identifierLabel ?? L.identifier;
  const who = studentColumns(report.players, g.identifierLabel, locale);

  const summary: Sheet = {
    key: "summary",
    name: L.summary,
    columns: [
      { header: L.summary, width: 28, format: "text" },
      { header: "", width: 40, format: "text" },
    ],
    rows: [
      [L.bank, g.bankTitle],
      [L.pin, g.pin],
      [L.date, `${utcMinute(g.startedAt ?? g.createdAt)} UTC`],
      [L.questionsPlayed, g.questionsPlayed],
      [L.playerCount, report.summary.playerCount],
      [L.averageScore, report.summary.averageScore],
      [L.averagePercentCorrect, report.summary.averagePercentCorrect],
      [L.averageGrade, report.summary.averageGrade],
      [L.gradeScale, `0–${report.grading.scale}`],
      [L.flagged, report.summary.tooFewToJudge ? L.tooFewToJudge.replace("{n}", String(report.summary.minPlayersForFlags)) : report.summary.flaggedQuestions],
    ],
    rowFormats: ["text", "text", "text", "int", "int", "int", "percent", "decimal", "text", report.summary.tooFewToJudge ? "text" : "int"],
  };

  const players: Sheet = {
    key: "players",
    name: L.players,
    columns: [
      { header: L.rank, width: 9, format: "int" },
      ...who.columns,
      ...teamColumns(report, locale),
      { header: L.score, width: 12, format: "int" },
      { header: L.correct, width: 10, format: "int" },
      { header: L.answered, width: 12, format: "int" },
      { header: L.percentCorrect, width: 12, format: "percent" },
      { header: L.averageResponse, width: 16, format: "seconds" },
      { header: `${L.grade} (0–${report.grading.scale})`, width: 12, format: "decimal" },
    ],
    rows: report.players.map((p) => [
      p.rank,
      ...who.cells(p),
      ...teamCells(report, p, locale),
      p.score,
      p.correct,
      p.answered,
      p.percentCorrect,
      seconds(p.averageResponseMs),
      p.grade,
    ]),
  };

  const questions: Sheet = {
    key: "questions",
    name: L.questions,
    columns: [
      { header: L.number, width: 6, format: "int" },
      { header: L.prompt, width: 60, format: "text" },
      { header: L.correctAnswer, width: 30, format: "text" },
      { header: L.answered, width: 12, format: "int" },
      { header: L.difficulty, width: 14, format: "percent" },
      { header: L.discrimination, width: 14, format: "decimal" },
      { header: L.topDistractor, width: 30, format: "text" },
      { header: L.topDistractorCount, width: 12, format: "int" },
      { header: L.medianResponse, width: 14, format: "seconds" },
      { header: L.flags, width: 36, format: "text" },
    ],
    rows: report.questions.map((q) => [
      q.index + 1,
      q.prompt,
      // A poll has no right answer (its vote goes here instead); ordering's is the sequence.
      !q.graded
        ? `${L.poll}: ${q.options.map((_, i) => `${labelled(q.options, i)} ${q.optionCounts[i] ?? 0}`).join(" | ")}`
        : q.type === "typeAnswer"
          ? q.options.join(" / ")
          : q.slider
            ? sliderAnswerCell(q.slider, decimal)
            : q.correctOptions.map((c) => labelled(q.options, c)).join(q.type === "ordering" ? " > " : " | "),
      q.answered,
      q.graded ? q.percentCorrect : null,
      q.discrimination === null ? null : Math.round(q.discrimination * 100) / 100,
      q.topDistractor ? labelled(q.options, q.topDistractor.option) : null,
      q.topDistractor?.count ?? 0,
      seconds(q.medianResponseMs),
      q.flags.map((f) => L[f]).join(", "),
    ]),
  };

  const byId = new Map(report.players.map((p) => [p.playerId, p]));
  // Report rows are the questions answered (slides are left out), keyed by their index in the game.
  const rowByIndex = new Map(report.questions.map((q) => [q.index, q]));
  // The accommodation column only in games that had one: other exports keep their shape.
  const accommodations = answers.some((a) => a.accommodated === true);
  const answerRows = answers
    .filter((a) => byId.has(a.playerId) && rowByIndex.has(a.questionIndex))
    .sort((a, b) => (byId.get(a.playerId)?.rank ?? 0) - (byId.get(b.playerId)?.rank ?? 0) || a.questionIndex - b.questionIndex)
    .map((a): Cell[] => {
      const p = byId.get(a.playerId)!;
      const q = rowByIndex.get(a.questionIndex) ?? { type: "single" as const, slider: null };
      const kind = kindOf(q.type);
      const cells: Cell[] = [p.nickname, p.identifier, a.questionIndex + 1, answerCell(q, a, decimal), kind.scored ? (a.correct ? L.yes : L.no) : null, a.points + a.streakBonus, seconds(a.responseMs)];
      return accommodations ? [...cells, a.accommodated === true ? L.yes : null] : cells;
    });
  const answersSheet: Sheet = {
    key: "answers",
    name: L.answers,
    columns: [
      { header: L.nickname, width: 22, format: "text" },
      { header: idHeader, width: 20, format: "text" },
      { header: L.question, width: 10, format: "int" },
      { header: L.choice, width: 10, format: "text" },
      { header: L.isCorrect, width: 10, format: "text" },
      { header: L.points, width: 10, format: "int" },
      { header: L.responseTime, width: 18, format: "seconds" },
      ...(accommodations ? [{ header: L.accommodated, width: 24, format: "text" as const }] : []),
    ],
    rows: answerRows,
  };

  const teams = teamsSheet(report, locale);
  return [summary, players, ...(teams ? [teams] : []), questions, answersSheet];
}
