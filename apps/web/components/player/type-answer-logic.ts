import { MAX_TYPED_LENGTH } from "@lousa/game";

/** The protocol's bound on a typed answer (the server refuses longer ones with INVALID_CHOICE). */
export const TYPED_ANSWER_MAX = MAX_TYPED_LENGTH;

/**
 * What the phone sends for what the student typed: inner runs of spaces made one and the ends trimmed,
 * as the server compares it anyway, so "Resposta enviada" shows what will be judged. Empty: nothing to send.
 */
export function typedAnswer(raw: string): string | null {
  const text = raw.replace(/\s+/g, " ").trim();
  return text === "" ? null : text.slice(0, TYPED_ANSWER_MAX);
}
