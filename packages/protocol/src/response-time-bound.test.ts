import { personalLimitMs, UNTIMED_RESPONSE_CAP_MS } from "@lousa/game";
import { QUESTION_LIMITS } from "./question-schema";

/** PostgreSQL's INTEGER (responseMs, totalResponseMs of players and homework attempts): 2^31 − 1. */
const INT_MAX = 2 ** 31 - 1;

describe("response times fit the database's 32-bit columns for any bank the schema allows", () => {
  it("one answer, and a whole bank's total, stay far below 2^31 ms", () => {
    const longestLimit = QUESTION_LIMITS.maxTimeSec * 1000;
    // The most one answer can count: a live "no limit" (the longest personal limit) or an untimed one (the cap).
    const perAnswer = Math.max(personalLimitMs(longestLimit, { time: "unlimited", noSpeedPenalty: false }), UNTIMED_RESPONSE_CAP_MS);
    expect(perAnswer * QUESTION_LIMITS.questionsPerBank).toBeLessThan(INT_MAX / 3);
  });
});
