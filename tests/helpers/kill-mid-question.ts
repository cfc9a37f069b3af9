import { BUILT_IN_BANKS } from "@lousa/banks";
import { call, must, type TestSocket } from "./clients";
import type { SpawnedServer } from "./spawn-server";

const kernel = BUILT_IN_BANKS.find((b) => b.id === "kernel")!;
const key = [...kernel.questions[0]!.correct];
const wrong = kernel.questions[0]!.options.findIndex((_, i) => !key.includes(i));

/**
 * The kill -9 scenario, on whatever database `start` gives the real server process (SQLite file or
 * PostgreSQL): two of three phones answer, the process is killed, a new one resumes the game from the
 * database — acknowledged answers kept, the open question re-opened with its full time, the third phone
 * still able to answer, scores right on the leaderboard. `disconnectAll` drops the test's sockets.
 */
export async function killMidQuestion(start: () => Promise<SpawnedServer>, client: (url: string, teacher?: boolean) => Promise<TestSocket>, disconnectAll: () => void): Promise<void> {
  const first = await start();
  const host = await client(first.url, true);
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
  disconnectAll();

  const restartedAt = Date.now();
  const second = await start();
  const host2 = await client(second.url);
  const snap = await must(host2, "host:attach", { pin: game.pin, hostSecret: game.hostSecret });
  expect(snap.phase).toMatchObject({ kind: "question", index: 0 });
  // Re-opened with the full limit at restore: at most the time since the restart began has passed
  // (the original window would also have lost the time before the kill).
  expect(snap.phase.kind === "question" && snap.phase.remainingMs).toBeGreaterThanOrEqual(60_000 - (Date.now() - restartedAt));
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
}
