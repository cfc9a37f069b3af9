import type { SliderScale, SliderSpec } from "../types";
import { asInBank, type KindIssue, type KindRules, type OptionsAndCorrect } from "./kind";

/** Biggest magnitude a slider number may have (beyond it, floating point stops counting steps exactly). */
export const SLIDER_MAX_MAGNITUDE = 1e9;
/** Most positions a slider may have: a phone's thumb can't pick one of more. */
export const SLIDER_MAX_STEPS = 10_000;
/**
 * Scoring by closeness: a guess within the tolerance is right and earns full points (by speed, as every
 * kind). Beyond it, the points fall in a straight line and reach zero this share of the scale further
 * out: on a 0–20 scale with answer 5 and tolerance 0, a guess of 6 earns half the points, 7 or more none.
 * A near miss is not right: it keeps no streak and doesn't count as correct in grades.
 */
export const SLIDER_FALLOFF_SHARE = 0.1;
/** Up to this many positions, the reveal's histogram has one bar per value; beyond, this many bars. */
export const SLIDER_BINS = 10;

const EPSILON = 1e-9;

/** Most decimals a slider number may have (0.000001): beyond, steps can't be counted exactly. */
export const SLIDER_MAX_DECIMALS = 6;

/** Decimals a number is written with (0.25 → 2), so stepped values print as the teacher wrote them; up to SLIDER_MAX_DECIMALS + 1. */
function decimalsOf(n: number): number {
  for (let d = 0; d <= SLIDER_MAX_DECIMALS; d++) {
    const scaled = n * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < EPSILON * Math.max(1, Math.abs(scaled))) return d;
  }
  return SLIDER_MAX_DECIMALS + 1;
}

/** How many steps from min to max (not an integer: the step doesn't divide the range). */
const stepCount = (s: SliderScale): number => (s.max - s.min) / s.step;

/** `value` moved to the nearest step of the scale and kept inside it, printed without float noise. */
export function snapToStep(s: SliderScale, value: number): number {
  const k = Math.min(Math.max(Math.round((value - s.min) / s.step), 0), Math.round(stepCount(s)));
  const decimals = Math.max(decimalsOf(s.min), decimalsOf(s.step));
  return Number((s.min + k * s.step).toFixed(decimals));
}

const isWhole = (n: number): boolean => Math.abs(n - Math.round(n)) < EPSILON * Math.max(1, Math.abs(n));

function specIssues(s: SliderSpec): KindIssue[] {
  const issue = (code: KindIssue["code"]): KindIssue => ({ code, field: "slider" });
  const numbers = [s.min, s.max, s.step, s.answer, s.tolerance];
  if (numbers.some((n) => !Number.isFinite(n) || Math.abs(n) > SLIDER_MAX_MAGNITUDE)) return [issue("SLIDER_RANGE")];
  if (!(s.min < s.max) || decimalsOf(s.min) > SLIDER_MAX_DECIMALS) return [issue("SLIDER_RANGE")];
  const steps = stepCount(s);
  // A step finer than a millionth (1e-7) can't be counted exactly, nor printed as written.
  if (!(s.step > 0) || decimalsOf(s.step) > SLIDER_MAX_DECIMALS || !isWhole(steps) || Math.round(steps) > SLIDER_MAX_STEPS) return [issue("SLIDER_STEP")];
  const issues: KindIssue[] = [];
  if (s.answer < s.min || s.answer > s.max || !isWhole((s.answer - s.min) / s.step)) issues.push(issue("SLIDER_ANSWER"));
  // Half the scale or more would make almost any guess right.
  if (s.tolerance < 0 || s.tolerance >= (s.max - s.min) / 2) issues.push(issue("SLIDER_TOLERANCE"));
  return issues;
}

function draftIssues(q: OptionsAndCorrect): KindIssue[] {
  return [
    ...(q.options.length > 0 ? [{ code: "OPTIONS_NOT_USED" as const, field: "options" as const }] : []),
    ...(q.correct.length > 0 ? [{ code: "CORRECT_NOT_USED" as const, field: "correct" as const }] : []),
    ...(q.slider === undefined ? [{ code: "SLIDER_MISSING" as const, field: "slider" as const }] : specIssues(q.slider)),
  ];
}

/** The first step of the scale at or above `min + share × (max − min)`: where a bar of a long scale starts. */
function firstStepFrom(s: SliderScale, share: number): number {
  const k = Math.ceil((share * stepCount(s)) - EPSILON);
  return snapToStep(s, s.min + k * s.step);
}

/**
 * The histogram's bars for a scale: [from, to] each, inclusive, both on steps of the scale — so a bar's
 * label names exactly the values it holds. One bar per value on a short scale; on a long one
 * SLIDER_BINS bars of equal width, each holding the steps from its start up to the next bar's.
 */
export function sliderBins(s: SliderScale): { readonly from: number; readonly to: number }[] {
  const positions = Math.round(stepCount(s)) + 1;
  if (positions <= SLIDER_BINS + 1) return Array.from({ length: positions }, (_, k) => ({ from: snapToStep(s, s.min + k * s.step), to: snapToStep(s, s.min + k * s.step) }));
  return Array.from({ length: SLIDER_BINS }, (_, k) => ({
    from: firstStepFrom(s, k / SLIDER_BINS),
    to: k === SLIDER_BINS - 1 ? snapToStep(s, s.max) : snapToStep(s, firstStepFrom(s, (k + 1) / SLIDER_BINS) - s.step),
  }));
}

/** The bar a value (on a step) falls in (see sliderBins). */
export function sliderBinOf(s: SliderScale, value: number): number {
  const positions = Math.round(stepCount(s)) + 1;
  if (positions <= SLIDER_BINS + 1) return Math.round((value - s.min) / s.step);
  const stepIndex = Math.round((value - s.min) / s.step);
  // The bar whose first step is at or below this one: floor(k × bins / steps), tolerant of float noise.
  return Math.min(SLIDER_BINS - 1, Math.max(0, Math.floor((stepIndex * SLIDER_BINS) / stepCount(s) + EPSILON)));
}

/** What a phone may see of a slider while it is open: the scale without the answer and tolerance. */
export const sliderScale = (s: SliderSpec): SliderScale => ({ min: s.min, max: s.max, step: s.step, unit: s.unit });

/** The share of the points a guess earns: 1 within the tolerance, then down to 0 (see SLIDER_FALLOFF_SHARE). */
export function sliderCredit(s: SliderSpec, value: number): number {
  const distance = Math.abs(value - s.answer);
  if (distance <= s.tolerance + EPSILON) return 1;
  const falloff = (s.max - s.min) * SLIDER_FALLOFF_SHARE;
  return Math.max(0, 1 - (distance - s.tolerance) / falloff);
}

/**
 * Slider (numeric estimate): the student picks a value on the question's scale (`slider`: min, max,
 * step, the right value and a tolerance). No options. Scored by closeness — see SLIDER_FALLOFF_SHARE —
 * and by speed as every kind; the reveal is a histogram of the guesses (`sliderBins`) with the answer.
 */
export const slider: KindRules = {
  type: "slider",
  draftIssues,
  scored: true,
  answerable: true,
  distractors: false,
  accepts: (q, input) => q.slider !== undefined && "value" in input && typeof input.value === "number" && Number.isFinite(input.value) && input.value >= q.slider.min - EPSILON && input.value <= q.slider.max + EPSILON,
  // Stored on a step of the scale: the guess the phone's slider stood on, without float noise.
  normalize: (input, q) => ({ choices: [], text: null, value: "value" in input ? (q.slider ? snapToStep(q.slider, input.value) : input.value) : null }),
  isRight: (q, a) => q.slider !== undefined && a.value !== null && sliderCredit(q.slider, a.value) === 1,
  partialCredit: (q, a) => (q.slider !== undefined && a.value !== null ? sliderCredit(q.slider, a.value) : 0),
  answerText: (a) => (a.value === null ? "" : String(a.value)),
  tallySize: (q) => (q.slider ? sliderBins(q.slider).length : 0),
  counted: (q, a) => (q.slider && a.value !== null ? [sliderBinOf(q.slider, a.value)] : []),
  publicOptions: () => [],
  forPlay: asInBank,
};
