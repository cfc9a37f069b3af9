"use client";

import type { QuestionView } from "@lousa/game";
import { AnswerPad } from "./answer-pad";
import { OrderingPad } from "./ordering-pad";
import { TypeAnswerPad } from "./type-answer-pad";

/**
 * How a phone answers the question in view: ordering builds a sequence; type-answer sends what was typed
 * (`sentText`/`onText`, since it has no options to point at); every other kind picks options on the
 * answer pad (a poll is one tap, like single choice). The game and the editor's preview both use it.
 */
export function AnswerInput(props: { question: QuestionView; sent: readonly number[] | null; sentText: string | null; onAnswer(choices: number[]): void; onText(text: string): void }) {
  if (props.question.type === "typeAnswer") return <TypeAnswerPad sent={props.sentText} onText={props.onText} />;
  return props.question.type === "ordering" ? <OrderingPad {...props} /> : <AnswerPad {...props} />;
}
