import type { PlayedQuestion } from "../types";
import { asInBank, type Answer, type KindRules } from "./kind";

/** Longest text a player may type (a command, a word, a short phrase). */
export const MAX_TYPED_LENGTH = 120;

/**
 * A typed answer, compared the way a teacher reads one: case, surrounding spaces and repeated inner
 * spaces never matter; accents only when the question says so ("nucleo" for "núcleo" in a pt-BR class).
 */
export function matchKey(text: string, ignoreAccents: boolean): string {
  const plain = text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("pt-BR");
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
  draftIssues: (q) => (q.correct.length > 0 ? [{ code: "CORRECT_NOT_USED", field: "correct" }] : []),
  scored: true,
  accepts: (_q, input) => "text" in input && typeof input.text === "string" && input.text.trim().length > 0 && input.text.length <= MAX_TYPED_LENGTH,
  normalize: (input): Answer => ({ choices: [], text: "text" in input ? input.text.normalize("NFC").trim().replace(/\s+/g, " ") : "" }),
  isRight: (q, a) => a.text !== null && matchedAnswer(q, a.text) >= 0,
  answerText: (a) => a.text ?? "",
  counted: (q, a) => {
    const i = a.text === null ? -1 : matchedAnswer(q, a.text);
    return i >= 0 ? [i] : [];
  },
  publicOptions: () => [],
  forPlay: asInBank,
};
