import { isCorrectChoice, scoreAnswer, streakBonus } from "./scoring";

describe("scoreAnswer", () => {
  it.each([
    // correct, elapsed, limit, mode, expected
    [true, 0, 20_000, "standard", 1000],
    [true, 499, 20_000, "standard", 1000], // full points under 0.5 s
    [true, 500, 20_000, "standard", 988], // 1000 × (1 − 0.025/2) = 987.5 → 988
    [true, 10_000, 20_000, "standard", 750],
    [true, 20_000, 20_000, "standard", 500],
    [true, 25_000, 20_000, "standard", 500], // grace answers score as at the deadline
    [true, 10_000, 20_000, "double", 1500],
    [true, 10_000, 20_000, "none", 0],
    [false, 0, 20_000, "standard", 0],
    [false, 10_000, 20_000, "double", 0],
  ] as const)("correct=%s t=%d T=%d %s → %d", (correct, elapsedMs, limitMs, mode, expected) => {
    expect(scoreAnswer({ correct, elapsedMs, limitMs, mode })).toBe(expected);
  });
});

describe("streakBonus", () => {
  it.each([
    [0, true, "standard", 0],
    [1, true, "standard", 100],
    [2, true, "standard", 200],
    [5, true, "standard", 500],
    [9, true, "double", 500],
    [3, false, "standard", 0],
    [3, true, "none", 0],
  ] as const)("previous streak %d, correct=%s, %s → +%d", (prev, correct, mode, expected) => {
    expect(streakBonus(prev, correct, mode)).toBe(expected);
  });
});

describe("isCorrectChoice (multiple select is all-or-nothing)", () => {
  it.each([
    [[1], [1], true],
    [[0], [1], false],
    [[0, 2], [0, 2], true],
    [[2, 0], [0, 2], true],
    [[0], [0, 2], false],
    [[0, 1, 2], [0, 2], false],
  ])("%j vs %j → %s", (choices, correct, expected) => {
    expect(isCorrectChoice(choices, correct)).toBe(expected);
  });
});
