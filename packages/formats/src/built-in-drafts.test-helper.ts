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
    })),
  };
}
