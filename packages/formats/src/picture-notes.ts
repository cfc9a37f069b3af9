import type { ExportedFile, QuestionDraft } from "./types";

type Note = ExportedFile["notes"][number];

/**
 * A question's picture lives on the server (the draft holds only its id), and no format Lousa writes
 * carries picture files yet: each question that has one gets its own note, among the questions the file
 * holds (`written`), so the teacher knows to add it again after importing.
 */
export function pictureNotes(format: string, questions: readonly QuestionDraft[], written: (q: QuestionDraft) => boolean = () => true): Note[] {
  return questions.flatMap((q, i) =>
    q.image !== undefined && written(q) ? [{ question: i + 1, code: "FIELD_DROPPED" as const, message: `Question ${i + 1}: picture left out: the ${format} file has no pictures (add it again after importing)` }] : [],
  );
}
