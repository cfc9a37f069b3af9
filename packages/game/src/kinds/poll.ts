import { allOptions, asInBank, asSet, choicesOf, isIndexList, optionCountIssues, perOption, setText, type KindRules } from "./kind";

/**
 * A poll: no right answer. The distribution is the reveal; it earns no points, leaves streaks, the
 * time tie-break and grades as they were, and a player who doesn't answer loses nothing.
 */
export const poll: KindRules = {
  type: "poll",
  draftIssues: (q) => [...optionCountIssues(q), ...(q.correct.length > 0 ? [{ code: "POLL_HAS_NO_CORRECT" as const, field: "correct" as const }] : [])],
  scored: false,
  answerable: true,
  distractors: false,
  accepts: (q, input) => {
    const choices = choicesOf(input);
    return choices !== null && choices.length === 1 && isIndexList(choices, q.options.length);
  },
  normalize: asSet,
  isRight: () => false,
  answerText: setText,
  tallySize: perOption,
  counted: (_q, a) => a.choices,
  publicOptions: allOptions,
  forPlay: asInBank,
};
