import type { QuestionDraft } from "@lousa/protocol";

/**
 * Fields only one kind knows. Every kind's `convert` spreads the question it converts, so a field that
 * means nothing to the new kind would ride along; the schema is strict (SLIDER_NOT_USED, an unknown
 * `ignoreAccents`), so the editor drops them here, once, after any conversion.
 */
export function withoutForeignFields(q: QuestionDraft): QuestionDraft {
  const { ignoreAccents, slider, ...rest } = q;
  return {
    ...rest,
    ...(q.type === "typeAnswer" && ignoreAccents !== undefined ? { ignoreAccents } : {}),
    ...(q.type === "slider" && slider !== undefined ? { slider } : {}),
  };
}

/**
 * A question turned into a slide keeps its prompt (the slide's title), its explanation (the slide's
 * text), its picture, and its time and points (unused on a slide, kept for a conversion back). Options
 * and right answers go: nobody answers a slide.
 */
export function toSlide(from: QuestionDraft): QuestionDraft {
  return { ...from, type: "slide", options: [], correct: [] };
}
