import { SLIDER_MAX_MAGNITUDE, SLIDER_MAX_STEPS } from "@lousa/game";
import type { QuestionDraft } from "./types";

type SliderSpec = NonNullable<QuestionDraft["slider"]>;
type Scale = Pick<SliderSpec, "min" | "max" | "step">;

/** Decimals beyond this are float noise or a scale no phone can pick on; the step never gets finer. */
const MAX_DECIMALS = 6;

/** Decimals a number is written with (0.25 → 2; 1e-7 → 7), so a step can match what the teacher wrote. */
function decimalsOf(n: number): number {
  const [mantissa = "", exponent = "0"] = String(Math.abs(n)).split("e");
  const fraction = mantissa.split(".")[1] ?? "";
  return Math.max(0, fraction.length - Number(exponent));
}

/** The step a set of numbers calls for: 1 when they are whole, else the smallest decimal unit they use (0.5 → 0.1). */
export function stepFor(numbers: readonly number[]): number {
  return powerOfTen(-Math.min(MAX_DECIMALS, Math.max(0, ...numbers.map(decimalsOf))));
}

/** 10^e without float noise (10 ** -3 is 0.001, but 0.0001 * 10 is not). */
const powerOfTen = (e: number): number => (e < 0 ? Number((10 ** e).toFixed(-e)) : 10 ** e);

/**
 * A number from 0 (inclusive) to 1 (exclusive) that depends only on `text` (FNV-1a, 32 bits): the same
 * file imports to the same scale on every machine and every run, yet nearby answers land far apart.
 */
function hashFraction(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h / 2 ** 32;
}

/**
 * A scale around an answer for formats that have none (GIFT's and Moodle's numerical questions): the
 * step `stepFor` the answer and tolerance, and on each side at least `half` steps: 10, four tolerances
 * (so the tolerance is well under half the range, as the slider kind requires) and half the answer's
 * size (so 1822 gets at least 911 steps either side, not 10).
 *
 * The scale is not centred on the answer: a scale symmetric around it gives the answer away (the
 * middle of the projector's scale, where a phone's thumb would start). On top of `half` each side, the
 * two sides share `half` more steps, split by a hash of the answer and tolerance — deterministic, so
 * a file always imports the same, but nothing a student can read off the scale. The answer so sits
 * between a third and two thirds of the way along.
 *
 * A scale over SLIDER_MAX_STEPS positions gets a step ten times coarser until it fits; the answer always
 * sits on a step. A positive answer's scale starts at 0 rather than below it, when 0 is on a step:
 * counts, years and lengths are never negative. Near ±SLIDER_MAX_MAGNITUDE a side is cut there. An
 * answer beyond it is the caller's to refuse.
 */
export function scaleAround(answer: number, tolerance: number): Scale {
  let exponent = Math.round(Math.log10(stepFor([answer, tolerance])));
  const halfFor = (step: number): number => Math.max(10, Math.ceil((4 * tolerance) / step - 1e-9), Math.ceil(Math.abs(answer) / 2 / step - 1e-9));
  // Both sides' minimum and the extra they share: three halves in all.
  while (3 * halfFor(powerOfTen(exponent)) > SLIDER_MAX_STEPS) exponent += 1;
  const step = powerOfTen(exponent);
  const half = halfFor(step);
  const below = Math.floor(hashFraction(`${answer}|${tolerance}`) * (half + 1));
  const decimals = Math.max(decimalsOf(step), decimalsOf(answer));
  const at = (k: number): number => Number((answer + k * step).toFixed(decimals));
  const onStep = Math.abs(answer / step - Math.round(answer / step)) < 1e-9;
  // Near the largest number a slider takes, that side of the scale stops there (the answer may then be its end).
  const up = Math.max(0, Math.min(half + (half - below), Math.floor((SLIDER_MAX_MAGNITUDE - answer) / step)));
  const down = Math.max(0, Math.min(half + below, Math.floor((answer + SLIDER_MAX_MAGNITUDE) / step)));
  const min = answer >= 0 && at(-down) < 0 && onStep ? 0 : at(-down);
  return { min, max: at(up), step };
}

/** A number as a text file writes it: never in exponent form (GIFT, CSV and people don't read 1e-7). */
export function numberText(n: number): string {
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  return n.toFixed(Math.min(20, decimalsOf(n))).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}

/** How a note names a derived scale: "0 to 18 in steps of 1". */
export const scaleWords = (s: Scale): string => `${numberText(s.min)} to ${numberText(s.max)} in steps of ${numberText(s.step)}`;
