import type { PlayedQuestion } from "../types";
import { allOptions, choicesOf, isIndexList, optionCountIssues, optionLetter, perOption, type KindRules } from "./kind";

/**
 * Put 2–6 items in order. The bank keeps the items in the right order; a game shows them shuffled,
 * with `correct` then holding the right sequence of (shuffled) option indexes. The answer is the
 * sequence the player built: right only if it is the whole sequence (all-or-nothing, as Kahoot does).
 * The reveal's distribution counts, per item, the players who put it in its right place.
 */
export const ordering: KindRules = {
  type: "ordering",
  // Written in the right order: `correct` is that order, [0, 1, …, n − 1] (what the editor and importers send).
  draftIssues: (q) => [...optionCountIssues(q), ...(q.correct.length === q.options.length && q.correct.every((c, i) => c === i) ? [] : [{ code: "ORDERING_NEEDS_SEQUENCE" as const, field: "correct" as const }])],
  scored: true,
  answerable: true,
  distractors: false,
  accepts: (q, input) => {
    const choices = choicesOf(input);
    return choices !== null && choices.length === q.options.length && isIndexList(choices, q.options.length);
  },
  normalize: (input) => ({ choices: [...(choicesOf(input) ?? [])], text: null, value: null }),
  isRight: (q, a) => a.choices.length === q.correct.length && a.choices.every((c, i) => c === q.correct[i]),
  answerText: (a) => a.choices.map(optionLetter).join(" > "),
  tallySize: perOption,
  counted: (q, a) => a.choices.filter((c, position) => q.correct[position] === c),
  publicOptions: allOptions,
  forPlay: shuffled,
};

/**
 * The items in a uniformly random order. Never "anything but the right order": with two items that
 * would always show them reversed, and with more it would still tell a student one order that is wrong.
 */
function shuffled(q: PlayedQuestion, random: () => number): PlayedQuestion {
  const rightSequence = q.correct.length === q.options.length ? q.correct : q.options.map((_, i) => i);
  // order[k] = the bank index shown at position k.
  const order = fisherYates(q.options.map((_, i) => i), random);
  const shownIndexOf = new Map(order.map((bankIndex, shown) => [bankIndex, shown]));
  return {
    ...q,
    options: order.map((bankIndex) => q.options[bankIndex] ?? ""),
    correct: rightSequence.map((bankIndex) => shownIndexOf.get(bankIndex) ?? 0),
  };
}

function fisherYates(items: readonly number[], random: () => number): number[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] ?? 0, out[i] ?? 0];
  }
  return out;
}
