import { KINDS } from "@lousa/game";
import { numberText, scaleAround, stepFor } from "./slider-scale";

describe("scaleAround: a scale for a numerical answer that has none", () => {
  it.each([
    [5, 0, { min: 0, max: 15, step: 1 }],
    [5, 1, { min: 0, max: 15, step: 1 }],
    [1822, 0, { min: 911, max: 2733, step: 1 }],
    [0, 0, { min: 0, max: 10, step: 1 }],
    [-3.25, 0, { min: -4.88, max: -1.62, step: 0.01 }],
    [3.1415, 0.0005, { min: 1.5705, max: 4.7125, step: 0.001 }],
    [2.5, 0.5, { min: 0.5, max: 4.5, step: 0.1 }],
    [100, 30, { min: 0, max: 220, step: 1 }],
    // 10,000 steps of 1 would not reach half the answer either side: steps of 100 do.
    [999_999_000, 0, { min: 499_999_000, max: 999_999_000, step: 100_000 }],
    [1_000_000, 0, { min: 500_000, max: 1_500_000, step: 100 }],
  ])("%p ± %p → %p, a scale the slider kind accepts", (answer, tolerance, scale) => {
    const s = scaleAround(answer, tolerance);
    expect(s).toEqual(scale);
    expect(KINDS.slider.draftIssues({ options: [], correct: [], slider: { ...s, answer, tolerance, unit: "" } })).toEqual([]);
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
