import type { Accommodation } from "../accommodations";
import { ANSWER_GRACE_MS } from "../game";
import { UNTIMED_RESPONSE_CAP_MS } from "../grade-answer";
import type { AnswerRecord, PlayedQuestion } from "../types";
import { applyHomeworkAnswer, checkHomeworkAnswer, checkNewAttempt, currentDeadline, newAttempt, planNext, planShow, type AttemptState, type HomeworkRules } from "./attempt";
import { DEFAULT_ASSIGNMENT_SETTINGS, type AssignmentSettings } from "./settings";

const LIMIT = 20_000;
const OPENS = 1_000_000;
const CLOSES = OPENS + 7 * 86_400_000;
const single = (id: string): PlayedQuestion => ({ id, type: "single", prompt: "2 + 2?", options: ["3", "4", "5"], correct: [1], explanation: "Quatro.", timeLimitMs: LIMIT, pointsMode: "standard" });
const poll = (id: string): PlayedQuestion => ({ id, type: "poll", prompt: "Gostou?", options: ["Sim", "Não"], correct: [], explanation: "", timeLimitMs: LIMIT, pointsMode: "standard" });
const slide = (id: string): PlayedQuestion => ({ id, type: "slide", prompt: "Agora, Docker", options: [], correct: [], explanation: "Texto", timeLimitMs: LIMIT, pointsMode: "standard" });

function rules(over: Partial<AssignmentSettings> = {}, accommodation: Accommodation | null = null, questions = [single("q1"), single("q2"), single("q3")]): HomeworkRules {
  return { settings: { ...DEFAULT_ASSIGNMENT_SETTINGS, ...over }, questions, opensAt: OPENS, closesAt: CLOSES, accommodation };
}

/** Shows the current question at `at` and answers it `after` ms later; returns the attempt as stored. */
function answer(r: HomeworkRules, attempt: AttemptState, choices: number[], at: number, after: number): { attempt: AttemptState; record: AnswerRecord } {
  const shown = planShow(r, attempt, at) ?? attempt;
  const checked = checkHomeworkAnswer(r, shown, shown.position, { choices }, at + after);
  if (!checked.ok) throw new Error(checked.error.code);
  const record = { playerId: "s1", ...checked.value };
  return { attempt: applyHomeworkAnswer(r, shown, record), record };
}

describe("homework attempt: one question at a time, on the server clock", () => {
  it("starts the clock when the question is first shown, and never again (a reload keeps it)", () => {
    const r = rules({ timeLimit: "question" });
    const shown = planShow(r, newAttempt(1, OPENS + 10), OPENS + 100);
    expect(shown?.openedAt).toBe(OPENS + 100);
    expect(planShow(r, shown!, OPENS + 5_000)).toBeNull();
    expect(currentDeadline(r, shown!)).toBe(OPENS + 100 + LIMIT);
  });

  it("refuses an answer to a question not shown, not current, twice, or after its time", () => {
    const r = rules({ timeLimit: "question" });
    const fresh = newAttempt(1, OPENS);
    expect(checkHomeworkAnswer(r, fresh, 0, { choices: [1] }, OPENS + 1)).toMatchObject({ ok: false, error: { code: "QUESTION_NOT_OPEN" } });
    const shown = planShow(r, fresh, OPENS)!;
    expect(checkHomeworkAnswer(r, shown, 1, { choices: [1] }, OPENS + 1)).toMatchObject({ ok: false, error: { code: "QUESTION_NOT_OPEN" } });
    expect(checkHomeworkAnswer(r, shown, 0, { choices: [7] }, OPENS + 1)).toMatchObject({ ok: false, error: { code: "INVALID_CHOICE" } });
    expect(checkHomeworkAnswer(r, shown, 0, { choices: [1] }, OPENS + LIMIT + ANSWER_GRACE_MS + 1)).toMatchObject({ ok: false, error: { code: "TOO_LATE" } });
    const { attempt } = answer(r, fresh, [1], OPENS, 1000);
    expect(checkHomeworkAnswer(r, attempt, 0, { choices: [0] }, OPENS + 2000)).toMatchObject({ ok: false, error: { code: "ALREADY_ANSWERED" } });
  });

  it("scores right answers at full points without speed points, and by speed with them", () => {
    const slow = OPENS + LIMIT / 2;
    const flat = answer(rules({ speedPoints: false }), newAttempt(1, OPENS), [1], OPENS, LIMIT / 2);
    expect(flat.record).toMatchObject({ correct: true, points: 1000, streakBonus: 0, responseMs: LIMIT / 2 });
    const fast = answer(rules({ speedPoints: true }), newAttempt(1, OPENS), [1], OPENS, slow - OPENS);
    expect(fast.record.points).toBe(750);
    expect(fast.attempt).toMatchObject({ score: 750, streak: 1, correctCount: 1, totalResponseMs: LIMIT / 2 });
  });

  it("never applies speed points without a clock, and measures time all the same (capped: a tie-break, never days)", () => {
    const r = rules({ timeLimit: "none", speedPoints: true });
    const slow = answer(r, newAttempt(1, OPENS), [1], OPENS, 4 * 60_000);
    expect(slow.record).toMatchObject({ correct: true, points: 1000, responseMs: 4 * 60_000 });
    // A month on one question (2^31 ms is under 25 days): stored as the cap, and so is the attempt's total.
    const month = answer({ ...r, closesAt: OPENS + 60 * 86_400_000 }, newAttempt(1, OPENS), [1], OPENS, 30 * 86_400_000);
    expect(month.record).toMatchObject({ correct: true, points: 1000, responseMs: UNTIMED_RESPONSE_CAP_MS });
    expect(month.attempt.totalResponseMs).toBe(UNTIMED_RESPONSE_CAP_MS);
    expect(currentDeadline(r, planShow(r, newAttempt(1, OPENS), OPENS)!)).toBeNull();
  });

  it("counts streaks and their bonus across questions; a wrong answer breaks it", () => {
    const r = rules();
    let a = newAttempt(1, OPENS);
    let t = OPENS;
    for (const choices of [[1], [1], [0]]) {
      a = answer(r, a, choices, t, 1000).attempt;
      const next = planNext(r, a, a.position, t + 2000);
      if (!next.ok) throw new Error(next.error.code);
      a = next.value;
      t += 5000;
    }
    expect(a).toMatchObject({ score: 1000 + 1100, streak: 0, correctCount: 2, position: 3 });
    expect(a.finishedAt).toBe(t - 5000 + 2000);
  });

  it("moves on only after answering, a slide, or once time is up (then unanswered: full limit, streak broken)", () => {
    const r = rules({}, null, [single("q1"), slide("s"), single("q2"), poll("p")]);
    let a = answer(r, newAttempt(1, OPENS), [1], OPENS, 1000).attempt;
    a = (planNext(r, a, 0, OPENS + 2000) as { ok: true; value: AttemptState }).value;
    expect(planNext(r, a, 0, OPENS + 2001)).toMatchObject({ ok: false, error: { code: "QUESTION_NOT_OPEN" } });
    // A slide: nothing to answer, no clock.
    a = planShow(r, a, OPENS + 3000)!;
    expect(currentDeadline(r, a)).toBeNull();
    a = (planNext(r, a, 1, OPENS + 3500) as { ok: true; value: AttemptState }).value;
    a = planShow(r, a, OPENS + 4000)!;
    expect(planNext(r, a, 2, OPENS + 4000 + LIMIT)).toMatchObject({ ok: false, error: { code: "NOT_ANSWERED" } });
    const timedOut = planNext(r, a, 2, OPENS + 4000 + LIMIT + ANSWER_GRACE_MS + 1);
    expect(timedOut).toMatchObject({ ok: true, value: { position: 3, streak: 0, totalResponseMs: 1000 + LIMIT, finishedAt: null } });
  });

  it("keeps a poll out of the standing, as a live game does: streak, right answers and time alike, answered or not", () => {
    const r = rules({}, null, [single("q1"), poll("p"), single("q2"), poll("p2")]);
    let a = answer(r, newAttempt(1, OPENS), [1], OPENS, 1000).attempt;
    a = (planNext(r, a, 0, OPENS + 1500) as { ok: true; value: AttemptState }).value;
    const voted = answer(r, a, [0], OPENS + 2000, 500);
    expect(voted.record).toMatchObject({ correct: false, points: 0, streakBonus: 0, responseMs: 500 });
    expect(voted.attempt).toMatchObject({ streak: 1, correctCount: 1, score: 1000, totalResponseMs: 1000 });
    a = (planNext(r, voted.attempt, 1, OPENS + 3000) as { ok: true; value: AttemptState }).value;
    a = answer(r, a, [1], OPENS + 4000, 2000).attempt;
    a = (planNext(r, a, 2, OPENS + 7000) as { ok: true; value: AttemptState }).value;
    // The last poll's time runs out unanswered: no charge, the streak stands.
    const shown = planShow(r, a, OPENS + 8000)!;
    const left = planNext(r, shown, 3, OPENS + 8000 + LIMIT + ANSWER_GRACE_MS + 1);
    expect(left).toMatchObject({ ok: true, value: { streak: 2, correctCount: 2, totalResponseMs: 3000, finishedAt: OPENS + 8000 + LIMIT + ANSWER_GRACE_MS + 1 } });
  });

  it("refuses answers before the assignment opens and after it closes (the grace covers the network)", () => {
    const r = rules({ timeLimit: "none" });
    const early = { ...newAttempt(1, OPENS - 10), openedAt: OPENS - 10 };
    expect(checkHomeworkAnswer(r, early, 0, { choices: [1] }, OPENS - 5)).toMatchObject({ ok: false, error: { code: "ASSIGNMENT_NOT_OPEN" } });
    expect(planShow(r, newAttempt(1, OPENS), CLOSES)).toBeNull();
    const shown = planShow(r, newAttempt(1, OPENS), CLOSES - 10)!;
    expect(checkHomeworkAnswer(r, shown, 0, { choices: [1] }, CLOSES + ANSWER_GRACE_MS).ok).toBe(true);
    expect(checkHomeworkAnswer(r, shown, 0, { choices: [1] }, CLOSES + ANSWER_GRACE_MS + 1)).toMatchObject({ ok: false, error: { code: "ASSIGNMENT_CLOSED" } });
  });

  it("never moves an attempt once the assignment takes no more answers: which attempt counts can't change after closing", () => {
    const r = rules({ timeLimit: "none" }, null, [single("q1"), single("q2")]);
    const shown = planShow(r, newAttempt(2, OPENS), CLOSES - 10)!;
    // In the grace: an unanswered question still waits for its answer; an answered one moves on.
    expect(planNext(r, shown, 0, CLOSES + ANSWER_GRACE_MS)).toMatchObject({ ok: false, error: { code: "NOT_ANSWERED" } });
    const answered = answer(r, newAttempt(2, OPENS), [1], CLOSES - 10, 5).attempt;
    expect(planNext(r, answered, 0, CLOSES + ANSWER_GRACE_MS).ok).toBe(true);
    // After it: refused, answered or not, the last question included (the attempt stays unfinished).
    for (const a of [shown, answered]) expect(planNext(r, a, 0, CLOSES + ANSWER_GRACE_MS + 1)).toMatchObject({ ok: false, error: { code: "ASSIGNMENT_CLOSED" } });
    const onLast = answer(r, (planNext(r, answered, 0, CLOSES - 4) as { ok: true; value: AttemptState }).value, [1], CLOSES - 3, 1).attempt;
    expect(planNext(r, onLast, 1, CLOSES + ANSWER_GRACE_MS + 1)).toMatchObject({ ok: false, error: { code: "ASSIGNMENT_CLOSED" } });
  });
});

describe("homework attempt: accommodations on the server clock", () => {
  it("gives a ×2 student twice the time, and speed is measured against it", () => {
    const r = rules({ speedPoints: true }, { time: "x2", noSpeedPenalty: false });
    const shown = planShow(r, newAttempt(1, OPENS), OPENS)!;
    expect(currentDeadline(r, shown)).toBe(OPENS + 2 * LIMIT);
    const at = OPENS + LIMIT + ANSWER_GRACE_MS + 1;
    const checked = checkHomeworkAnswer(r, shown, 0, { choices: [1] }, at);
    // At 1.05× the question's limit: late for everyone else, half of their own ×2 limit → 1000 × (1 − 0.525/2).
    expect(checked).toMatchObject({ ok: true, value: { correct: true, accommodated: true, points: Math.round(1000 * (1 - (at - OPENS) / (2 * LIMIT) / 2)) } });
    expect(checkHomeworkAnswer(rules({ speedPoints: true }), shown, 0, { choices: [1] }, at)).toMatchObject({ ok: false, error: { code: "TOO_LATE" } });
  });

  it("charges an unanswered question its own limit, extra time or not (the live rule)", () => {
    const r = rules({}, { time: "x2", noSpeedPenalty: false });
    const shown = planShow(r, newAttempt(1, OPENS), OPENS)!;
    expect(planNext(r, shown, 0, OPENS + LIMIT + ANSWER_GRACE_MS + 1)).toMatchObject({ ok: false, error: { code: "NOT_ANSWERED" } });
    expect(planNext(r, shown, 0, OPENS + 2 * LIMIT + ANSWER_GRACE_MS + 1)).toMatchObject({ ok: true, value: { streak: 0, totalResponseMs: LIMIT } });
  });

  it("gives full points with no speed penalty, and no clock at all with 'no limit'", () => {
    const nsp = rules({ speedPoints: true }, { time: null, noSpeedPenalty: true });
    expect(answer(nsp, newAttempt(1, OPENS), [1], OPENS, LIMIT - 1).record).toMatchObject({ points: 1000, accommodated: true });
    const unlimited = rules({ speedPoints: true }, { time: "unlimited", noSpeedPenalty: false });
    const shown = planShow(unlimited, newAttempt(1, OPENS), OPENS)!;
    expect(currentDeadline(unlimited, shown)).toBeNull();
    expect(checkHomeworkAnswer(unlimited, shown, 0, { choices: [1] }, OPENS + 50 * LIMIT)).toMatchObject({ ok: true, value: { points: 1000 } });
  });
});

describe("homework attempts: how many, and when", () => {
  const r = rules({ attempts: 2 });
  it("allows a new attempt only while open, after finishing the last, up to the limit", () => {
    expect(checkNewAttempt(r, [], OPENS - 1)).toMatchObject({ ok: false, error: { code: "ASSIGNMENT_NOT_OPEN" } });
    expect(checkNewAttempt(r, [], OPENS)).toEqual({ ok: true, value: { number: 1 } });
    expect(checkNewAttempt(r, [{ finishedAt: null }], OPENS)).toMatchObject({ ok: false, error: { code: "ATTEMPT_IN_PROGRESS" } });
    expect(checkNewAttempt(r, [{ finishedAt: OPENS }], OPENS + 1)).toEqual({ ok: true, value: { number: 2 } });
    expect(checkNewAttempt(r, [{ finishedAt: OPENS }, { finishedAt: OPENS + 1 }], OPENS + 2)).toMatchObject({ ok: false, error: { code: "NO_ATTEMPTS_LEFT" } });
    expect(checkNewAttempt(r, [], CLOSES)).toMatchObject({ ok: false, error: { code: "ASSIGNMENT_CLOSED" } });
  });
});
