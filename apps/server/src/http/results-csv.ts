import { kindOf } from "@lousa/game";
import type { GameReport, ReportInput } from "@lousa/reports";
import { answerCell } from "../exports/answer-cell";
import { sheetToCsv } from "../exports/csv";
import { labels, resultColumns, type CsvRequest } from "../exports/locale";
import type { Cell, Column, Sheet } from "../exports/sheets";
import { teamCells, teamColumns } from "../exports/team-sheet";

/**
 * Results of one game (or homework) in one wide table: a row per player in the report's ranking, with the
 * player's choice (letters as on the projector), correctness, points and response time for each
 * question. Headers, yes/no, separator and decimal mark follow the requested locale, as in the report's
 * CSV. Written by the shared CSV writer (BOM, quoting, formula neutralisation).
 */
export function resultsCsv(input: Pick<ReportInput, "questions" | "answers">, report: GameReport, format: CsvRequest): string {
  const C = resultColumns(format.locale);
  const L = labels(format.locale);
  // A slide asks nothing: no columns for it (the others keep their number in the game).
  const questions = input.questions.flatMap((q, index) => (kindOf(q.type).answerable ? [{ q, index }] : []));
  const answers = input.answers;
  const byPlayer = new Map<string, Map<number, (typeof answers)[number]>>();
  for (const a of answers) {
    let m = byPlayer.get(a.playerId);
    if (!m) byPlayer.set(a.playerId, (m = new Map()));
    m.set(a.questionIndex, a);
  }
  const col = (header: string, format: Column["format"]): Column => ({ header, width: 0, format });
  const columns: Column[] = [col(C.rank, "int"), col(C.nickname, "text"), ...teamColumns(report, format.locale, C.team), col(C.score, "int"), col(C.correct, "int"), col(C.questions, "int")];
  // One more column per question only in games where someone answered with an accommodation.
  const accommodations = answers.some((a) => a.accommodated === true);
  questions.forEach(({ index }) => {
    columns.push(col(`q${index + 1}_${C.choice}`, "text"), col(`q${index + 1}_${C.isCorrect}`, "text"), col(`q${index + 1}_${C.points}`, "int"), col(`q${index + 1}_${C.responseMs}`, "int"));
    if (accommodations) columns.push(col(`q${index + 1}_${C.accommodated}`, "text"));
  });
  const rows = report.players.map((p) => {
    // Out of the graded questions played, as "correct" is (polls have no right answer).
    const cells: Cell[] = [p.rank, p.nickname, ...teamCells(report, p, format.locale), p.score, p.correct, report.summary.gradedQuestions];
    questions.forEach(({ q, index }) => {
      const a = byPlayer.get(p.playerId)?.get(index);
      if (!a) cells.push(null, null, 0, null);
      else {
        const kind = kindOf(q.type);
        // A poll's answer is neither right nor wrong: the cell stays empty.
        cells.push(answerCell(q, a, format.decimal), kind.scored ? (a.correct ? L.yes : L.no) : null, a.points + a.streakBonus, a.responseMs);
      }
      if (accommodations) cells.push(a?.accommodated === true ? L.yes : null);
    });
    return cells;
  });
  const sheet: Sheet = { key: "answers", name: "results", columns, rows };
  return sheetToCsv(sheet, format);
}
