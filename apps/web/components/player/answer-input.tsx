"use client";

import type { QuestionView } from "@lousa/game";
import { AnswerPad } from "./answer-pad";
import { OrderingPad } from "./ordering-pad";
import { SliderPad } from "./slider-pad";
import { TypeAnswerPad } from "./type-answer-pad";

/**
 * How a phone answers the question in view: ordering builds a sequence; type-answer sends what was typed
 * (`sentText`/`onText`, since it has no options to point at); a slider sends a value on its scale
 * (`sentValue`/`onValue`); every other kind picks options on the answer pad (a poll is one tap, like
 * single choice). The game and the editor's preview both use it (the preview sends nothing).
 */
export function AnswerInput(props: {
  question: QuestionView;
  sent: readonly number[] | null;
  sentText: string | null;
  sentValue?: number | null;
  onAnswer(choices: number[]): void;
  onText(text: string): void;
  onValue?(value: number): void;
}) {
  if (props.question.type === "typeAnswer") return <TypeAnswerPad sent={props.sentText} onText={props.onText} />;
  if (props.question.type === "slider" && props.question.scale) return <SliderPad scale={props.question.scale} sent={props.sentValue ?? null} onValue={props.onValue} />;
  return props.question.type === "ordering" ? <OrderingPad {...props} /> : <AnswerPad {...props} />;
}
