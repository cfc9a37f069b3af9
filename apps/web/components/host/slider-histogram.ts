import { SLIDER_BINS, sliderBinOf, sliderBins, type SliderScale, type SliderSpec } from "@lousa/game";

/** One bar of the reveal's histogram of guesses. */
export interface HistogramBar {
  readonly from: number;
  readonly to: number;
  /** The highest value on a step the bar holds (a range bar holds [from, to), so 4–6 on a scale of whole numbers is 4 and 5). */
  readonly last: number;
  readonly count: number;
  /** Height, 0–100 (% of the tallest bar). */
  readonly height: number;
  /** The bar the right value falls in. */
  readonly right: boolean;
  /** Some of the bar lies within the tolerance: those guesses scored full points. */
  readonly inBand: boolean;
}

/** The histogram's drawing: bars, and where the right value and the tolerance band go (0–1 across the chart). */
export interface HistogramGeometry {
  readonly bars: readonly HistogramBar[];
  /** One bar per value (short scale): bars are labelled with their value, not a range. */
  readonly perValue: boolean;
  readonly answerAt: number;
  readonly band: { readonly from: number; readonly to: number };
}

const EPSILON = 1e-9;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Lays out the histogram `distribution` counts (one per `sliderBins` bar, as the reveal sends them) with
 * equal-width bars. On a short scale each bar is one value, so a value's place is its bar's middle;
 * otherwise bars split min–max evenly, so a value's place is proportional. The band covers every bar
 * that holds a right guess (whole bars on a short scale: a bar is a value there).
 */
export function histogramGeometry(spec: SliderSpec, distribution: readonly number[]): HistogramGeometry {
  const scale: SliderScale = spec;
  const bins = sliderBins(scale);
  const perValue = bins.length <= SLIDER_BINS + 1 && bins.every((b) => b.from === b.to);
  const n = bins.length;
  const x = (v: number): number => (perValue ? ((v - spec.min) / spec.step + 0.5) / n : (v - spec.min) / (spec.max - spec.min));
  const low = spec.answer - spec.tolerance;
  const high = spec.answer + spec.tolerance;
  const max = Math.max(1, ...distribution);
  const rightBin = sliderBinOf(scale, spec.answer);
  const bars = bins.map((b, k) => {
    const count = distribution[k] ?? 0;
    // A bar holds the steps from `from` to `to`, both included (see sliderBins).
    return { from: b.from, to: b.to, last: b.to, count, height: (count / max) * 100, right: k === rightBin, inBand: b.to >= low - EPSILON && b.from <= high + EPSILON };
  });
  const half = perValue ? 0.5 / n : 0;
  return { bars, perValue, answerAt: clamp01(x(spec.answer)), band: { from: clamp01(x(low) - half), to: clamp01(x(high) + half) } };
}
