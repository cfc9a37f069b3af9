import { isCorrectChoice } from "../scoring";
import { asInBank, indexIssues, isIndexList, setText, sortedCopy, type KindRules } from "./kind";

/** Several options may be right; the player ticks a set, right only if it is exactly the right set. */
export const multiple: KindRules = {
  type: "multiple",
  draftIssues: (q) => (q.correct.length === 0 ? [{ code: "CORRECT_NONE", field: "correct" }] : indexIssues(q)),
  scored: true,
  accepts: (q, choices) => choices.length >= 1 && isIndexList(choices, q.options.length),
  normalize: sortedCopy,
  isRight: (q, choices) => isCorrectChoice(choices, q.correct),
  answerText: setText,
  counted: (_q, choices) => choices,
  forPlay: asInBank,
};
