import type { Description } from "gift-pegjs";
import type { Candidate } from "../collect";
import { slideText } from "../slide-text";
import type { ImportDefaults, QuestionDraft } from "../types";
import { giftText } from "./text";

/**
 * A GIFT "description" (text with no answer block) is Lousa's slide. Its `::title::` is the slide's
 * title and its text the slide's text, as exportGift writes a slide; without a title, the title comes
 * from the text (slide-text.ts).
 */
export function description(q: Description, line: number, defaults: ImportDefaults): Candidate {
  const text = giftText(q.stem);
  const title = q.title?.trim() ?? "";
  const slide = title !== "" ? { title, text } : slideText(text, null);
  const question: QuestionDraft = {
    type: "slide",
    prompt: slide.title,
    options: [],
    correct: [],
    explanation: slide.text,
    timeLimitSec: defaults.timeLimitSec,
    pointsMode: defaults.pointsMode,
  };
  return { at: { line }, question, notes: [] };
}
