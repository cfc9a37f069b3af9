import type { PlayedQuestion } from "../types";
import { asInBank, noSliderIssues, perOption, type Answer, type KindRules } from "./kind";

/** Longest text a player may type (a command, a word, a short phrase). */
export const MAX_TYPED_LENGTH = 120;

// Invisible and control characters (zero-width spaces, bidi overrides, NUL…) show as nothing or flip
// text on the projector: they are removed from what a student types, as from any text.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
// More than this many accents stacked on one letter draw far outside the line: refused.
const STACKED_MARKS = /\p{M}{4,}/u;
// What phone keyboards "smarten" (iOS turns -- into —, ' into ’) and a teacher never meant to tell apart.
const LOOK_ALIKES: readonly [RegExp, string][] = [
  [/[\u2018\u2019\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201F\u2033]/g, '"'],
  [/\u2014/g, "--"],
  [/[\u2010-\u2013\u2212]/g, "-"],
];

/** What a student typed, as stored and shown: NFC, no invisible characters, spaces collapsed, trimmed. */
export function cleanTyped(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/**
 * A typed answer (or an accepted one) compared the way a teacher reads it: case, surrounding and
 * repeated spaces, full-width look-alikes (NFKC), typographic quotes and dashes, and code backticks
 * never matter; accents only when the question says so ("nucleo" for "núcleo" in a pt-BR class).
 */
export function matchKey(text: string, ignoreAccents: boolean): string {
  let plain = cleanTyped(text).normalize("NFKC").replace(/`/g, "");
  for (const [from, to] of LOOK_ALIKES) plain = plain.replace(from, to);
  plain = plain.replace(/\s+/g, " ").trim().toLocaleLowerCase("pt-BR");
  return ignoreAccents ? plain.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC") : plain;
}

/** The accepted answer a text matches (its index), or −1. */
export function matchedAnswer(q: PlayedQuestion, text: string): number {
  const key = matchKey(text, q.ignoreAccents === true);
  return q.options.findIndex((accepted) => matchKey(accepted, q.ignoreAccents === true) === key);
}

/**
 * Type answer: the player types a short text; right if it matches one of the accepted answers (the
 * question's `options`, which phones never see before the reveal). `correct` is unused: every listed
 * answer is right. The reveal counts each accepted answer; the engine also keeps the wrong texts typed.
 */
export const typeAnswer: KindRules = {
  type: "typeAnswer",
  draftIssues: (q) => {
    const keys = q.options.map((o) => matchKey(o, false));
    return [
      ...noSliderIssues(q),
      ...(q.options.length < 1 ? [{ code: "OPTIONS_COUNT" as const, field: "options" as const }] : []),
      ...(q.correct.length > 0 ? [{ code: "CORRECT_NOT_USED" as const, field: "correct" as const }] : []),
      // An answer longer than a student may type could never be matched.
      ...(q.options.some((o) => o.length > MAX_TYPED_LENGTH) ? [{ code: "OPTION_TOO_LONG" as const, field: "options" as const }] : []),
      // Two answers a student can't tell apart ("uname -r", "UNAME  -r"): the second could never count.
      ...(new Set(keys).size !== keys.length ? [{ code: "OPTIONS_DUPLICATE" as const, field: "options" as const }] : []),
    ];
  },
  scored: true,
  answerable: true,
  distractors: false,
  accepts: (_q, input) => {
    if (!("text" in input) || typeof input.text !== "string" || input.text.length > MAX_TYPED_LENGTH) return false;
    const text = cleanTyped(input.text);
    return text.length > 0 && !STACKED_MARKS.test(text.normalize("NFD"));
  },
  normalize: (input): Answer => ({ choices: [], text: "text" in input ? cleanTyped(input.text) : "", value: null }),
  isRight: (q, a) => a.text !== null && matchedAnswer(q, a.text) >= 0,
  answerText: (a) => a.text ?? "",
  tallySize: perOption,
  counted: (q, a) => {
    const i = a.text === null ? -1 : matchedAnswer(q, a.text);
    return i >= 0 ? [i] : [];
  },
  publicOptions: () => [],
  forPlay: asInBank,
};
