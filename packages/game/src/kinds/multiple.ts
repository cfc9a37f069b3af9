import { choicesOf, indexIssues, isIndexList, optionCountIssues, type KindRules } from "./kind";
import { single } from "./single";

/** Several options may be right; the player ticks a set, right only if it is exactly the right set. */
export const multiple: KindRules = {
  // Stored, judged (all-or-nothing: the exact set), counted and shown as single choice is.
  ...single,
  type: "multiple",
  draftIssues: (q) => [...optionCountIssues(q), ...(q.correct.length === 0 ? [{ code: "CORRECT_NONE" as const, field: "correct" as const }] : indexIssues(q))],
  accepts: (q, input) => {
    const choices = choicesOf(input);
    return choices !== null && choices.length >= 1 && isIndexList(choices, q.options.length);
  },
};
