import { labels, type ExportLocale } from "./locale";
import type { Sheet } from "./sheets";
import { studentColumns, utcMinute } from "./student-columns";

/** One attempt at a homework, as the attempts sheet lists it (packages/db knows nothing of sheets). */
export interface AttemptLine {
  readonly studentId: string;
  readonly nickname: string;
  readonly realName: string | null;
  readonly identifier: string | null;
  readonly number: number;
  readonly score: number;
  readonly correctCount: number;
  readonly startedAt: number;
  /** Null: stopped half-way (or the assignment closed first). */
  readonly finishedAt: number | null;
  /** The attempt the report counts for this student (the teacher's best / last / first rule). */
  readonly counted: boolean;
}

const HEADERS = {
  "pt-BR": { sheet: "Tentativas", attempt: "Tentativa", started: "Início (UTC)", finished: "Fim (UTC)", counted: "Conta na nota", unfinished: "não terminada" },
  en: { sheet: "Attempts", attempt: "Attempt", started: "Started (UTC)", finished: "Finished (UTC)", counted: "Counts", unfinished: "not finished" },
} as const;

/**
 * Homework only: every attempt of every student, one row each, saying which one counts. The other sheets
 * hold the counted attempt alone (one "player" per student, as a live game's), so a teacher who allows
 * several attempts still sees how each student got there.
 */
export function attemptsSheet(lines: readonly AttemptLine[], identifierLabel: string | null, locale: ExportLocale): Sheet {
  const L = labels(locale);
  const H = HEADERS[locale];
  const who = studentColumns(lines, identifierLabel, locale);
  return {
    key: "attempts",
    name: H.sheet,
    columns: [
      ...who.columns,
      { header: H.attempt, width: 10, format: "int" },
      { header: L.score, width: 12, format: "int" },
      { header: L.correct, width: 10, format: "int" },
      { header: H.started, width: 18, format: "text" },
      { header: H.finished, width: 18, format: "text" },
      { header: H.counted, width: 14, format: "text" },
    ],
    rows: lines.map((l) => [
      ...who.cells(l),
      l.number,
      l.score,
      l.correctCount,
      utcMinute(l.startedAt),
      l.finishedAt === null ? H.unfinished : utcMinute(l.finishedAt),
      l.counted ? L.yes : L.no,
    ]),
  };
}
