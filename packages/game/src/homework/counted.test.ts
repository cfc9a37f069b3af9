import { countedAttempt } from "./counted";
import { answersVisible } from "./visibility";
import { DEFAULT_ASSIGNMENT_SETTINGS } from "./settings";

const a = (number: number, score: number, finishedAt: number | null) => ({ number, score, finishedAt });

describe("which attempt counts", () => {
  const attempts = [a(2, 900, 20), a(1, 500, 10), a(3, 900, 30), a(4, 1200, null)];
  it("best: the highest finished score, the earlier one on a tie", () => expect(countedAttempt(attempts, "best")?.number).toBe(2));
  it("first and last: by attempt number among the finished", () => {
    expect(countedAttempt(attempts, "first")?.number).toBe(1);
    expect(countedAttempt(attempts, "last")?.number).toBe(3);
  });
  it("none finished: the latest as far as it went; none at all: nothing", () => {
    expect(countedAttempt([a(1, 100, null), a(2, 50, null)], "best")?.number).toBe(2);
    expect(countedAttempt([], "last")).toBeNull();
  });
});

describe("when answers show", () => {
  const dates = { opensAt: 0, closesAt: 1000 };
  it("at once with 'each'; with 'after-close' only once the assignment closed", () => {
    expect(answersVisible({ ...DEFAULT_ASSIGNMENT_SETTINGS, showAnswers: "each" }, dates, 10)).toBe(true);
    expect(answersVisible({ ...DEFAULT_ASSIGNMENT_SETTINGS, showAnswers: "after-close" }, dates, 999)).toBe(false);
    expect(answersVisible({ ...DEFAULT_ASSIGNMENT_SETTINGS, showAnswers: "after-close" }, dates, 1000)).toBe(true);
  });
});
