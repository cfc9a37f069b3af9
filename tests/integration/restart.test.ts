import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUILT_IN_BANKS } from "@lousa/banks";
import { call, connect, must, next, type TestSocket } from "../helpers/clients";
import { spawnServer, type SpawnedServer } from "../helpers/spawn-server";

jest.setTimeout(60_000);

const kernel = BUILT_IN_BANKS.find((b) => b.id === "kernel")!;
const key = [...kernel.questions[0]!.correct];
const wrong = kernel.questions[0]!.options.findIndex((_, i) => !key.includes(i));

let dir: string;
let servers: SpawnedServer[] = [];
const sockets: TestSocket[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "lousa-restart-"));
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const s of servers) await s.stop("SIGKILL");
  servers = [];
  rmSync(dir, { recursive: true, force: true });
});

/** The real server process (API + Socket.IO only: pages are not under test here) on a fixed SQLite file. */
async function start(): Promise<SpawnedServer> {
  const s = await spawnServer({ dbFile: path.join(dir, "lousa.db"), env: { SERVE_WEB: "false", LOG_LEVEL: "warn" } });
  servers.push(s);
  return s;
}
async function client(url: string): Promise<TestSocket> {
  const s = await connect(url);
  sockets.push(s);
  return s;
}

test("kill -9 mid-question: acknowledged answers survive, the game resumes, the open question re-opens", async () => {
  const first = await start();
  const host = await client(first.url);
  const game = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: 60 } });
  const seats = [];
  for (const nickname of ["Ana", "Bruno", "Carla"]) {
    const s = await client(first.url);
    seats.push({ nickname, ...(await must(s, "player:join", { pin: game.pin, nickname })), socket: s });
  }
  await must(host, "host:start", {});
  await must(seats[0]!.socket, "player:answer", { questionIndex: 0, choices: key });
  await must(seats[1]!.socket, "player:answer", { questionIndex: 0, choices: [wrong] });

  expect(await first.stop("SIGKILL")).toBeNull(); // killed: no exit code, no graceful flush
  for (const s of sockets.splice(0)) s.disconnect();

  const second = await start();
  const host2 = await client(second.url);
  const snap = await must(host2, "host:attach", { pin: game.pin, hostSecret: game.hostSecret });
  expect(snap.phase).toMatchObject({ kind: "question", index: 0 });
  // Re-opened with the full limit at restore (the restart itself took seconds of the original window).
  expect(snap.phase.kind === "question" && snap.phase.remainingMs).toBeGreaterThan(58_500);
  expect(snap.answeredCount).toBe(2);
  expect(snap.roster.map((r) => [r.nickname, r.connected])).toEqual([
    ["Ana", false],
    ["Bruno", false],
    ["Carla", false],
  ]);

  const ana = await client(second.url);
  const anaSnap = await must(ana, "player:rejoin", { pin: game.pin, rejoinToken: seats[0]!.rejoinToken });
  expect(anaSnap.you.answeredChoices).toEqual(key);
  expect(await call(ana, "player:answer", { questionIndex: 0, choices: [wrong] })).toMatchObject({ ok: false, error: { code: "ALREADY_ANSWERED" } });

  const carla = await client(second.url);
  const carlaSnap = await must(carla, "player:rejoin", { pin: game.pin, rejoinToken: seats[2]!.rejoinToken });
  expect(carlaSnap.you.answeredChoices).toBeNull();
  await must(carla, "player:answer", { questionIndex: 0, choices: key });
  // A re-opened question does not close early (Bruno may still be reconnecting): the timer or the host closes it.
  const still = await must(host2, "host:attach", { pin: game.pin, hostSecret: game.hostSecret });
  expect(still.phase.kind).toBe("question");
  const closed = await must(host2, "host:endQuestion", {});
  expect(closed.kind === "reveal" && closed.answeredCount).toBe(3);

  const board = await must(host2, "host:next", {});
  if (board.kind !== "leaderboard") throw new Error("expected leaderboard");
  const ana1 = board.top.find((e) => e.nickname === "Ana")!;
  const bruno = board.top.find((e) => e.nickname === "Bruno")!;
  expect(ana1.score).toBeGreaterThanOrEqual(500);
  expect(ana1.correctCount).toBe(1);
  expect(bruno.score).toBe(0);
});

test("SIGTERM: the server tells clients, flushes, exits 0; the game is still there after a restart", async () => {
  const first = await start();
  const host = await client(first.url);
  const game = await must(host, "host:create", { bankId: "docker", settings: { pointsMode: "bank", timeLimitSec: null } });
  const p = await client(first.url);
  const joined = await must(p, "player:join", { pin: game.pin, nickname: "Dora" });
  const told = next(p, "server:shutdown");
  const exit = first.stop("SIGTERM");
  await told;
  expect(await exit).toBe(0);

  const second = await start();
  const again = await client(second.url);
  const snap = await must(again, "player:rejoin", { pin: game.pin, rejoinToken: joined.rejoinToken });
  expect(snap.phase.kind).toBe("lobby");
  expect(snap.you.nickname).toBe("Dora");
});
