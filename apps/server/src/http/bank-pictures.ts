import type { ImageRepository } from "@lousa/db";
import type { BankDraft, QuestionIssue } from "@lousa/protocol";

/**
 * A bank's pictures checked against the stored images before the bank is saved: a picture id that
 * doesn't exist is the question's IMAGE_NOT_FOUND issue (nothing is saved), and each picture's size is
 * the stored image's, whatever the client sent (the projector and phones reserve its space from it).
 * Any existing id is accepted, not only the teacher's own: a duplicated or shared bank points at its
 * author's pictures, and ids are unguessable.
 */
export async function withStoredPictures(draft: BankDraft, images: ImageRepository): Promise<{ draft: BankDraft } | { issues: QuestionIssue[] }> {
  const ids = [...new Set(draft.questions.flatMap((q) => (q.image ? [q.image.id] : [])))];
  if (ids.length === 0) return { draft };
  const stored = await images.dimensions(ids);
  const issues: QuestionIssue[] = draft.questions.flatMap((q, i) => (q.image && !stored.has(q.image.id) ? [{ path: ["questions", i, "image"], code: "IMAGE_NOT_FOUND" as const }] : []));
  if (issues.length > 0) return { issues };
  return {
    draft: {
      ...draft,
      questions: draft.questions.map((q) => {
        const size = q.image ? stored.get(q.image.id) : undefined;
        return q.image && size ? { ...q, image: { ...q.image, width: size.width, height: size.height } } : q;
      }),
    },
  };
}
