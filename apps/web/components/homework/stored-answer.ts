import type { PublicQuestion } from "@lousa/game";
import { richTextPlain, type HomeworkFeedback } from "@lousa/protocol";
import type { Locale } from "../../lib/messages";
import { formatSliderValue } from "../player/slider-logic";

/**
 * What the server stored for a question, in words, for the phone to show back when the result waits for
 * the deadline: the options picked (an ordering's in its order), the text typed, or the value on the scale.
 */
export function storedAnswerText(locale: Locale, question: PublicQuestion, answer: HomeworkFeedback["answer"]): string | null {
  if (answer.text !== null) return answer.text;
  if (answer.value !== null) return question.scale ? formatSliderValue(locale, question.scale, answer.value) : String(answer.value);
  if (answer.choices.length === 0) return null;
  return answer.choices.map((i) => richTextPlain(question.options[i] ?? "")).join(question.type === "ordering" ? " → " : ", ");
}
