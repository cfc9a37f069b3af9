import { asInBank, isIndexList, setText, sortedCopy, type KindRules } from "./kind";

/**
 * A poll: no right answer. The distribution is the reveal; it earns no points, leaves streaks, the
 * time tie-break and grades as they were, and a player who doesn't answer loses nothing.
 */
export const poll: KindRules = {
  type: "poll",
  draftIssues: (q) => (q.correct.length > 0 ? [{ code: "POLL_HAS_NO_CORRECT", field: "correct" }] : []),
  scored: false,
  accepts: (q, choices) => choices.length === 1 && isIndexList(choices, q.options.length),
  normalize: sortedCopy,
  isRight: () => false,
  answerText: setText,
  counted: (_q, choices) => choices,
  forPlay: asInBank,
};
