import type { AssignmentRecord, AssignmentSummary, StoredAssignment, StoredHomeworkAttempt, StoredHomeworkStudent } from "@lousa/db";
import { answerableCount, countedAttempt, identifierColumnLabel, windowAt } from "@lousa/game";
import type { AssignmentDetail, AssignmentRow, HomeworkProgressRow } from "@lousa/protocol";

/** What the teacher sees of their assignments: the list, and one assignment's progress. */

export function assignmentRow(s: AssignmentSummary, link: string, now: number): AssignmentRow {
  const a = s.assignment;
  return { id: a.id, code: a.code, link, bankTitle: a.bankTitle, opensAt: a.opensAt, closesAt: a.closesAt, window: windowAt(a, now), questionCount: answerableCount(a.questions), started: s.started, finished: s.finished };
}

/** The latest thing a student did: joined, started, saw a question, answered, finished. */
function lastActivity(student: StoredHomeworkStudent, attempts: readonly StoredHomeworkAttempt[]): number {
  return Math.max(student.joinedAt, ...attempts.flatMap((t) => [t.startedAt, t.openedAt ?? 0, t.finishedAt ?? 0, ...t.answers.map((x) => x.answeredAt)]));
}

function progressRow(a: StoredAssignment, student: StoredHomeworkStudent, attempts: readonly StoredHomeworkAttempt[]): HomeworkProgressRow {
  const last = attempts.at(-1);
  // Questions behind them in their latest attempt (slides are not questions to the teacher).
  const done = last ? answerableCount(a.questions.slice(0, last.position)) : 0;
  return {
    studentId: student.id,
    nickname: student.nickname,
    realName: student.realName,
    identifier: student.identifier,
    attempts: attempts.length,
    done,
    finished: attempts.some((t) => t.finishedAt !== null),
    score: countedAttempt(attempts, a.settings.counts)?.score ?? 0,
    lastActivityAt: lastActivity(student, attempts),
    accommodated: student.accommodation !== null,
    released: student.released,
  };
}

/** Each student's attempts, oldest first. */
export function attemptsByStudent(record: AssignmentRecord): Map<string, StoredHomeworkAttempt[]> {
  const by = new Map<string, StoredHomeworkAttempt[]>(record.students.map((s) => [s.id, []]));
  for (const t of record.attempts) by.get(t.studentId)?.push(t);
  for (const list of by.values()) list.sort((x, y) => x.number - y.number);
  return by;
}

export function assignmentDetail(record: AssignmentRecord, link: string, now: number): AssignmentDetail {
  const a = record.assignment;
  const by = attemptsByStudent(record);
  const progress = record.students.map((s) => progressRow(a, s, by.get(s.id) ?? []));
  const summary: AssignmentSummary = { assignment: a, started: progress.length, finished: progress.filter((p) => p.finished).length };
  return {
    ...assignmentRow(summary, link, now),
    settings: a.settings,
    // The progress table's identifier column: headed as the report's and the exports' are.
    identifierLabel: identifierColumnLabel(a.identity),
    classListSize: a.identity?.classList?.length ?? null,
    progress,
  };
}
