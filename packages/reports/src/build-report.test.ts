import type { AnswerRecord, PlayedQuestion } from "@lousa/game";
import { buildReport } from "./build-report";
import type { ReportInput } from "./types";

const q = (id: string): PlayedQuestion => ({ id, type: "single", prompt: id, options: ["a", "b"], correct: [0], explanation: "", timeLimitMs: 10_000, pointsMode: "standard" });
const a = (playerId: string, questionIndex: number, correct: boolean, responseMs: number): AnswerRecord => ({
  playerId,
  questionIndex,
  choices: [correct ? 0 : 1],
  text: null,
  value: null,
  correct,
  points: correct ? 900 : 0,
  streakBonus: 0,
  responseMs,
  answeredAt: 0,
});

const input: ReportInput = {
  game: { id: "g", pin: "123456", bankTitle: "Kernel", createdAt: 0, startedAt: 0, endedAt: 1, questionsPlayed: 4, identifierLabel: "Matrícula" },
  questions: [q("q1"), q("q2"), q("q3"), q("q4"), q("q5")],
  players: [
    { id: "fast", nickname: "Rápida", realName: null, identifier: "2024001", score: 1800, correctCount: 2, totalResponseMs: 22_000, kicked: false },
    { id: "right", nickname: "Certeira", realName: "Maria Souza", identifier: "2024002", score: 3000, correctCount: 4, totalResponseMs: 36_000, kicked: false },
    { id: "gone", nickname: "Expulso", realName: null, identifier: null, score: 5000, correctCount: 4, totalResponseMs: 1000, kicked: true },
  ],
  answers: [
    a("right", 0, true, 9000),
    a("right", 1, true, 9000),
    a("right", 2, true, 9000),
    a("right", 3, true, 9000),
    a("fast", 0, true, 500),
    a("fast", 1, true, 500),
    a("fast", 2, false, 1000),
  ],
};

describe("buildReport", () => {
  const report = buildReport(input);

  it("ranks by score and leaves kicked players out", () => {
    expect(report.players.map((p) => [p.rank, p.nickname])).toEqual([
      [1, "Certeira"],
      [2, "Rápida"],
    ]);
  });

  it("grades by correctness over the questions actually played (4 of 5), on 0–10", () => {
    const [right, fast] = report.players;
    expect(right).toMatchObject({ correct: 4, answered: 4, percentCorrect: 1, grade: 10, averageResponseMs: 9000, identifier: "2024002" });
    expect(fast).toMatchObject({ correct: 2, answered: 3, percentCorrect: 0.5, grade: 5, averageResponseMs: 667 });
    expect(report.questions).toHaveLength(4);
    expect(report.game).toMatchObject({ questionCount: 5, questionsPlayed: 4 });
  });

  it("the scale and decimals are configurable", () => {
    const on100 = buildReport(input, { scale: 100, decimals: 0 });
    expect(on100.players.map((p) => p.grade)).toEqual([100, 50]);
    expect(on100.summary.averageGrade).toBe(75);
  });

  it("summarises the class", () => {
    expect(report.summary).toMatchObject({ playerCount: 2, averageScore: 2400, averagePercentCorrect: 0.75, averageGrade: 7.5 });
    expect(report.questions[3]).toMatchObject({ percentCorrect: 0.5, answered: 1 });
  });
});

describe("buildReport with a poll and an ordering question", () => {
  const poll: PlayedQuestion = { id: "p", type: "poll", prompt: "Já usou Docker?", options: ["sim", "não"], correct: [], explanation: "", timeLimitMs: 10_000, pointsMode: "standard" };
  // Shown shuffled; the right sequence is C, A, B (indexes 2, 0, 1).
  const order: PlayedQuestion = { id: "o", type: "ordering", prompt: "Ordem", options: ["build", "push", "escrever Dockerfile"], correct: [2, 0, 1], explanation: "", timeLimitMs: 10_000, pointsMode: "standard" };
  const answer = (playerId: string, questionIndex: number, choices: number[], correct: boolean): AnswerRecord => ({ playerId, questionIndex, choices, text: null, value: null, correct, points: correct ? 900 : 0, streakBonus: 0, responseMs: 1000, answeredAt: 0 });
  const report = buildReport({
    game: { ...input.game, questionsPlayed: 3 },
    questions: [poll, order, q("q")],
    players: [
      { id: "ana", nickname: "Ana", realName: null, identifier: null, score: 1800, correctCount: 2, totalResponseMs: 2000, kicked: false },
      { id: "bia", nickname: "Bia", realName: null, identifier: null, score: 0, correctCount: 0, totalResponseMs: 2000, kicked: false },
    ],
    answers: [answer("ana", 0, [0], false), answer("bia", 0, [0], false), answer("ana", 1, [2, 0, 1], true), answer("bia", 1, [0, 2, 1], false), answer("ana", 2, [0], true), answer("bia", 2, [1], false)],
  });

  it("grades over the graded questions only: the poll is asked, not graded", () => {
    expect(report.players.map((p) => [p.nickname, p.correct, p.percentCorrect, p.grade])).toEqual([
      ["Ana", 2, 1, 10],
      ["Bia", 0, 0, 0],
    ]);
  });

  it("shows the poll as a vote, with no difficulty, discrimination or flags", () => {
    expect(report.questions[0]).toMatchObject({ type: "poll", graded: false, optionCounts: [2, 0], correctOptions: [], discrimination: null, topDistractor: null, flags: [] });
  });

  it("counts, per ordering item, who put it in its right place; ordering has no distractor", () => {
    // Ana: all three in place; Bia: only the last (B) in place.
    expect(report.questions[1]).toMatchObject({ type: "ordering", graded: true, optionCounts: [1, 2, 1], correctOptions: [2, 0, 1], topDistractor: null, percentCorrect: 0.5 });
  });
});
