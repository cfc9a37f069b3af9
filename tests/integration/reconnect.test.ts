import { BUILT_IN_BANKS } from "@lousa/banks";
import { ANSWER_GRACE_MS } from "@lousa/game";
import { call, must, next, type TestSocket } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";

const harness = serverPerTest();
const client = () => harness.client();
/** Disconnects a client and resolves once the server has processed it (its own disconnect event). */
function serverSawDisconnect(s: TestSocket): Promise<void> {
  const serverSide = harness.server.app.io.of("/").sockets.get(s.id!);
  if (!serverSide) throw new Error("socket unknown to the server");
  const done = new Promise<void>((resolve) => serverSide.once("disconnect", () => resolve()));
  s.disconnect();
  return done;
}
const docker = BUILT_IN_BANKS.find((b) => b.id === "docker")!;
const key = (i: number) => [...docker.questions[i]!.correct];

async function gameWithPlayers(names: string[]) {
  const host = await harness.host();
  const game = await must(host, "host:create", { bankId: "docker", settings: { pointsMode: "standard", timeLimitSec: 30 } });
  const players = [];
  for (const nickname of names) {
    const socket = await client();
    players.push({ socket, ...(await must(socket, "player:join", { pin: game.pin, nickname })) });
  }
  return { host, game, players };
}

describe("phones that drop, lock or reload", () => {
  it("reload mid-question before answering: back with the same seat, can still answer", async () => {
    const { host, game, players } = await gameWithPlayers(["Ana", "Bia"]);
    await must(host, "host:start", {});
    const roster = next(host, "host:roster", (r) => r.some((e) => e.nickname === "Ana" && !e.connected));
    players[0]!.socket.disconnect();
    await roster; // the host sees Ana reconnecting
    harness.server.clock.advance(5_000);
    const again = await client();
    const snap = await must(again, "player:rejoin", { pin: game.pin, rejoinToken: players[0]!.rejoinToken });
    expect(snap.phase).toMatchObject({ kind: "question", index: 0, remainingMs: 25_000 });
    expect(snap.you).toMatchObject({ nickname: "Ana", answeredChoices: null });
    const receipt = await must(again, "player:answer", { questionIndex: 0, choices: key(0) });
    expect(receipt.answeredCount).toBe(1);
  });

  it("offline for 20 s, then back: same score and streak, the open question still answerable", async () => {
    const { host, game, players } = await gameWithPlayers(["Caio", "Duda"]);
    await must(host, "host:start", {});
    await must(players[0]!.socket, "player:answer", { questionIndex: 0, choices: key(0) });
    await must(players[1]!.socket, "player:answer", { questionIndex: 0, choices: key(0) });
    await must(host, "host:next", {}); // leaderboard (the question already closed: everyone answered)
    const q1 = await must(host, "host:next", {});
    expect(q1.kind === "question" && q1.index).toBe(1);
    const scoreBefore = (await must(players[0]!.socket, "player:rejoin", { pin: game.pin, rejoinToken: players[0]!.rejoinToken })).you.score;

    players[0]!.socket.disconnect(); // phone locked, Wi-Fi gone
    harness.server.clock.advance(20_000);
    const back = await client();
    const snap = await must(back, "player:rejoin", { pin: game.pin, rejoinToken: players[0]!.rejoinToken });
    expect(snap.you).toMatchObject({ score: scoreBefore, streak: 1, rank: expect.any(Number) });
    expect(snap.phase).toMatchObject({ kind: "question", index: 1, remainingMs: 10_000 });
    await must(back, "player:answer", { questionIndex: 1, choices: key(1) });
  });

  it("an answer after the deadline and its grace is refused as TOO_LATE", async () => {
    const { host, players } = await gameWithPlayers(["Edu", "Fê"]);
    await must(host, "host:start", {});
    // The timer closes the question at deadline + grace; just before that, an answer still counts.
    harness.server.clock.advance(30_000 + ANSWER_GRACE_MS - 1);
    await must(players[0]!.socket, "player:answer", { questionIndex: 0, choices: key(0) });
    harness.server.clock.advance(1);
    expect(await call(players[1]!.socket, "player:answer", { questionIndex: 0, choices: key(0) })).toMatchObject({ ok: false, error: { code: "QUESTION_NOT_OPEN" } });
  });

  it("host reload: players see the teacher reconnecting, the game waits, the new host screen resumes it", async () => {
    const { host, game, players } = await gameWithPlayers(["Gui"]);
    await must(host, "host:start", {});
    await must(players[0]!.socket, "player:answer", { questionIndex: 0, choices: key(0) }); // closes q0
    const away = next(players[0]!.socket, "game:host", (h) => !h.connected);
    host.disconnect();
    await away;
    harness.server.clock.advance(120_000);
    const host2 = await client();
    const back = next(players[0]!.socket, "game:host", (h) => h.connected);
    const snap = await must(host2, "host:attach", { pin: game.pin, hostSecret: game.hostSecret });
    await back;
    expect(snap.phase.kind).toBe("reveal"); // did not advance while no host was there
    expect(snap.roster).toEqual([expect.objectContaining({ nickname: "Gui", connected: true, score: expect.any(Number) })]);
    expect((await must(host2, "host:next", {})).kind).toBe("leaderboard");
  });

  it("a phone with two tabs stays connected until both close", async () => {
    const { host, game, players } = await gameWithPlayers(["Hana"]);
    const tab2 = await client();
    await must(tab2, "player:rejoin", { pin: game.pin, rejoinToken: players[0]!.rejoinToken });
    await serverSawDisconnect(players[0]!.socket);
    const snap = await must(host, "host:attach", { pin: game.pin, hostSecret: game.hostSecret });
    expect(snap.roster[0]!.connected).toBe(true);
    const gone = next(host, "host:roster", (r) => !r[0]!.connected);
    await serverSawDisconnect(tab2);
    await gone;
  });
});
