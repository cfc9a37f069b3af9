import { isCorrectChoice } from "../scoring";
import { allOptions, asInBank, asSet, choicesOf, isIndexList, oneRightIssues, perOption, setText, type KindRules } from "./kind";

/** One option is right; the player picks one. True/false is this with two options. */
export const single: KindRules = {
  type: "single",
  draftIssues: oneRightIssues,
  scored: true,
  answerable: true,
  distractors: true,
  accepts: (q, input) => {
    const choices = choicesOf(input);
    return choices !== null && choices.length === 1 && isIndexList(choices, q.options.length);
  },
  normalize: asSet,
  isRight: (q, a) => isCorrectChoice(a.choices, q.correct),
  answerText: setText,
  tallySize: perOption,
  counted: (_q, a) => a.choices,
  publicOptions: allOptions,
  forPlay: asInBank,
};

export const trueFalse: KindRules = {
  ...single,
  type: "truefalse",
  draftIssues: (q) => [...oneRightIssues(q), ...(q.options.length !== 2 ? [{ code: "TRUEFALSE_NEEDS_TWO_OPTIONS" as const, field: "options" as const }] : [])],
};
