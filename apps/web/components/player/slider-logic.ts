import { snapToStep, type SliderScale } from "@lousa/game";
import type { Locale } from "../../lib/messages";

/**
 * The step nearest the middle: where the arrow keys and − / + start from while nothing is chosen. Not
 * the thumb's value: a slider that starts on a value lets a student send it untouched, and a scale built
 * around its answer (importers', "2000–2025, answer 2013") has the answer right there.
 */
export function sliderMiddle(s: SliderScale): number {
  return snapToStep(s, (s.min + s.max) / 2);
}

/** `value` moved by `steps` steps (negative: down), kept on the scale. */
export function stepSlider(s: SliderScale, value: number, steps: number): number {
  return snapToStep(s, value + steps * s.step);
}

/** A step from what the student chose, or, with nothing chosen yet (`null`), from the middle. */
export function stepChoice(s: SliderScale, chosen: number | null, steps: number): number {
  return stepSlider(s, chosen ?? sliderMiddle(s), steps);
}

/** Decimals every number of this scale is printed with (a step of 0.5 → 1), so 2 shows as "2,0" next to "2,5". */
export function sliderDecimals(s: SliderScale): number {
  const decimals = (n: number): number => String(n).split(".")[1]?.length ?? 0;
  return Math.min(6, Math.max(decimals(s.min), decimals(s.step)));
}

/** Units written against the number ("50%", "30°"); every other unit follows a space ("12 camadas"). */
const ATTACHED_UNITS = new Set(["%", "‰", "°", "º", "°C", "°F"]);

/** `value` as the language writes it, with the scale's decimals and unit: "1.234,5 km" in pt-BR, "1,234.5 km" in English. */
export function formatSliderValue(locale: Locale, s: SliderScale, value: number): string {
  const d = sliderDecimals(s);
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
  const unit = s.unit.trim();
  if (unit === "") return number;
  return ATTACHED_UNITS.has(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/** Where `value` sits along the scale, 0 to 1 (for the thumb's filled track and the histogram's marks). */
export function sliderFraction(s: SliderScale, value: number): number {
  return Math.min(1, Math.max(0, (value - s.min) / (s.max - s.min)));
}
