import type { QuestionDraft } from "@lousa/protocol";
import { addOption, removeOption, sequence, setOption } from "./options-ops";

/**
 * An ordering question's items: written in the right order, so `correct` is always 0…n − 1 and every
 * change (add, remove, move) rewrites it from the items' count. The order itself lives in `options`.
 */

export const withSequence = (q: QuestionDraft): QuestionDraft => ({ ...q, correct: sequence(q.options.length) });

export const setItem = (q: QuestionDraft, i: number, text: string): QuestionDraft => withSequence(setOption(q, i, text));
export const addItem = (q: QuestionDraft): QuestionDraft => withSequence(addOption(q));
export const removeItem = (q: QuestionDraft, i: number): QuestionDraft => withSequence(removeOption(q, i));

/** Item `from` moved to position `to` (the others shift); out of range changes nothing. */
export function moveItem(q: QuestionDraft, from: number, to: number): QuestionDraft {
  const n = q.options.length;
  if (from < 0 || from >= n || to < 0 || to >= n || from === to) return q;
  const options = [...q.options];
  const [moved] = options.splice(from, 1);
  options.splice(to, 0, moved ?? "");
  return withSequence({ ...q, options });
}
