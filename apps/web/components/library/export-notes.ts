import type { ExportNote, ExportNoteCode } from "@lousa/protocol";

/** A download's notes, one line per kind of problem, with the questions it concerns. */
export interface NoteGroup {
  readonly code: ExportNoteCode;
  readonly questions: readonly number[];
}

export function groupNotes(notes: readonly ExportNote[]): NoteGroup[] {
  const groups = new Map<ExportNoteCode, Set<number>>();
  for (const n of notes) groups.set(n.code, (groups.get(n.code) ?? new Set()).add(n.question));
  return [...groups].map(([code, qs]) => ({ code, questions: [...qs].sort((a, b) => a - b) }));
}

/** How many different questions the notes are about ("3 questões não cabem no Kahoot"). */
export function notedQuestionCount(notes: readonly ExportNote[]): number {
  return new Set(notes.map((n) => n.question)).size;
}

/** "1, 4, 7" or "1–3, 7": question numbers as a teacher reads them. */
export function questionList(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const [a, b] = [sorted[i], sorted[j]];
    parts.push(j - i >= 2 ? `${a}–${b}` : sorted.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return parts.join(", ");
}
