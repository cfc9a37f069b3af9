import { SLIDER_MAX_MAGNITUDE } from "@lousa/game";
import type { Numerical, NumericalChoice, NumericalFormat } from "gift-pegjs";
import type { ImportDefaults, ImportProblem, ImportProblemCode, QuestionDraft } from "../types";
import { numberText, scaleAround, scaleWords } from "../slider-scale";
import { explanation, note, type Mapped } from "./feedback";
import { promptOf } from "./text";

/** A numerical answer as Moodle grades it: right within `tolerance` of `answer`. */
type Value = { readonly answer: number; readonly tolerance: number } | { readonly code: ImportProblemCode; readonly why: string };

/**
 * `{#5}`, `{#5:1}` (answer:tolerance) and `{#4..6}` (a range: its middle, within half its width), as
 * Moodle's qformat_gift reads them. gift-pegjs declares a number, but a choice written without one
 * (`{#=%50%#feedback}`) carries Moodle's "*" text instead: that is no value.
 */
function valueOf(f: NumericalFormat): Value {
  const missing: Value = { code: "SLIDER_ANSWER", why: "an answer has no number" };
  if (f.type === "simple") return typeof f.number === "number" ? { answer: f.number, tolerance: 0 } : missing;
  if (f.type === "range") {
    if (typeof f.number !== "number" || typeof f.range !== "number") return missing;
    if (f.range < 0) return { code: "SLIDER_TOLERANCE", why: `the tolerance ${numberText(f.range)} is negative: write {#${numberText(f.number)}:${numberText(-f.range)}}` };
    return { answer: f.number, tolerance: f.range };
  }
  const { numberLow: low, numberHigh: high } = f;
  if (typeof low !== "number" || typeof high !== "number") return missing;
  if (low > high) return { code: "SLIDER_RANGE", why: `the range ${numberText(low)}..${numberText(high)} runs backwards: write the lower number first ({#${numberText(high)}..${numberText(low)}})` };
  // The middle may need one decimal more than the ends (4..5 → 4.5 ± 0.5); toFixed drops float noise.
  const decimals = Math.max(...[low, high].map((n) => (numberText(n).split(".")[1] ?? "").length)) + 1;
  return { answer: Number(((low + high) / 2).toFixed(decimals)), tolerance: Number(((high - low) / 2).toFixed(decimals)) };
}

const written = (f: NumericalFormat): string =>
  f.type === "simple" ? numberText(f.number ?? NaN) : f.type === "range" ? `${numberText(f.number ?? NaN)}:${numberText(f.range ?? NaN)}` : `${numberText(f.numberLow ?? NaN)}..${numberText(f.numberHigh ?? NaN)}`;

/**
 * GIFT's numerical question is Lousa's slider: the full-mark answer is the right value and its
 * tolerance the slider's. Answers worth part of the mark (`=%50%6:0`) and any further full-mark answer
 * have no place (a slider has one right value): left out, with a note. GIFT has no scale, so one is
 * made around the answer (slider-scale.ts) and a note says which, for the teacher to check. A broken
 * value (a negative tolerance, a range written backwards) is a problem at the question's line.
 */
export function numerical(q: Numerical, line: number, defaults: ImportDefaults): Mapped {
  const choices: readonly NumericalChoice[] = Array.isArray(q.choices) ? q.choices : [{ isCorrect: true, weight: null, text: q.choices, feedback: null }];
  const problem = (code: ImportProblemCode, why: string): Mapped => ({ problem: { at: { line }, code, message: `line ${line}: this numerical question can't become a slider: ${why}`, params: { kind: "numerical" } } });
  const full = choices.filter((c) => c.isCorrect && (c.weight === null || c.weight === 100));
  const [right, ...otherFull] = full;
  if (right === undefined) return problem("SLIDER_ANSWER", "no answer is worth the full mark (write it as {#5} or {#=5})");
  const value = valueOf(right.text);
  if ("code" in value) return problem(value.code, value.why);
  if (Math.abs(value.answer) > SLIDER_MAX_MAGNITUDE || value.tolerance > SLIDER_MAX_MAGNITUDE) return problem("SLIDER_RANGE", `a slider's numbers go from -${numberText(SLIDER_MAX_MAGNITUDE)} to ${numberText(SLIDER_MAX_MAGNITUDE)}`);

  const notes: ImportProblem[] = [];
  const partial = choices.filter((c) => c.isCorrect && c.weight !== null && c.weight > 0 && c.weight < 100);
  const dropped = [...otherFull, ...partial].map((c) => written(c.text));
  if (dropped.length > 0) notes.push(note(line, "partial-credit", `a slider has one right value: ${numberText(value.answer)} (within ${numberText(value.tolerance)}) is kept, the other answers are left out (${dropped.join(", ")})`));
  const scale = scaleAround(value.answer, value.tolerance);
  notes.push(note(line, "slider-scale", `GIFT has no scale for a numerical answer: the slider goes from ${scaleWords(scale)}; check it in the editor`));
  const feedback = choices.map((c) => ({ option: written(c.text), text: c.feedback }));
  const question: QuestionDraft = {
    type: "slider",
    prompt: promptOf(q),
    options: [],
    correct: [],
    explanation: explanation(q.globalFeedback, feedback, line, notes),
    timeLimitSec: defaults.timeLimitSec,
    pointsMode: defaults.pointsMode,
    slider: { ...scale, answer: value.answer, tolerance: value.tolerance, unit: "" },
  };
  return { candidate: { at: { line }, question, notes } };
}
