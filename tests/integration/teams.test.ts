import { BUILT_IN_BANKS } from "@lousa/banks";
import { call, must, next } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";

/**
 * Team play over real sockets: picked teams of uneven sizes (3, 1 and an empty one), the team score as
 * the members' average on the projector's scoreboard and every phone, a rejoin keeping its team; and
 * teams the server draws, balanced.
 */
const harness = serverPerTest();
const kernel = BUILT_IN_BANKS.find((b) => b.id === "kernel")!;
const key = [...kernel.questions[0]!.correct];
const wrong = kernel.questions[0]!.options.findIndex((_, i) => !key.includes(i));

test("picked teams: uneven sizes, average scores, the same standings on the projector and the phones, a rejoin keeps its team", async () => {
  const host = await harness.host();
  const game = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: null, teams: { count: 3, assignment: "pick" } } });
  const lookup = await harness.client();
  expect(await must(lookup, "player:lookup", { pin: game.pin })).toMatchObject({ teams: { count: 3, assignment: "pick" } });
  // A team must be picked, among this game's.
  expect(await call(lookup, "player:join", { pin: game.pin, nickname: "Sem Time" })).toMatchObject({ ok: false, error: { code: "TEAM_INVALID" } });
  expect(await call(lookup, "player:join", { pin: game.pin, nickname: "Sem Time", team: 3 })).toMatchObject({ ok: false, error: { code: "TEAM_INVALID" } });
  expect(await call(lookup, "player:join", { pin: game.pin, nickname: "Sem Time", team: 8 })).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });

  const seats = new Map<string, { socket: Awaited<ReturnType<typeof harness.client>>; token: string }>();
  for (const [nickname, team] of [["Ana", 0], ["Bia", 0], ["Caio", 1], ["Duda", 0]] as const) {
    const socket = await harness.client();
    const joined = await must(socket, "player:join", { pin: game.pin, nickname, team });
    expect(joined.snapshot.you.team).toEqual({ team, rank: null, score: 0, teamsRanked: 0 });
    seats.set(nickname, { socket, token: joined.rejoinToken });
  }
  const attached = await must(host, "host:attach", { pin: game.pin, hostSecret: game.hostSecret });
  expect(attached.teams).toEqual({ count: 3, assignment: "pick" });
  expect(attached.roster.map((r) => [r.nickname, r.team])).toEqual([
    ["Ana", 0],
    ["Bia", 0],
    ["Caio", 1],
    ["Duda", 0],
  ]);

  await must(host, "host:start", {});
  await must(seats.get("Ana")!.socket, "player:answer", { questionIndex: 0, choices: key });
  await must(seats.get("Bia")!.socket, "player:answer", { questionIndex: 0, choices: [wrong] });
  await must(seats.get("Caio")!.socket, "player:answer", { questionIndex: 0, choices: key });
  // Duda doesn't answer: the host closes the question.
  const caioSees = next(seats.get("Caio")!.socket, "player:you", (v) => v.team?.rank !== null && v.team?.rank !== undefined);
  await must(host, "host:endQuestion", {});
  const board = await must(host, "host:next", {});
  if (board.kind !== "leaderboard" || !board.teams) throw new Error("expected a team scoreboard");
  const score = (name: string) => board.top.find((e) => e.nickname === name)!.score;
  // Team 0 (Ana, Bia, Duda): one right answer among three; team 1 (Caio): one of one. Team 2: nobody.
  expect(board.teams).toEqual([
    { team: 1, rank: 1, score: score("Caio"), members: 1 },
    { team: 0, rank: 2, score: Math.round((score("Ana") + score("Bia") + score("Duda")) / 3), members: 3 },
  ]);
  const [caio] = await caioSees;
  expect(caio.team).toEqual({ team: 1, rank: 1, score: score("Caio"), teamsRanked: 2 });

  // Bia's phone reloads: same team, same place.
  const again = await harness.client();
  const back = await must(again, "player:rejoin", { pin: game.pin, rejoinToken: seats.get("Bia")!.token });
  expect(back.you.team).toEqual({ team: 0, rank: 2, score: board.teams[1]!.score, teamsRanked: 2 });

  // The podium carries the same team standings.
  const podium = await must(host, "host:end", {});
  expect(podium.kind === "podium" && podium.teams).toEqual(board.teams);
});

test("drawn teams are balanced, and a student can't pick one", async () => {
  const host = await harness.host();
  const game = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: null, teams: { count: 2, assignment: "random" } } });
  const teams: number[] = [];
  for (const nickname of ["Ana", "Bia", "Caio", "Duda", "Enzo"]) {
    const socket = await harness.client();
    const joined = await must(socket, "player:join", { pin: game.pin, nickname });
    teams.push(joined.snapshot.you.team!.team);
  }
  expect([teams.filter((t) => t === 0).length, teams.filter((t) => t === 1).length].sort()).toEqual([2, 3]);
  const picker = await harness.client();
  expect(await call(picker, "player:join", { pin: game.pin, nickname: "Fabi", team: 0 })).toMatchObject({ ok: false, error: { code: "TEAM_INVALID" } });
});

test("a game without teams: no team anywhere, and a picked team is refused", async () => {
  const host = await harness.host();
  const game = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: null } });
  const phone = await harness.client();
  expect(await call(phone, "player:join", { pin: game.pin, nickname: "Ana", team: 0 })).toMatchObject({ ok: false, error: { code: "TEAM_INVALID" } });
  const joined = await must(phone, "player:join", { pin: game.pin, nickname: "Ana" });
  expect(joined.snapshot.you.team).toBeNull();
  expect((await must(host, "host:attach", { pin: game.pin, hostSecret: game.hostSecret })).teams).toBeNull();
});
