import type { AnswerRecord, PlayedQuestion } from "@lousa/game";
import { buildReport } from "./build-report";
import { teamName, TEAM_NAMES } from "./team-names";
import type { ReportInput, ReportPlayerInput } from "./types";

const q = (id: string): PlayedQuestion => ({ id, type: "single", prompt: id, options: ["a", "b"], correct: [0], explanation: "", timeLimitMs: 10_000, pointsMode: "standard" });
const a = (playerId: string, questionIndex: number, correct: boolean): AnswerRecord => ({ playerId, questionIndex, choices: [correct ? 0 : 1], text: null, value: null, correct, points: correct ? 1000 : 0, streakBonus: 0, responseMs: 1000, answeredAt: 0 });
const player = (id: string, team: number | null, score: number, kicked = false): ReportPlayerInput => ({ id, nickname: id, realName: null, identifier: null, score, correctCount: score / 1000, totalResponseMs: 1000, kicked, team });

// Four questions. Red (0): three members, 3000 + 1000 + 2000 → average 2000. Blue (1): one member, 2000,
// ties with Red. Yellow (2): its only other member was kicked (with the best score), leaving 0.
// Green (3): nobody joined it.
const players = [player("ana", 0, 3000), player("bia", 0, 1000), player("caio", 0, 2000), player("duda", 1, 2000), player("eva", 2, 0), player("fera", 2, 4000, true)];
const answers = players.flatMap((p) => [0, 1, 2, 3].map((i) => a(p.id, i, i < p.score / 1000)));
const input: ReportInput = {
  game: { id: "g", pin: "123456", bankTitle: "Equipes", createdAt: 0, startedAt: 0, endedAt: 1, questionsPlayed: 4, identifierLabel: null },
  questions: [q("q1"), q("q2"), q("q3"), q("q4")],
  players,
  answers,
  teams: { count: 4 },
};

describe("buildReport with teams", () => {
  const report = buildReport(input);

  it("each student's row carries their team", () => {
    expect(report.players.map((p) => [p.nickname, p.team])).toEqual([
      ["ana", 0],
      ["caio", 0],
      ["duda", 1],
      ["bia", 0],
      ["eva", 2],
    ]);
  });

  it("ranks teams by their members' average as the live game does: uneven sizes, ties share a place, kicked members and empty teams left out", () => {
    expect(report.teams?.map((t) => [t.rank, t.team, t.score, t.members])).toEqual([
      [1, 0, 2000, 3],
      [1, 1, 2000, 1],
      [3, 2, 0, 1],
    ]);
  });

  it("averages the members' correctness and grades (the kicked member's 4/4 does not lift Yellow)", () => {
    const [red, blue, yellow] = report.teams ?? [];
    expect(red).toMatchObject({ percentCorrect: 0.5, averageGrade: 5 });
    expect(blue).toMatchObject({ percentCorrect: 0.5, averageGrade: 5 });
    expect(yellow).toMatchObject({ percentCorrect: 0, averageGrade: 0 });
  });

  it("averages grades on the requested scale", () => {
    const on100 = buildReport({ ...input, players: [player("ana", 0, 3000), player("caio", 0, 2000)] }, { scale: 100, decimals: 0 });
    // 3/4 and 2/4: 75 and 50 on 0–100, 62.5 on average, 63 with no decimals.
    expect(on100.teams).toEqual([{ team: 0, rank: 1, score: 2500, members: 2, percentCorrect: 0.625, averageGrade: 63 }]);
  });

  it("has no teams table, and null teams on rows, in a game without teams", () => {
    const plain = buildReport({ ...input, teams: null, players: players.map((p) => ({ ...p, team: null })) });
    expect(plain.teams).toBeNull();
    expect(plain.players.every((p) => p.team === null)).toBe(true);
  });
});

describe("teamName", () => {
  it("names teams by their colour, in team order, in both languages", () => {
    expect(TEAM_NAMES).toHaveLength(8);
    expect([0, 1, 7].map((t) => teamName(t, "pt-BR"))).toEqual(["Equipe Vermelha", "Equipe Azul", "Equipe Turquesa"]);
    expect([0, 1, 7].map((t) => teamName(t, "en"))).toEqual(["Red team", "Blue team", "Teal team"]);
  });
});
