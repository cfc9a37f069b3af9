import { Game } from "./game";
import { rankTeams, smallestTeam } from "./teams";
import type { PlayedQuestion, PlayerState } from "./types";
import { toPhaseView, toPlayerPrivateView } from "./views";

const q = (id: string): PlayedQuestion => ({ id, type: "single", prompt: "2 + 2?", options: ["3", "4", "5"], correct: [1], explanation: "", timeLimitMs: 20_000, pointsMode: "standard" });
const T0 = 1_000_000;

/** A sequence of draws for the random team assignment (repeats the last one). */
const draws = (...values: number[]) => () => values.length > 1 ? values.shift()! : (values[0] ?? 0);

const player = (over: Partial<Omit<PlayerState, "accommodation">> & { id: string; team: number | null; score: number }): PlayerState => ({
  nickname: over.id,
  nicknameKey: over.id,
  streak: 0,
  correctCount: 0,
  totalResponseMs: 0,
  connected: true,
  kicked: false,
  rank: null,
  accommodation: null,
  joinedSeq: 0,
  answers: new Map(),
  ...over,
});

describe("team standings", () => {
  it("score a team by its members' average, so a bigger team has no advantage; kicked players don't count", () => {
    const standings = rankTeams(
      [
        player({ id: "a", team: 0, score: 1000 }),
        player({ id: "b", team: 0, score: 0 }),
        player({ id: "c", team: 0, score: 200 }),
        player({ id: "d", team: 1, score: 600 }),
        player({ id: "e", team: 1, score: 9999, kicked: true }),
        player({ id: "f", team: 2, score: 401 }),
        player({ id: "g", team: 2, score: 400 }),
      ],
      4,
    );
    // Team 0: (1000 + 0 + 200) / 3 = 400; team 2: (401 + 400) / 2 = 400.5, rounded to 401.
    expect(standings).toEqual([
      { team: 1, rank: 1, score: 600, members: 1 },
      { team: 2, rank: 2, score: 401, members: 2 },
      { team: 0, rank: 3, score: 400, members: 3 },
    ]);
    // Team 3 has nobody: no score to rank.
    expect(standings.map((t) => t.team)).not.toContain(3);
  });

  it("teams with the same average share a place", () => {
    const standings = rankTeams([player({ id: "a", team: 0, score: 500 }), player({ id: "b", team: 1, score: 500 }), player({ id: "c", team: 2, score: 100 })], 3);
    expect(standings.map((t) => [t.team, t.rank])).toEqual([
      [0, 1],
      [1, 1],
      [2, 3],
    ]);
  });

  it("the smallest team gets the next student, at random among equals", () => {
    expect(smallestTeam([2, 1, 1], () => 0)).toBe(1);
    expect(smallestTeam([2, 1, 1], () => 0.99)).toBe(2);
    expect(smallestTeam([0, 0, 0, 0], () => 0.5)).toBe(2);
  });
});

describe("a game with teams", () => {
  it("spreads joins evenly (a batch counts as it goes), refuses a picked team, keeps teams in the standings and the phones' views", () => {
    const game = new Game({ questions: [q("q1"), q("q2")], teams: { count: 3, assignment: "random" }, random: draws(0.99, 0, 0.5) });
    expect(game.checkJoin("Zé", { team: 1 })).toMatchObject({ ok: false, error: { code: "TEAM_INVALID" } });
    // A batch of three planned together: each counts for the next.
    const batch: number[] = [];
    for (const name of ["Ana", "Bia", "Caio"]) {
      const c = game.checkJoin(name, { reservedTeams: batch });
      if (!c.ok || c.value.team === null) throw new Error("expected a team");
      batch.push(c.value.team);
    }
    expect([...batch].sort()).toEqual([0, 1, 2]);
    for (const [i, name] of ["Ana", "Bia", "Caio", "Duda", "Enzo", "Fabi", "Gil"].entries()) expect(game.join(`p${i}`, name).ok).toBe(true);
    expect(game.teamSizes().sort()).toEqual([2, 2, 3]);

    expect(game.start(T0).ok).toBe(true);
    const right = [...game.teamSizes().keys()].map((team) => [...Array(7).keys()].map((i) => `p${i}`).find((id) => game.player(id)?.team === team)!);
    // One student per team answers; team 0's is the fastest.
    right.forEach((id, i) => expect(game.answer(id, 0, [1], T0 + 1000 + i * 5000).ok).toBe(true));
    expect(game.closeQuestion(0).ok).toBe(true);
    const board = (game.next(T0 + 30_000), toPhaseView(game, T0 + 30_000));
    if (board.kind !== "leaderboard" || !board.teams) throw new Error("expected a team leaderboard");
    expect(board.teams.map((t) => t.team)).toEqual([...board.teams].sort((a, b) => b.score - a.score).map((t) => t.team));
    expect(board.teams.reduce((n, t) => n + t.members, 0)).toBe(7);
    const mine = toPlayerPrivateView(game, right[0]!);
    expect(mine?.team).toMatchObject({ team: game.player(right[0]!)?.team, teamsRanked: 3 });
    expect(mine?.team?.rank).toBe(board.teams.find((t) => t.team === mine?.team?.team)?.rank);
  });

  it("picked teams: a team must be named, within the game's count", () => {
    const game = new Game({ questions: [q("q1")], teams: { count: 2, assignment: "pick" } });
    expect(game.checkJoin("Ana")).toMatchObject({ ok: false, error: { code: "TEAM_INVALID" } });
    expect(game.checkJoin("Ana", { team: 2 })).toMatchObject({ ok: false, error: { code: "TEAM_INVALID" } });
    expect(game.checkJoin("Ana", { team: -1 })).toMatchObject({ ok: false, error: { code: "TEAM_INVALID" } });
    expect(game.join("a", "Ana", { team: 1 }).ok).toBe(true);
    expect(game.player("a")?.team).toBe(1);
    // Without teams, a team is refused rather than ignored.
    expect(new Game({ questions: [q("q1")] }).checkJoin("Ana", { team: 0 })).toMatchObject({ ok: false, error: { code: "TEAM_INVALID" } });
  });

  it("a restored player keeps their team, and teams are ranked again from the stored scores", () => {
    const game = new Game({ questions: [q("q1")], teams: { count: 2, assignment: "random" } });
    game.restorePlayer({ id: "a", nickname: "Ana", nicknameKey: "ana", score: 900, streak: 1, correctCount: 1, totalResponseMs: 1000, kicked: false, team: 1 }, []);
    game.restorePlayer({ id: "b", nickname: "Bia", nicknameKey: "bia", score: 100, streak: 0, correctCount: 0, totalResponseMs: 1000, kicked: false, team: 0 }, []);
    expect(game.teamSizes()).toEqual([1, 1]);
    // The next join goes to either (equal sizes), never a third team.
    const c = game.checkJoin("Caio");
    expect(c.ok && [0, 1].includes(c.value.team ?? -1)).toBe(true);
  });
});
