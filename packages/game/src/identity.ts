import type { GameIdentity } from "./types";

/**
 * The heading of the identifier column in the teacher's report, exports and progress table: what the
 * teacher asked for ("Matrícula", "E-mail"), "ID" when the identifiers came with a class list, null when
 * students gave nothing but a nickname. A live game and a homework alike.
 */
export function identifierColumnLabel(identity: GameIdentity | null | undefined): string | null {
  return identity?.label ?? (identity?.classList ? "ID" : null);
}

/**
 * What a student's phone asks them to type for grading, or null: nothing to type with a class list
 * (they pick their line, which carries the identifier) or without a label. A live game and a homework alike.
 */
export function identifierPrompt(identity: GameIdentity | null | undefined): string | null {
  return identity?.classList ? null : (identity?.label ?? null);
}
