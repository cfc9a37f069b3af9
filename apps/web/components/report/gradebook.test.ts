import { playerIdentifierSchema } from "@lousa/protocol";
import { checkIdentifier, gradebookBlock, identifierErrorMessage, withIdentifier } from "./gradebook";

const player = (playerId: string, identifier: string | null) => ({ playerId, identifier, rank: 1, nickname: playerId, realName: null, score: 0, correct: 0, answered: 0, percentCorrect: 0, averageResponseMs: null, grade: 0, team: null, accommodatedAnswers: 0 });
const summary = (gradedQuestions: number) => ({ playerCount: 2, averageScore: 0, averagePercentCorrect: 0, averageGrade: 0, flaggedQuestions: 0, gradedQuestions, tooFewToJudge: true, minPlayersForFlags: 10 });

describe("gradebookBlock", () => {
  it("offers the gradebooks once one student has an identifier", () => {
    expect(gradebookBlock({ summary: summary(3), players: [player("a", null), player("b", "2026-01")] })).toBeNull();
  });
  it("says no student has one (an empty string counts as none)", () => {
    expect(gradebookBlock({ summary: summary(3), players: [player("a", null), player("b", "")] })).toBe("noIdentifiers");
    expect(gradebookBlock({ summary: summary(3), players: [] })).toBe("noIdentifiers");
  });
  it("a game of polls only has no grades, identifiers or not", () => {
    expect(gradebookBlock({ summary: summary(0), players: [player("a", "2026-01")] })).toBe("nothingToGrade");
  });
});

describe("checkIdentifier", () => {
  it.each([
    ["2026-001", { ok: true, value: "2026-001" }],
    ["  ana@escola.br  ", { ok: true, value: "ana@escola.br" }],
    ["", { ok: true, value: null }],
    ["   ", { ok: true, value: null }],
    ["x".repeat(64), { ok: true, value: "x".repeat(64) }],
    ["x".repeat(65), { ok: false, problem: "tooLong", length: 65 }],
    ["a\u200Bb", { ok: false, problem: "invisible", length: 3 }],
    ["a\tb", { ok: false, problem: "invisible", length: 3 }],
    ["a\u0000b", { ok: false, problem: "invisible", length: 3 }],
  ])("%j", (text, expected) => {
    expect(checkIdentifier(text)).toEqual(expected);
  });

  it("agrees with the server's rule on every case (null for an empty field)", () => {
    for (const text of ["2026-001", " ana ", "x".repeat(64), "x".repeat(65), "a\u200Bb", "a\u2060b", "a\nb", "ção-ü", "😀".repeat(32), "😀".repeat(33)]) {
      const local = checkIdentifier(text);
      const server = playerIdentifierSchema.safeParse({ identifier: text });
      expect({ text, ok: local.ok }).toEqual({ text, ok: server.success });
      if (local.ok && server.success) expect(local.value).toBe(server.data.identifier);
    }
  });
});

describe("withIdentifier", () => {
  it("replaces one player's identifier and leaves the rest (and the input) alone", () => {
    const report = { players: [player("a", null), player("b", "old")] };
    const next = withIdentifier(report, "b", null);
    expect(next.players.map((p) => p.identifier)).toEqual([null, null]);
    expect(report.players[1]?.identifier).toBe("old");
    expect(withIdentifier(report, "a", "2026-01").players[0]?.identifier).toBe("2026-01");
  });
});

describe("identifierErrorMessage", () => {
  it.each([
    ["INVALID_PAYLOAD", { key: "report.ids.error.invalid" }],
    ["GAME_NOT_OVER", { key: "report.ids.error.notOver" }],
    ["PLAYER_NOT_FOUND", { key: "report.ids.error.gone" }],
    ["NOT_SIGNED_IN", { key: "report.ids.error.signedOut" }],
    ["HOST_SECRET_INVALID", { key: "report.ids.error.forbidden" }],
    ["FORBIDDEN", { key: "report.ids.error.forbidden" }],
    ["OFFLINE", { code: "OFFLINE" }],
    ["RATE_LIMITED", { code: "RATE_LIMITED" }],
    ["SOMETHING_NEW", { code: "INTERNAL" }],
  ])("%s", (reason, expected) => {
    expect(identifierErrorMessage(reason)).toEqual(expected);
  });
});
