import { isCorrectChoice } from "../scoring";
import { asInBank, isIndexList, oneRightIssues, setText, sortedCopy, type KindRules } from "./kind";

/** One option is right; the player picks one. True/false is this with two options. */
export const single: KindRules = {
  type: "single",
  draftIssues: oneRightIssues,
  scored: true,
  accepts: (q, choices) => choices.length === 1 && isIndexList(choices, q.options.length),
  normalize: sortedCopy,
  isRight: (q, choices) => isCorrectChoice(choices, q.correct),
  answerText: setText,
  counted: (_q, choices) => choices,
  forPlay: asInBank,
};

export const trueFalse: KindRules = {
  ...single,
  type: "truefalse",
  draftIssues: (q) => [...oneRightIssues(q), ...(q.options.length !== 2 ? [{ code: "TRUEFALSE_NEEDS_TWO_OPTIONS" as const, field: "options" as const }] : [])],
};
