import type { RosterEntry } from "@lousa/protocol";
import { lobbySample } from "./lobby-sample";

const player = (n: number, nickname = `Aluno ${n}`): RosterEntry => ({ playerId: `p${n}`, nickname, connected: true, score: 0, kicked: false, team: null, accommodation: null });
const roster = (count: number) => Array.from({ length: count }, (_, i) => player(i));

describe("the lobby's names", () => {
  it("shows a class whole, with no search", () => {
    expect(lobbySample(roster(30), "", 100)).toEqual({ shown: roster(30), hidden: 0, searchable: false });
  });

  it("shows the latest arrivals of an auditorium and counts the rest", () => {
    const sample = lobbySample(roster(10_000), "", 100);
    expect(sample.shown).toHaveLength(100);
    expect(sample.shown[0]?.playerId).toBe("p9900");
    expect(sample.shown.at(-1)?.playerId).toBe("p9999");
    expect(sample).toMatchObject({ hidden: 9_900, searchable: true });
  });

  it("finds a student by any part of the name, ignoring case and accents", () => {
    const players = [...roster(500), player(500, "João Pedro"), player(501, "Capivara Veloz")];
    expect(lobbySample(players, "joao", 100).shown.map((p) => p.nickname)).toEqual(["João Pedro"]);
    expect(lobbySample(players, " VELOZ ", 100).shown.map((p) => p.nickname)).toEqual(["Capivara Veloz"]);
    expect(lobbySample(players, "aluno 4", 100)).toMatchObject({ hidden: 11, searchable: true }); // Aluno 4, 40–49, 400–499: 111 matches
  });
});
