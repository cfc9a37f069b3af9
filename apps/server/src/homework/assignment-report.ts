import type { AssignmentRecord } from "@lousa/db";
import { countedAttempt, identifierColumnLabel, windowAt, type AnswerRecord } from "@lousa/game";
import type { GameReport, ReportInput, ReportPlayerInput } from "@lousa/reports";
import type { AttemptLine } from "../exports/attempts-sheet";
import { attemptsByStudent } from "./teacher-view";

/**
 * An assignment shaped for @lousa/reports as a live game is: one "player" per student, scored by the
 * attempt the teacher's rule counts (best / last / first; a student with none finished: their latest,
 * as far as it went), with that attempt's answers under the student's id. So the report, the item
 * analysis and every export are a live game's, and the code stands where a PIN does.
 */
export function assignmentReportInput(record: AssignmentRecord, now: number): ReportInput {
  const a = record.assignment;
  const by = attemptsByStudent(record);
  const players: ReportPlayerInput[] = [];
  const answers: AnswerRecord[] = [];
  for (const s of record.students) {
    const counted = countedAttempt(by.get(s.id) ?? [], a.settings.counts);
    if (!counted) continue;
    players.push({ id: s.id, nickname: s.nickname, realName: s.realName, identifier: s.identifier, score: counted.score, correctCount: counted.correctCount, totalResponseMs: counted.totalResponseMs, kicked: false, team: null });
    answers.push(...counted.answers.map((x) => ({ ...x, playerId: s.id })));
  }
  return {
    game: {
      id: a.id,
      pin: a.code,
      bankTitle: a.bankTitle,
      createdAt: a.createdAt,
      startedAt: a.opensAt,
      endedAt: windowAt(a, now) === "closed" ? a.closesAt : null,
      // Every question is assigned: one a student didn't reach counts as not answered, as a live game's would.
      questionsPlayed: a.questions.length,
      identifierLabel: identifierColumnLabel(a.identity),
    },
    questions: a.questions,
    players,
    answers: answers.sort((x, y) => x.questionIndex - y.questionIndex),
    teams: null,
  };
}

/** Every attempt of every student for the attempts sheet, saying which one counts (in the students' joining order). */
export function attemptLines(record: AssignmentRecord): AttemptLine[] {
  const by = attemptsByStudent(record);
  return record.students.flatMap((s) => {
    const attempts = by.get(s.id) ?? [];
    const counted = countedAttempt(attempts, record.assignment.settings.counts);
    return attempts.map((t) => ({ studentId: s.id, nickname: s.nickname, realName: s.realName, identifier: s.identifier, number: t.number, score: t.score, correctCount: t.correctCount, startedAt: t.startedAt, finishedAt: t.finishedAt, counted: t === counted }));
  });
}

/** The lines in the report's ranking (as the answers sheet), each student's attempts in order. */
export function inRankOrder(lines: readonly AttemptLine[], report: GameReport): AttemptLine[] {
  const place = new Map(report.players.map((p, i) => [p.playerId, i]));
  const at = (l: AttemptLine) => place.get(l.studentId) ?? report.players.length;
  return [...lines].sort((x, y) => at(x) - at(y) || x.nickname.localeCompare(y.nickname) || x.number - y.number);
}
