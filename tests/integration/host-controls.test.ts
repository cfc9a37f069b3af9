import { BUILT_IN_BANKS } from "@lousa/banks";
import { seedBanks } from "@lousa/db";
import { call, must, next, rawEmitWithAck } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";

const harness = serverPerTest();
const client = () => harness.client();
async function newGame() {
  const host = await harness.host();
  const created = await must(host, "host:create", { bankId: "docker", settings: { pointsMode: "standard", timeLimitSec: 30 } });
  return { host, created };
}

describe("host controls", () => {
  it("kick: the player is told, leaves the game, cannot come back with the token or under a new name until allowed", async () => {
    const { host, created } = await newGame();
    const p = await client();
    const device = "phone-of-gil-0123456789";
    const joined = await must(p, "player:join", { pin: created.pin, nickname: "Gil", deviceId: device });
    const kicked = next(p, "player:kicked");
    const roster = next(host, "host:roster", (r) => r.some((e) => e.playerId === joined.playerId && e.kicked));
    await must(host, "host:kick", { playerId: joined.playerId });
    await kicked;
    await roster;
    const refused = { ok: false, error: { code: "PLAYER_KICKED" } };
    expect(await call(await client(), "player:rejoin", { pin: created.pin, rejoinToken: joined.rejoinToken })).toMatchObject(refused);
    // Same socket, new name; or a reloaded page (new socket) on the same phone: still out.
    expect(await call(p, "player:join", { pin: created.pin, nickname: "Gil Disfarçado" })).toMatchObject(refused);
    expect(await call(await client(), "player:join", { pin: created.pin, nickname: "Outro", deviceId: device })).toMatchObject(refused);
    // Another phone is not affected.
    await must(await client(), "player:join", { pin: created.pin, nickname: "Helena", deviceId: "another-phone-0123456789" });
    // The teacher lets Gil back in: a new seat under a new name.
    await must(host, "host:allow", { playerId: joined.playerId });
    await must(p, "player:join", { pin: created.pin, nickname: "Gil de novo", deviceId: device });
    expect(await call(host, "host:kick", { playerId: "nobody" })).toMatchObject({ ok: false, error: { code: "PLAYER_NOT_FOUND" } });
  });

  it("a burst of joins reaches the host as small deltas: each new player once, not the whole list each time", async () => {
    const { host, created } = await newGame();
    const seen: string[] = [];
    let messages = 0;
    const all = new Promise<void>((resolve) =>
      host.on("host:roster", (changed) => {
        messages++;
        seen.push(...changed.map((e) => e.nickname));
        if (seen.length >= 20) resolve();
      }),
    );
    const phones = await Promise.all(Array.from({ length: 20 }, () => client()));
    await Promise.all(phones.map((p, i) => must(p, "player:join", { pin: created.pin, nickname: `P${i}` })));
    await all;
    // Each line arrives exactly once across all messages: deltas, never the whole list again.
    expect(seen.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `P${i}`).sort());
    expect(messages).toBeGreaterThan(0);
  });

  it("lock: new joins are refused with GAME_LOCKED until unlocked", async () => {
    const { host, created } = await newGame();
    await must(host, "host:lock", { locked: true });
    const p = await client();
    expect(await call(p, "player:join", { pin: created.pin, nickname: "Hugo" })).toMatchObject({ ok: false, error: { code: "GAME_LOCKED" } });
    await must(host, "host:lock", { locked: false });
    await must(p, "player:join", { pin: created.pin, nickname: "Hugo" });
  });

  it("end during a question: answers already stored count, then the podium", async () => {
    const { host, created } = await newGame();
    const a = await client();
    const b = await client();
    await must(a, "player:join", { pin: created.pin, nickname: "Iara" });
    await must(b, "player:join", { pin: created.pin, nickname: "Júlio" });
    expect(await call(host, "host:start", {})).toMatchObject({ ok: true });
    const key = BUILT_IN_BANKS[1]!.questions[0]!.correct;
    await must(a, "player:answer", { questionIndex: 0, choices: [...key] });
    const podium = await must(host, "host:end", {});
    expect(podium.kind === "podium" && podium.top[0]).toMatchObject({ nickname: "Iara", score: 1000 });
    expect(await call(host, "host:next", {})).toMatchObject({ ok: false, error: { code: "GAME_OVER" } });
    expect(await call(await client(), "player:join", { pin: created.pin, nickname: "Late" })).toMatchObject({ ok: false, error: { code: "GAME_OVER" } });
    const stored = await harness.server.repos.games.get(created.gameId);
    expect(stored).toMatchObject({ phase: "podium" });
    expect(stored!.endedAt).not.toBeNull();
  });

  it("a stale 'next' (double tap, or the timer got there first) is refused instead of skipping a screen", async () => {
    const { host, created } = await newGame();
    await must(await client(), "player:join", { pin: created.pin, nickname: "Kim" });
    await must(host, "host:start", {});
    const reveal = await must(host, "host:next", { expect: { kind: "question", index: 0 } });
    expect(reveal.kind).toBe("reveal");
    expect(await call(host, "host:next", { expect: { kind: "question", index: 0 } })).toMatchObject({ ok: false, error: { code: "WRONG_PHASE" } });
    expect((await must(host, "host:next", { expect: { kind: "reveal", index: 0 } })).kind).toBe("leaderboard");
  });

  it("a late joiner starts charged with the time of the questions they missed, also in the database", async () => {
    const { host, created } = await newGame();
    await must(await client(), "player:join", { pin: created.pin, nickname: "Lia" });
    await must(host, "host:start", {});
    await must(host, "host:endQuestion", {});
    const late = await must(await client(), "player:join", { pin: created.pin, nickname: "Tardio" });
    const stored = await harness.server.repos.games.load(created.gameId);
    expect(stored!.players.find((p) => p.id === late.playerId)!.totalResponseMs).toBe(30_000);
  });

  it("start needs a player; unknown bank is refused", async () => {
    const { host } = await newGame();
    expect(await call(host, "host:start", {})).toMatchObject({ ok: false, error: { code: "NO_PLAYERS" } });
    expect(await call(host, "host:create", { bankId: "nope", settings: { pointsMode: "bank", timeLimitSec: null } })).toMatchObject({
      ok: false,
      error: { code: "BANK_NOT_FOUND" },
    });
  });

  it("seeding is idempotent", async () => {
    const outcome = await seedBanks(harness.server.repos.banks, BUILT_IN_BANKS);
    expect(Object.values(outcome)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect((await harness.server.repos.banks.list()).length).toBe(3);
  });
});

describe("bad input is refused with a code and changes nothing", () => {
  it.each([
    ["wrong type", "player:join", { pin: 123456, nickname: "x" }],
    ["missing field", "player:join", { pin: "123456" }],
    ["extra field", "player:join", { pin: "123456", nickname: "x", admin: true }],
    ["not an object", "host:create", "kernel"],
    ["bad settings", "host:create", { bankId: "kernel", settings: { pointsMode: "triple", timeLimitSec: 20 } }],
    ["negative index", "player:answer", { questionIndex: -1, choices: [0] }],
    ["unknown event", "player:cheat", { give: "points" }],
  ])("%s", async (_label, event, payload) => {
    const s = await client();
    const r = await rawEmitWithAck(s, event, payload);
    expect(r).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    expect(harness.server.app.registry.size).toBe(0);
  });

  it("an event without an ack disconnects that socket; the server stays up", async () => {
    const s = await client();
    const gone = new Promise<void>((resolve) => s.once("disconnect", () => resolve()));
    s.emit("player:join", { pin: "123456", nickname: "x" }, undefined as never);
    (s as unknown as { emit(e: string, p: unknown): void }).emit("player:join", { pin: "123456", nickname: "x" });
    await gone;
    const health = (await (await fetch(`${harness.server.url}/api/health`)).json()) as { status: string };
    expect(health.status).toBe("ok");
  });

  it("a player cannot answer before joining, nor send host commands", async () => {
    const s = await client();
    expect(await call(s, "player:answer", { questionIndex: 0, choices: [0] })).toMatchObject({ ok: false, error: { code: "NOT_JOINED" } });
    expect(await call(s, "host:next", {})).toMatchObject({ ok: false, error: { code: "NOT_HOST" } });
  });

  it("a flood from one socket is rate limited", async () => {
    await harness.restart({ eventsPerSecond: 5 });
    const s = await client();
    const results = await Promise.all(Array.from({ length: 12 }, () => call(s, "player:answer", { questionIndex: 0, choices: [0] })));
    expect(results.filter((r) => !r.ok && r.error.code === "RATE_LIMITED").length).toBeGreaterThanOrEqual(7);
  });
});
