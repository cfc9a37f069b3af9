// Tests only: formats' source may not depend on @lousa/banks (lint); its tests use the built-in banks as data.
import { BUILT_IN_BANKS, type Bank } from "../../banks/src";
import type { BankDraft } from "./types";

export { BUILT_IN_BANKS, type Bank };

/** A built-in bank as a teacher's draft (what the library hands an exporter; points default to standard). */
export function draftOf(bank: Bank): BankDraft {
  return {
    title: bank.title,
    description: bank.description,
    language: bank.language,
    questions: bank.questions.map((q) => ({
      type: q.type,
      prompt: q.prompt,
      options: [...q.options],
      correct: [...q.correct],
      explanation: q.explanation,
      timeLimitSec: q.timeLimitSec,
      pointsMode: q.pointsMode ?? "standard",
      ...(q.ignoreAccents === undefined ? {} : { ignoreAccents: q.ignoreAccents }),
      ...(q.slider === undefined ? {} : { slider: { ...q.slider } }),
      ...(q.image === undefined ? {} : { image: { ...q.image } }),
    })),
  };
}

type Noted = { readonly question: number; readonly message: string };

/** The bank numbers (1-based, as notes give them) of the questions `pick` selects. */
export const numbersWhere = (questions: readonly { readonly type: string }[], pick: (type: string) => boolean): number[] => questions.flatMap((q, i) => (pick(q.type) ? [i + 1] : []));

/** The kinds no text format and no Kahoot template holds. */
export const isPollOrOrderingType = (type: string): boolean => type === "poll" || type === "ordering";

/** The kinds Aiken and Kahoot's template hold no question for: those above, a typed answer, a slider and a slide. */
export const isNotChoiceQuizType = (type: string): boolean => isPollOrOrderingType(type) || ["typeAnswer", "slider", "slide"].includes(type);

/** The questions an export left out, each by its own note. */
export const leftOut = (notes: readonly Noted[]): number[] => notes.filter((n) => n.message.includes(" is left out")).map((n) => n.question);
