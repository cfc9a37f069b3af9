import type { AnswerRecord, PlayedQuestion } from "@lousa/game";
import { buildReport } from "./build-report";
import type { ReportInput } from "./types";

const q = (id: string): PlayedQuestion => ({ id, type: "single", prompt: id, options: ["a", "b"], correct: [0], explanation: "", timeLimitMs: 10_000, pointsMode: "standard" });
const a = (playerId: string, questionIndex: number, correct: boolean, responseMs: number): AnswerRecord => ({
  playerId,
  questionIndex,
  choices: [correct ? 0 : 1],
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
