import { ANSWER_GRACE_MS } from "../game";
import type { PlayedQuestion } from "../types";
import { checkHomeworkAnswer, newAttempt, planShow } from "./attempt";
import { countedAttempt } from "./counted";
import { answersVisible } from "./visibility";
import { DEFAULT_ASSIGNMENT_SETTINGS } from "./settings";

const single: PlayedQuestion = { id: "q", type: "single", prompt: "?", options: ["a", "b"], correct: [0], explanation: "", timeLimitMs: 600_000, pointsMode: "standard" };
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
  const afterClose = { ...DEFAULT_ASSIGNMENT_SETTINGS, showAnswers: "after-close" } as const;
  it("at once with 'each'; with 'after-close' only once the assignment takes no more answers (the grace included)", () => {
    expect(answersVisible({ ...DEFAULT_ASSIGNMENT_SETTINGS, showAnswers: "each" }, dates, 10)).toBe(true);
    expect(answersVisible(afterClose, dates, 999)).toBe(false);
    // Closed, but an answer sent in time may still arrive: nothing shows that it could use.
    expect(answersVisible(afterClose, dates, 1000)).toBe(false);
    expect(answersVisible(afterClose, dates, 1000 + ANSWER_GRACE_MS)).toBe(false);
    expect(answersVisible(afterClose, dates, 1000 + ANSWER_GRACE_MS + 1)).toBe(true);
  });

  it("from the very instant answers are refused", () => {
    const r = { settings: afterClose, questions: [single], opensAt: 0, closesAt: 1000, accommodation: null };
    const shown = planShow(r, newAttempt(1, 0), 500)!;
    for (const at of [1000, 1000 + ANSWER_GRACE_MS, 1000 + ANSWER_GRACE_MS + 1]) {
      const accepted = checkHomeworkAnswer(r, shown, 0, { choices: [0] }, at).ok;
      expect([at, answersVisible(afterClose, r, at)]).toEqual([at, !accepted]);
    }
  });
});
