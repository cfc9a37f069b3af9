/**
 * How far each row of a new scoreboard moved since the last one shown: for the row now at place i, how
 * many places lower it was (positive: it climbed; negative: it fell), or "new" when it was not on the
 * last scoreboard (it comes in from below). No earlier scoreboard: every row is "new".
 */
export function rowMoves(previous: readonly string[], current: readonly string[]): (number | "new")[] {
  const was = new Map(previous.map((id, i) => [id, i]));
  return current.map((id, i) => {
    const before = was.get(id);
    return before === undefined ? "new" : before - i;
  });
}
