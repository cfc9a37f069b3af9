import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
// This test damages the database file on purpose, under the repositories: only a raw driver can.
// eslint-disable-next-line no-restricted-imports
import Database from "better-sqlite3";
import { BUILT_IN_BANKS } from "@lousa/banks";
import { call, connect, must, next, type TestSocket } from "../helpers/clients";
import { spawnServer, type SpawnedServer } from "../helpers/spawn-server";
import { killMidQuestion } from "../helpers/kill-mid-question";
import { signInTeacher } from "../helpers/teacher";

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
  const s = await spawnServer({ dbFile: path.join(dir, "lousa.db"), env: { SERVE_WEB: "false", LOG_LEVEL: "warn", SETUP_CODE } });
  servers.push(s);
  return s;
}
const SETUP_CODE = "RESTARTTEST1";
async function client(url: string, teacher = false): Promise<TestSocket> {
  const s = await connect(url, teacher ? { cookie: await signInTeacher(url, SETUP_CODE) } : {});
  sockets.push(s);
  return s;
}

test("kill -9 mid-question: acknowledged answers survive, the game resumes, the open question re-opens", async () => {
  await killMidQuestion(start, client, () => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
});

test("SIGTERM: the server tells clients, flushes, exits 0; the game is still there after a restart", async () => {
  const first = await start();
  const host = await client(first.url, true);
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

test("SIGTERM mid-question is a restart, not a close: the phones that had not answered still can", async () => {
  const first = await start();
  const host = await client(first.url, true);
  const game = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: 60 } });
  const seats = [];
  for (const nickname of ["Ana", "Bruno", "Carla", "Davi"]) {
    const s = await client(first.url);
    seats.push({ ...(await must(s, "player:join", { pin: game.pin, nickname })), socket: s });
  }
  await must(host, "host:start", {});
  await must(seats[0]!.socket, "player:answer", { questionIndex: 0, choices: key });
  await must(seats[1]!.socket, "player:answer", { questionIndex: 0, choices: [wrong] });
  // On the way out every socket is dropped: that must not read as "everyone still here has answered".
  expect(await first.stop("SIGTERM")).toBe(0);
  for (const s of sockets.splice(0)) s.disconnect();

  const second = await start();
  const host2 = await client(second.url);
  const snap = await must(host2, "host:attach", { pin: game.pin, hostSecret: game.hostSecret });
  expect(snap.phase).toMatchObject({ kind: "question", index: 0 });
  expect(snap.answeredCount).toBe(2);
  for (const seat of seats.slice(2)) {
    const phone = await client(second.url);
    await must(phone, "player:rejoin", { pin: game.pin, rejoinToken: seat.rejoinToken });
    await must(phone, "player:answer", { questionIndex: 0, choices: key });
  }
  const closed = await must(host2, "host:endQuestion", {});
  expect(closed.kind === "reveal" && closed.answeredCount).toBe(4);
});

test("one damaged game row does not keep the server from starting, nor the other games from coming back", async () => {
  const first = await start();
  const host = await client(first.url, true);
  const good = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: null } });
  const damaged = await must(host, "host:create", { bankId: "docker", settings: { pointsMode: "bank", timeLimitSec: null } });
  const old = await must(host, "host:create", { bankId: "docker", settings: { pointsMode: "bank", timeLimitSec: null } });
  const phone = await client(first.url);
  const seat = await must(phone, "player:join", { pin: good.pin, nickname: "Eva" });
  expect(await first.stop("SIGKILL")).toBeNull();
  for (const s of sockets.splice(0)) s.disconnect();

  const db = new Database(path.join(dir, "lousa.db"));
  db.prepare(`UPDATE "Game" SET "questions" = 'not json', "settings" = '{' WHERE "id" = ?`).run(damaged.gameId);
  // A day-old forgotten game whose row is damaged too: closing it must not stop the start either.
  db.prepare(`UPDATE "Game" SET "createdAt" = ?, "phase" = 'bogus' WHERE "id" = ?`).run(Date.now() - 2 * 24 * 3600 * 1000, old.gameId);
  db.close();

  const second = await start();
  const again = await client(second.url);
  const snap = await must(again, "player:rejoin", { pin: good.pin, rejoinToken: seat.rejoinToken });
  expect(snap.you.nickname).toBe("Eva");
  expect(await call(again, "player:lookup", { pin: damaged.pin })).toMatchObject({ ok: false, error: { code: "GAME_NOT_FOUND" } });
  expect(second.output()).toContain("could not restore game; skipped");
});
