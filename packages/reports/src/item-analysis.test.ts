import type { AnswerRecord, PlayedQuestion } from "@lousa/game";
import { analyseQuestion, extremeGroups } from "./item-analysis";

const question: PlayedQuestion = {
  id: "q",
  type: "single",
  prompt: "?",
  options: ["A", "B", "C", "D"],
  correct: [1],
  explanation: "",
  timeLimitMs: 20_000,
  pointsMode: "standard",
};

/** Ten players, best first: p0 … p9. */
const ids = Array.from({ length: 10 }, (_, i) => `p${i}`);

function answers(choiceOf: (i: number) => number | null, ms = (i: number) => 1000 * (i + 1)): Map<string, AnswerRecord> {
  const m = new Map<string, AnswerRecord>();
  ids.forEach((playerId, i) => {
    const c = choiceOf(i);
    if (c === null) return;
    m.set(playerId, { playerId, questionIndex: 0, choices: [c], text: null, value: null, correct: c === 1, points: 0, streakBonus: 0, responseMs: ms(i), answeredAt: 0 });
  });
  return m;
}

describe("extremeGroups (Kelley's 27%)", () => {
  it("takes round(27%) from each end", () => {
    expect(extremeGroups(ids)).toEqual({ upper: ["p0", "p1", "p2"], lower: ["p7", "p8", "p9"] });
    expect(extremeGroups(ids.slice(0, 4))).toEqual({ upper: ["p0"], lower: ["p3"] });
    expect(extremeGroups(ids.slice(0, 3))).toBeNull();
  });
});

describe("analyseQuestion", () => {
  it("a good item: the strong get it, the weak don't (D = 1)", () => {
    // p0–p5 right (B), p6–p9 wrong: p6 and p7 chose C, p8 D, p9 did not answer.
    const row = analyseQuestion(0, question, answers((i) => (i < 6 ? 1 : i < 8 ? 2 : i === 8 ? 3 : null)), ids);
    expect(row.percentCorrect).toBeCloseTo(0.6);
    expect(row.discrimination).toBeCloseTo(1);
    expect(row.optionCounts).toEqual([0, 6, 2, 1]);
    expect(row.topDistractor).toEqual({ option: 2, count: 2 });
    expect(row.answered).toBe(9);
    expect(row.medianResponseMs).toBe(5000); // 1..9 s → median 5 s
    expect(row.flags).toEqual([]);
  });

  it("a misleading item: the best players fall for a distractor more than the weakest (D < 0)", () => {
    // p0–p4 choose A (wrong), p5–p9 choose B (right).
    const row = analyseQuestion(0, question, answers((i) => (i < 5 ? 0 : 1)), ids);
    expect(row.percentCorrect).toBeCloseTo(0.5);
    expect(row.discrimination).toBeCloseTo(-1);
    expect(row.flags).toEqual(["misleading"]);
    expect(row.topDistractor).toEqual({ option: 0, count: 5 });
  });

  it("too hard (p < 0.3) and too easy (p > 0.9)", () => {
    const hard = analyseQuestion(0, question, answers((i) => (i < 2 ? 1 : 3)), ids);
    expect(hard.percentCorrect).toBeCloseTo(0.2);
    expect(hard.flags).toContain("too-hard");
    const easy = analyseQuestion(0, question, answers(() => 1), ids);
    expect(easy.percentCorrect).toBe(1);
    expect(easy.discrimination).toBe(0);
    expect(easy.flags).toEqual(["too-easy"]);
    expect(easy.topDistractor).toBeNull();
  });

  it("nobody answered: p = 0, no median", () => {
    const row = analyseQuestion(0, question, answers(() => null), ids);
    expect(row).toMatchObject({ percentCorrect: 0, answered: 0, medianResponseMs: null, flags: ["too-hard"] });
  });

  it("fewer than ten students: the figures, but no flag (one answer would move p by a quarter)", () => {
    const four = ids.slice(0, 4);
    const row = analyseQuestion(0, question, answers((i) => (i < 2 ? 0 : 1)), four);
    expect(row.percentCorrect).toBeCloseTo(0.5);
    expect(row.discrimination).toBeCloseTo(-1);
    expect(row.flags).toEqual([]);
  });
});
