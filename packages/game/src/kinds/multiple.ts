import { isCorrectChoice } from "../scoring";
import { allOptions, asInBank, asSet, choicesOf, indexIssues, isIndexList, optionCountIssues, setText, type KindRules } from "./kind";

/** Several options may be right; the player ticks a set, right only if it is exactly the right set. */
export const multiple: KindRules = {
  type: "multiple",
  draftIssues: (q) => [...optionCountIssues(q), ...(q.correct.length === 0 ? [{ code: "CORRECT_NONE" as const, field: "correct" as const }] : indexIssues(q))],
  scored: true,
  accepts: (q, input) => {
    const choices = choicesOf(input);
    return choices !== null && choices.length >= 1 && isIndexList(choices, q.options.length);
  },
  normalize: asSet,
  isRight: (q, a) => isCorrectChoice(a.choices, q.correct),
  answerText: setText,
  counted: (_q, a) => a.choices,
  publicOptions: allOptions,
  forPlay: asInBank,
};
