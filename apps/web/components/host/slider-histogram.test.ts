import { histogramGeometry } from "./slider-histogram";

describe("histogramGeometry", () => {
  it("a short scale: one bar per value, the answer's bar marked, the band over whole bars", () => {
    // 0–4: five values, answer 2 ± 1 → bars 1, 2, 3 are in the band.
    const g = histogramGeometry({ min: 0, max: 4, step: 1, answer: 2, tolerance: 1, unit: "" }, [0, 1, 3, 0, 0]);
    expect(g.perValue).toBe(true);
    expect(g.bars.map((b) => b.count)).toEqual([0, 1, 3, 0, 0]);
    expect(g.bars.map((b) => b.right)).toEqual([false, false, true, false, false]);
    expect(g.bars.map((b) => b.inBand)).toEqual([false, true, true, true, false]);
    expect(g.bars[2]?.height).toBe(100);
    expect(g.answerAt).toBeCloseTo(0.5);
    expect(g.band.from).toBeCloseTo(0.2);
    expect(g.band.to).toBeCloseTo(0.8);
  });

  it("a long scale: ten bars across min–max, positions proportional", () => {
    const g = histogramGeometry({ min: 0, max: 100, step: 1, answer: 25, tolerance: 5, unit: "%" }, [0, 0, 4, 0, 0, 0, 0, 0, 0, 2]);
    expect(g.perValue).toBe(false);
    expect(g.bars).toHaveLength(10);
    expect(g.bars[2]?.right).toBe(true);
    expect(g.bars.filter((b) => b.inBand).map((b) => b.from)).toEqual([20, 30]);
    expect(g.answerAt).toBeCloseTo(0.25);
    expect(g.band).toEqual({ from: 0.2, to: 0.3 });
    expect(g.bars[9]?.height).toBe(50);
    // Labels name the values a bar holds: 20–29, …, 90–100 (the last bar holds its end).
    expect(g.bars.map((b) => b.last)).toEqual([9, 19, 29, 39, 49, 59, 69, 79, 89, 100]);
  });

  it("no guesses: flat bars, no division by zero; the band never leaves the chart", () => {
    const g = histogramGeometry({ min: 0, max: 20, step: 1, answer: 0, tolerance: 3, unit: "" }, []);
    expect(g.bars.every((b) => b.count === 0 && b.height === 0)).toBe(true);
    expect(g.band.from).toBe(0);
  });
});
