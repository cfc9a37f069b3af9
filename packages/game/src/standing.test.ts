import { Game } from "./game";
import { applyHomeworkAnswer, checkHomeworkAnswer, newAttempt, planNext, planShow, type AttemptState, type HomeworkRules } from "./homework/attempt";
import { DEFAULT_ASSIGNMENT_SETTINGS } from "./homework/settings";
import { answerableCount, standingAfter, unansweredMs } from "./standing";
import type { AnswerRecord, PlayedQuestion } from "./types";

const LIMIT = 20_000;
const q = (id: string, over: Partial<PlayedQuestion> = {}): PlayedQuestion => ({ id, type: "single", prompt: "2 + 2?", options: ["3", "4", "5"], correct: [1], explanation: "", timeLimitMs: LIMIT, pointsMode: "standard", ...over });
const poll = (id: string) => q(id, { type: "poll", options: ["Sim", "Não"], correct: [] });
const slide = (id: string) => q(id, { type: "slide", options: [], correct: [] });
const record = (over: Partial<AnswerRecord>): AnswerRecord => ({ playerId: "p", questionIndex: 0, choices: [1], text: null, value: null, correct: true, points: 900, streakBonus: 100, responseMs: 4000, answeredAt: 0, ...over });
const before = { score: 1000, streak: 2, correctCount: 3, totalResponseMs: 7000 };

describe("a standing once a question is done with (one rule, live and homework)", () => {
  it("adds an answer's points, bonus and time; a right answer extends the streak, a wrong one breaks it", () => {
    expect(standingAfter(before, q("a"), record({}))).toEqual({ score: 2000, streak: 3, correctCount: 4, totalResponseMs: 11_000 });
    expect(standingAfter(before, q("a"), record({ correct: false, points: 300, streakBonus: 0 }))).toEqual({ score: 1300, streak: 0, correctCount: 3, totalResponseMs: 11_000 });
  });

  it("charges an unanswered question its own limit and breaks the streak", () => {
    expect(standingAfter(before, q("a", { timeLimitMs: 30_000 }), undefined)).toEqual({ score: 1000, streak: 0, correctCount: 3, totalResponseMs: 37_000 });
  });

  it("leaves it alone for a poll or a slide, answered or not", () => {
    for (const question of [poll("p"), slide("s")]) {
      expect(standingAfter(before, question, undefined)).toEqual(before);
      expect(unansweredMs(question)).toBe(0);
    }
    expect(standingAfter(before, poll("p"), record({ correct: false, points: 0, streakBonus: 0 }))).toEqual(before);
  });

  it("counts the questions students answer (slides are read)", () => {
    expect(answerableCount([q("a"), slide("s"), poll("p"), q("b")])).toBe(3);
    expect(answerableCount([])).toBe(0);
  });
});

describe("a live game and a homework attempt give the same standing for the same answers", () => {
  const questions = [q("q1"), poll("p"), q("q2"), slide("s"), q("q3"), q("q4"), poll("p2")];
  // For each question: the choice and how long after it opened, or null (no answer: time runs out).
  const script: ({ choices: number[]; after: number } | null)[] = [{ choices: [1], after: 3000 }, { choices: [0], after: 9000 }, null, null, { choices: [1], after: 1000 }, { choices: [0], after: 2000 }, null];

  function live(): { score: number; streak: number; correctCount: number; totalResponseMs: number } {
    const game = new Game({ questions, leaderboardEvery: 0 });
    expect(game.join("p", "Ana").ok).toBe(true);
    let t = 1_000_000;
    expect(game.start(t).ok).toBe(true);
    for (const [i, step] of script.entries()) {
      const phase = game.phase;
      if (phase.kind !== "question" || phase.index !== i) throw new Error(`expected question ${i}, got ${JSON.stringify(phase)}`);
      if (step && game.answerable(i)) expect(game.answer("p", i, step.choices, phase.openedAt + step.after).ok).toBe(true);
      t = phase.openedAt + LIMIT + 2000;
      if (game.answerable(i)) expect(game.closeQuestion(i).ok).toBe(true);
      expect(game.next(t).ok).toBe(true);
    }
    expect(game.finished).toBe(true);
    const { score, streak, correctCount, totalResponseMs } = game.player("p")!;
    return { score, streak, correctCount, totalResponseMs };
  }

  function homework(): AttemptState {
    const rules: HomeworkRules = { settings: { ...DEFAULT_ASSIGNMENT_SETTINGS, speedPoints: true }, questions, opensAt: 0, closesAt: 10 ** 12, accommodation: null };
    let a = newAttempt(1, 1_000_000);
    let t = 1_000_000;
    for (const [i, step] of script.entries()) {
      a = planShow(rules, a, t) ?? a;
      if (step && rules.questions[i]?.type !== "slide") {
        const checked = checkHomeworkAnswer(rules, a, i, { choices: step.choices }, t + step.after);
        if (!checked.ok) throw new Error(checked.error.code);
        a = applyHomeworkAnswer(rules, a, { playerId: "p", ...checked.value });
      }
      t += LIMIT + 2000;
      const next = planNext(rules, a, i, t);
      if (!next.ok) throw new Error(next.error.code);
      a = next.value;
      t += 1;
    }
    return a;
  }

  it("score, streak, right answers and response time alike", () => {
    const h = homework();
    expect(h.finishedAt).not.toBeNull();
    expect({ score: h.score, streak: h.streak, correctCount: h.correctCount, totalResponseMs: h.totalResponseMs }).toEqual(live());
    // Time: 3 s + the unanswered q2's 20 s + 1 s + 2 s (the polls charge nothing, answered or not).
    expect(h.totalResponseMs).toBe(26_000);
  });
});
