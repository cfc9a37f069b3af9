"use client";

import type { QuestionView } from "@lousa/game";
import { AnswerPad } from "./answer-pad";
import { OrderingPad } from "./ordering-pad";

/**
 * How a phone answers the question in view: ordering builds a sequence; every other kind picks options
 * on the answer pad (a poll is one tap, like single choice). The game and the editor's preview both use it.
 */
export function AnswerInput(props: { question: QuestionView; sent: readonly number[] | null; onAnswer(choices: number[]): void }) {
  return props.question.type === "ordering" ? <OrderingPad {...props} /> : <AnswerPad {...props} />;
}
