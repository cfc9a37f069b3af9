import type { ReviewQuestion } from "@lousa/protocol";

/** How one question went for the student, as the review marks it. */
export type ReviewVerdict = "right" | "wrong" | "close" | "none" | "poll";

/** An answer in the review, right or sent, in one shape per kind. */
export type ReviewAnswer =
  | { readonly kind: "options"; readonly indices: readonly number[] }
  | { readonly kind: "order"; readonly indices: readonly number[] }
  | { readonly kind: "texts"; readonly texts: readonly string[] }
  | { readonly kind: "value"; readonly value: number };

/**
 * A poll has nothing to get right; no answer is its own case; a slider's near miss earned points without
 * being right ("close"), as on the phone at the reveal.
 */
export function reviewVerdict(q: ReviewQuestion): ReviewVerdict {
  if (!q.graded) return "poll";
  if (!q.answer) return "none";
  if (q.right) return "right";
  return q.type === "slider" && q.points > 0 ? "close" : "wrong";
}

/** The right answer: the right options, the right order, every accepted text, the slider's value; none for a poll. */
export function rightAnswer(q: ReviewQuestion): ReviewAnswer | null {
  switch (q.type) {
    case "poll":
    case "slide":
      return null;
    case "ordering":
      return { kind: "order", indices: q.correct };
    case "typeAnswer":
      return q.options.length > 0 ? { kind: "texts", texts: q.options } : null;
    case "slider":
      return q.slider ? { kind: "value", value: q.slider.answer } : null;
    case "single":
    case "multiple":
    case "truefalse":
      return q.correct.length > 0 ? { kind: "options", indices: q.correct } : null;
  }
}

/** What the student sent, in the same shape as the right answer (null: they didn't answer). */
export function sentAnswer(q: ReviewQuestion): ReviewAnswer | null {
  const a = q.answer;
  if (!a) return null;
  if (q.type === "typeAnswer") return a.text === null ? null : { kind: "texts", texts: [a.text] };
  if (q.type === "slider") return a.value === null ? null : { kind: "value", value: a.value };
  if (q.type === "ordering") return { kind: "order", indices: a.choices };
  return a.choices.length > 0 ? { kind: "options", indices: a.choices } : null;
}
