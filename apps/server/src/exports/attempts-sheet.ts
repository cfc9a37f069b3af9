import { labels, type ExportLocale } from "./locale";
import type { Sheet } from "./sheets";

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

const when = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace("T", " ");

/**
 * Homework only: every attempt of every student, one row each, saying which one counts. The other sheets
 * hold the counted attempt alone (one "player" per student, as a live game's), so a teacher who allows
 * several attempts still sees how each student got there.
 */
export function attemptsSheet(lines: readonly AttemptLine[], identifierLabel: string | null, locale: ExportLocale): Sheet {
  const L = labels(locale);
  const H = HEADERS[locale];
  const hasNames = lines.some((l) => l.realName !== null);
  return {
    key: "attempts",
    name: H.sheet,
    columns: [
      { header: L.nickname, width: 22, format: "text" },
      ...(hasNames ? [{ header: L.name, width: 28, format: "text" as const }] : []),
      { header: identifierLabel ?? L.identifier, width: 20, format: "text" },
      { header: H.attempt, width: 10, format: "int" },
      { header: L.score, width: 12, format: "int" },
      { header: L.correct, width: 10, format: "int" },
      { header: H.started, width: 18, format: "text" },
      { header: H.finished, width: 18, format: "text" },
      { header: H.counted, width: 14, format: "text" },
    ],
    rows: lines.map((l) => [
      l.nickname,
      ...(hasNames ? [l.realName] : []),
      l.identifier,
      l.number,
      l.score,
      l.correctCount,
      when(l.startedAt),
      l.finishedAt === null ? H.unfinished : when(l.finishedAt),
      l.counted ? L.yes : L.no,
    ]),
  };
}
