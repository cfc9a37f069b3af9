import type { Socket as ServerSocket } from "socket.io";
import { FINISHED_GAME_TTL_MS, HOST_GONE_TTL_MS, SWEEP_EVERY_MS } from "../../apps/server/src/game/game-registry";
import { call, connect, must, next, type TestSocket } from "../helpers/clients";
import { startTestServer, type TestServer, teacherSocket } from "../helpers/test-server";

let server: TestServer;
const sockets: TestSocket[] = [];
async function client(): Promise<TestSocket> {
  const s = await connect(server.url);
  sockets.push(s);
  return s;
}
/** A socket from the signed-in teacher's browser. */
async function hostClient(): Promise<TestSocket> {
  const s = await teacherSocket(server);
  sockets.push(s);
  return s;
}
let stopped = false;
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  if (!stopped) await server.stop();
  stopped = false;
});

/** Resolves once the server has handled this client's disconnect (its own handlers run before ours). */
function serverSawDisconnect(s: TestSocket): Promise<void> {
  const serverSide: ServerSocket | undefined = server.app.io.sockets.sockets.get(s.id ?? "");
  if (!serverSide) throw new Error("no such socket on the server");
  return new Promise((resolve) => serverSide.once("disconnect", () => resolve()));
}

async function playToPodium(host: TestSocket) {
  await must(host, "host:start", {});
  await must(host, "host:end", {});
}

describe("games that end", () => {
  it("a PIN drawn again for a new game never reaches the phones of the old one", async () => {
    server = await startTestServer({ newPin: () => "424242" });
    const hostA = await hostClient();
    const a = await must(hostA, "host:create", { bankId: "docker", settings: { pointsMode: "bank", timeLimitSec: null } });
    const phoneA = await client();
    await must(phoneA, "player:join", { pin: a.pin, nickname: "Ana" });
    await playToPodium(hostA);
    const closed = next(phoneA, "game:closed");
    // Nobody looks at the podium any more: the game is let go, and its phones are told.
    hostA.disconnect();
    server.clock.advance(FINISHED_GAME_TTL_MS);
    await closed;
    expect(server.app.registry.size).toBe(0);

    const hostB = await hostClient();
    const b = await must(hostB, "host:create", { bankId: "docker", settings: { pointsMode: "bank", timeLimitSec: null } });
    expect(b.pin).toBe(a.pin);
    const seenByA: string[] = [];
    phoneA.on("game:phase", (v) => seenByA.push(v.kind));
    const phoneB = await client();
    await must(phoneB, "player:join", { pin: b.pin, nickname: "Bia" });
    const question = next(phoneB, "game:phase", (v) => v.kind === "question");
    await must(hostB, "host:start", {});
    await question;
    // A round trip on phone A's own connection: anything pushed to it before has arrived by now.
    expect(await call(phoneA, "player:answer", { questionIndex: 0, choices: [0] })).toMatchObject({ ok: false, error: { code: "GAME_NOT_FOUND" } });
    expect(seenByA).toEqual([]);
  });

  it("a game whose host never comes back is ended after an hour, then let go; no timer outlives the server", async () => {
    server = await startTestServer();
    const host = await hostClient();
    const game = await must(host, "host:create", { bankId: "docker", settings: { pointsMode: "bank", timeLimitSec: null } });
    const phone = await client();
    await must(phone, "player:join", { pin: game.pin, nickname: "Caio" });
    const gone = serverSawDisconnect(host);
    host.disconnect();
    await gone;
    const podium = next(phone, "game:phase", (v) => v.kind === "podium");
    server.clock.advance(HOST_GONE_TTL_MS + SWEEP_EVERY_MS);
    await podium;
    expect((await server.repos.games.listUnfinished()).map((g) => g.id)).not.toContain(game.gameId);
    // Still watched by a phone: kept until the finished-game limit, then let go.
    expect(server.app.registry.get(game.pin)).toBeDefined();
    const closed = next(phone, "game:closed");
    server.clock.advance(FINISHED_GAME_TTL_MS);
    await closed;
    expect(server.app.registry.get(game.pin)).toBeUndefined();
    // A running game with an open question has timers; stopping the server cancels every one.
    const other = await hostClient();
    const live = await must(other, "host:create", { bankId: "docker", settings: { pointsMode: "bank", timeLimitSec: 20 } });
    await must(await client(), "player:join", { pin: live.pin, nickname: "Eva" });
    await must(other, "host:start", {});
    expect(server.clock.pending).toBeGreaterThan(0);
    for (const s of sockets.splice(0)) s.disconnect();
    await server.stop();
    stopped = true;
    expect(server.clock.pending).toBe(0);
  });

  it("at the podium, phones are never told the teacher is reconnecting when the host screen goes", async () => {
    server = await startTestServer();
    const host = await hostClient();
    const game = await must(host, "host:create", { bankId: "docker", settings: { pointsMode: "bank", timeLimitSec: null } });
    const phone = await client();
    const seat = await must(phone, "player:join", { pin: game.pin, nickname: "Duda" });
    await playToPodium(host);
    const told: boolean[] = [];
    phone.on("game:host", (h) => told.push(h.connected));
    const gone = serverSawDisconnect(host);
    host.disconnect(); // the teacher opens the report
    await gone;
    const snap = await must(phone, "player:rejoin", { pin: game.pin, rejoinToken: seat.rejoinToken });
    expect(snap.phase.kind).toBe("podium");
    expect(snap.hostConnected).toBe(true);
    expect(told).toEqual([]);
  });
});
