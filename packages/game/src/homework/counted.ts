import type { AttemptRule } from "./settings";

export interface CountableAttempt {
  readonly number: number;
  readonly score: number;
  readonly finishedAt: number | null;
}

/**
 * The attempt that is the student's result, by the teacher's rule, among the finished ones; when none is
 * finished (stopped halfway, or the assignment closed first), their latest attempt as far as it went.
 */
export function countedAttempt<T extends CountableAttempt>(attempts: readonly T[], rule: AttemptRule): T | null {
  const byNumber = [...attempts].sort((a, b) => a.number - b.number);
  const finished = byNumber.filter((a) => a.finishedAt !== null);
  if (finished.length === 0) return byNumber.at(-1) ?? null;
  if (rule === "first") return finished[0] ?? null;
  if (rule === "last") return finished.at(-1) ?? null;
  // Best: the highest score; a tie goes to the earlier attempt (the result didn't improve).
  return finished.reduce((best, a) => (a.score > best.score ? a : best));
}
