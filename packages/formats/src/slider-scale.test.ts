import { KINDS } from "@lousa/game";
import { numberText, scaleAround, stepFor } from "./slider-scale";

describe("scaleAround: a scale for a numerical answer that has none", () => {
  it.each([
    [5, 0, { min: 0, max: 18, step: 1 }],
    [5, 1, { min: 0, max: 18, step: 1 }],
    [1822, 0, { min: 378, max: 3111, step: 1 }],
    [1991, 0, { min: 249, max: 3237, step: 1 }],
    [0, 0, { min: 0, max: 16, step: 1 }],
    [-3.25, 0, { min: -5.36, max: -0.47, step: 0.01 }],
    [3.1415, 0.0005, { min: 1.2245, max: 5.9375, step: 0.001 }],
    [2.5, 0.5, { min: 0.1, max: 6.1, step: 0.1 }],
    [100, 30, { min: 0, max: 221, step: 1 }],
    // 10,000 steps of 1 would not reach half the answer either side, let alone the extra: steps of a million do (the top cut at 1e9).
    [999_999_000, 0, { min: 21_999_000, max: 999_999_000, step: 1_000_000 }],
    [1_000_000, 0, { min: 299_000, max: 1_799_000, step: 1000 }],
  ])("%p ± %p → %p, a scale the slider kind accepts", (answer, tolerance, scale) => {
    const s = scaleAround(answer, tolerance);
    expect(s).toEqual(scale);
    expect(KINDS.slider.draftIssues({ options: [], correct: [], slider: { ...s, answer, tolerance, unit: "" } })).toEqual([]);
  });

  // Each side's minimum: 10 steps, four tolerances, half the answer's size.
  const least = (answer: number, tolerance: number, step: number) => Math.max(10, Math.ceil((4 * tolerance) / step - 1e-9), Math.ceil(Math.abs(answer) / 2 / step - 1e-9));
  const years = Array.from({ length: 200 }, (_, i) => 1900 + i);

  it("doesn't put the answer in the middle: the sides differ, each at least its minimum, the whole still valid", () => {
    const where = years.map((answer) => {
      const s = scaleAround(answer, 0);
      expect(KINDS.slider.draftIssues({ options: [], correct: [], slider: { ...s, answer, tolerance: 0, unit: "" } })).toEqual([]);
      const below = Math.round((answer - s.min) / s.step);
      const above = Math.round((s.max - answer) / s.step);
      expect(Math.min(below, above)).toBeGreaterThanOrEqual(least(answer, 0, s.step));
      expect(below + above).toBeLessThanOrEqual(10_000);
      return below / (below + above);
    });
    // Spread between a third and two thirds, not piled at a half: nothing to read off the scale.
    expect(Math.min(...where)).toBeLessThan(0.4);
    expect(Math.max(...where)).toBeGreaterThan(0.6);
    expect(where.filter((f) => Math.abs(f - 0.5) < 0.01).length).toBeLessThan(years.length / 10);
    expect(where.every((f) => f >= 1 / 3 - 1e-9 && f <= 2 / 3 + 1e-9)).toBe(true);
  });

  it("is the same scale every time for the same answer", () => {
    expect(years.map((y) => scaleAround(y, 2))).toEqual(years.map((y) => scaleAround(y, 2)));
  });

  it("keeps the tolerance under half the range and a positive answer's scale at 0 or above", () => {
    for (const [answer, tolerance] of [[5, 4], [50, 49], [0.3, 0.2], [7, 0]] as const) {
      const s = scaleAround(answer, tolerance);
      expect(tolerance).toBeLessThan((s.max - s.min) / 2);
      expect(s.min).toBeGreaterThanOrEqual(0);
    }
  });

  it("steps follow the decimals written, up to six", () => {
    expect(stepFor([5, 0])).toBe(1);
    expect(stepFor([5, 0.5])).toBe(0.1);
    expect(stepFor([0.125])).toBe(0.001);
    expect(stepFor([1e-9])).toBe(0.000001);
  });

  it("writes numbers without exponents", () => {
    expect(numberText(1e-7)).toBe("0.0000001");
    expect(numberText(-2.5)).toBe("-2.5");
    expect(numberText(1.5e-7)).toBe("0.00000015");
    expect(numberText(1e9)).toBe("1000000000");
  });
});
