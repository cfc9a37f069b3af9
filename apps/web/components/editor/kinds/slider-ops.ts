import { kindOf, SLIDER_FALLOFF_SHARE, type SliderSpec } from "@lousa/game";
import { questionIssues, type QuestionDraft, type QuestionIssueCode } from "@lousa/protocol";
import type { MessageKey } from "../../../lib/messages";
import { formatDecimal } from "./decimal";
import type { Language } from "./types";

/** A new slider's scale: 0 to 10 in whole steps, 5 is right, only 5 earns full points. */
export const BLANK_SLIDER: SliderSpec = { min: 0, max: 10, step: 1, answer: 5, tolerance: 0, unit: "" };

/** The scale's number fields, in the order the editor shows them. */
export const SLIDER_NUMBER_FIELDS = ["min", "max", "step", "answer", "tolerance"] as const;
export type SliderNumberField = (typeof SLIDER_NUMBER_FIELDS)[number];

/** The question with one of its scale's fields changed (a question without a scale gets the blank one first). */
export function setSliderField<F extends keyof SliderSpec>(q: QuestionDraft, field: F, value: SliderSpec[F]): QuestionDraft {
  return { ...q, slider: { ...(q.slider ?? BLANK_SLIDER), [field]: value } };
}

/**
 * A question turned into a slider keeps its prompt, explanation, time, points and picture. Its options
 * go (a slider has none; the editor's toast offers to undo), and a scale it had before — a slider
 * converted away and back — comes back rather than the blank one.
 */
export function toSlider(from: QuestionDraft): QuestionDraft {
  return { ...from, type: "slider", options: [], correct: [], slider: from.slider ?? BLANK_SLIDER };
}

/**
 * What a guess earns, in numbers the teacher can check: full points from `lo` to `hi` (the answer ±
 * the tolerance, kept on the scale), half the points `half` beyond that band, none from `zero` beyond
 * it. The distances come from the engine's rule (SLIDER_FALLOFF_SHARE of the scale), so the line the
 * editor shows can't drift from how the game scores.
 */
export interface SliderScoring {
  readonly exact: boolean;
  readonly lo: number;
  readonly hi: number;
  readonly half: number;
  readonly zero: number;
}

/** How a valid scale scores; null while the scale has a problem (its issue says what). */
export function sliderScoring(spec: SliderSpec): SliderScoring | null {
  if (kindOf("slider").draftIssues({ options: [], correct: [], slider: spec }).length > 0) return null;
  const falloff = (spec.max - spec.min) * SLIDER_FALLOFF_SHARE;
  return {
    exact: spec.tolerance === 0,
    lo: Math.max(spec.min, spec.answer - spec.tolerance),
    hi: Math.min(spec.max, spec.answer + spec.tolerance),
    half: falloff / 2,
    zero: falloff,
  };
}

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The scoring line under the slider's fields, e.g. "Vale tudo entre 10 e 14; metade dos pontos a 1 de distância, nenhum a 2 ou mais." */
export function sliderScoringText(spec: SliderSpec, t: Translate, locale: Language): string | null {
  const s = sliderScoring(spec);
  if (!s) return null;
  const num = (n: number) => formatDecimal(n, locale);
  const withUnit = (n: number) => (spec.unit.trim() ? `${num(n)} ${spec.unit.trim()}` : num(n));
  const falloff = t("media.slider.falloff", { half: withUnit(s.half), zero: withUnit(s.zero) });
  return s.exact || s.lo === s.hi
    ? t("media.slider.scoringExact", { answer: withUnit(spec.answer), falloff })
    : t("media.slider.scoringBand", { lo: withUnit(s.lo), hi: withUnit(s.hi), falloff });
}

/** The boxes each of the scale's rules is about (the schema places them all on `slider`). */
const BOXES: Partial<Record<QuestionIssueCode, readonly (keyof SliderSpec)[]>> = {
  SLIDER_MISSING: ["min", "max", "step", "answer", "tolerance"],
  SLIDER_RANGE: ["min", "max"],
  SLIDER_STEP: ["step"],
  SLIDER_ANSWER: ["answer"],
  SLIDER_TOLERANCE: ["tolerance"],
  SLIDER_UNIT_TOO_LONG: ["unit"],
};

/** The slider's boxes its issues are about, so only those are marked invalid (a wrong answer is not a wrong minimum). */
export function sliderBoxesAtFault(q: QuestionDraft): ReadonlySet<keyof SliderSpec> {
  const codes = questionIssues(q).filter((i) => i.path[0] === "slider").map((i) => i.code);
  return new Set(codes.flatMap((c) => BOXES[c] ?? []));
}
