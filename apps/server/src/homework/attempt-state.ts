import type { AttemptProgress, StoredAssignment, StoredHomeworkAttempt, StoredHomeworkStudent } from "@lousa/db";
import type { AttemptState, HomeworkRules } from "@lousa/game";

/** The rules one student's attempts are played by: the assignment as frozen, with their own accommodation. */
export function rulesFor(assignment: StoredAssignment, student: Pick<StoredHomeworkStudent, "accommodation"> | null): HomeworkRules {
  return { opensAt: assignment.opensAt, closesAt: assignment.closesAt, settings: assignment.settings, questions: assignment.questions, accommodation: student?.accommodation ?? null };
}

/** A stored attempt as the engine's plain state. */
export function attemptState(a: StoredHomeworkAttempt): AttemptState {
  return {
    number: a.number,
    position: a.position,
    openedAt: a.openedAt,
    score: a.score,
    streak: a.streak,
    correctCount: a.correctCount,
    totalResponseMs: a.totalResponseMs,
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
    answers: new Map(a.answers.map((r) => [r.questionIndex, r])),
  };
}

/** The columns a step stores (and compares against, so a step planned from an old read stores nothing). */
export function progressOf(s: AttemptState | StoredHomeworkAttempt): AttemptProgress {
  return { position: s.position, openedAt: s.openedAt, score: s.score, streak: s.streak, correctCount: s.correctCount, totalResponseMs: s.totalResponseMs, finishedAt: s.finishedAt };
}

/** The attempt after a step, as stored (the engine's answers map back to the record's list). */
export function storedAfter(before: StoredHomeworkAttempt, after: AttemptState): StoredHomeworkAttempt {
  return { ...before, ...progressOf(after), answers: [...after.answers.values()].sort((x, y) => x.questionIndex - y.questionIndex) };
}
