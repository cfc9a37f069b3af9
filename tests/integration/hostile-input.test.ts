import http from "node:http";
import { BUILT_IN_BANKS } from "@lousa/banks";
import { call, connect, must, next, rawEmitWithAck } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";

const harness = serverPerTest();
const client = (headers?: Record<string, string>) => harness.client(headers);

describe("nicknames students will try", () => {
  it.each([
    ["<script>x</script>", "ok"],
    ["<b>Zé</b>", "ok"],
    ["🐳🐳🐳", "ok"],
    ["a\u0007b", "NICKNAME_INVALID"],
    ["zero\u200Bwidth", "NICKNAME_INVALID"],
    ["\u202Egnp.exe", "NICKNAME_INVALID"],
    ["x".repeat(10_000), "NICKNAME_INVALID"],
    ["   ", "NICKNAME_INVALID"],
  ])("%j → %s", async (nickname, expected) => {
    const host = await harness.host();
    const game = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: null } });
    const r = await call(await client(), "player:join", { pin: game.pin, nickname });
    if (expected === "ok") expect(r).toMatchObject({ ok: true, data: { snapshot: { you: { nickname } } } });
    else expect(r).toMatchObject({ ok: false, error: { code: expected } });
  });
});

describe("transport-level abuse", () => {
  it("an oversized message closes only that socket", async () => {
    const s = await client();
    const closed = new Promise<string>((resolve) => s.once("disconnect", (reason) => resolve(reason)));
    s.emit("player:join", { pin: "123456", nickname: "x".repeat(20_000) }, () => undefined);
    expect(await closed).toBe("transport close");
    const other = await client();
    expect(await call(other, "player:join", { pin: "123456", nickname: "ok" })).toMatchObject({ ok: false, error: { code: "GAME_NOT_FOUND" } });
  });

  it("PIN guessing: after too many wrong PINs the address must wait, even for a right PIN", async () => {
    await harness.restart({ pinGuessesPerMinute: 5 });
    const host = await harness.host();
    const game = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: null } });
    const guesser = await client();
    for (let i = 0; i < 5; i++) {
      const wrong = String(100000 + i) === game.pin ? "999999" : String(100000 + i);
      expect(await call(guesser, "player:join", { pin: wrong, nickname: "g" })).toMatchObject({ ok: false, error: { code: "GAME_NOT_FOUND" } });
    }
    expect(await call(guesser, "player:join", { pin: game.pin, nickname: "g" })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
  });

  it("made-up events count against the socket's rate limit, with an ack or without", async () => {
    await harness.restart({ eventsPerSecond: 5 });
    const withAck = await client();
    const replies = [];
    for (let i = 0; i < 8; i++) replies.push(await rawEmitWithAck(withAck, `made:up:${i}`, {}));
    expect(replies.slice(0, 5)).toEqual(Array(5).fill(expect.objectContaining({ ok: false, error: expect.objectContaining({ code: "INVALID_PAYLOAD" }) })));
    expect(replies.slice(5)).toEqual(Array(3).fill(expect.objectContaining({ ok: false, error: expect.objectContaining({ code: "RATE_LIMITED" }) })));
    // Without acks nothing answers, but the budget is spent all the same: the next real command waits.
    const silent = await client();
    for (let i = 0; i < 8; i++) (silent as unknown as { emit(event: string, payload: unknown): void }).emit(`made:up:${i}`, {});
    expect(await call(silent, "player:lookup", { pin: "123456" })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
  });

  it("a malformed or oversized JSON body is the client's error: 400 or 413 with the error shape, never a 500", async () => {
    const url = `${harness.server.url}/api/games/history`;
    const post = (body: string) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    const bad = await post("{not json");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ ok: false, error: { code: "INVALID_PAYLOAD", message: expect.any(String) } });
    const big = await post(JSON.stringify({ games: "x".repeat(20_000) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ ok: false, error: { code: "INVALID_PAYLOAD", message: expect.any(String) } });
  });

  it("the QR route can't be used to find live PINs: it shares the wrong-PIN budget", async () => {
    await harness.restart({ pinGuessesPerMinute: 3 });
    const url = harness.server.url;
    for (let i = 0; i < 3; i++) expect((await fetch(`${url}/api/games/10000${i}/qr.svg`)).status).toBe(404);
    expect((await fetch(`${url}/api/games/100009/qr.svg`)).status).toBe(429);
  });

  it("a page from another site cannot open a socket; our own origin can", async () => {
    await expect(connect(harness.server.url, { origin: "http://evil.example" })).rejects.toThrow();
    const host = new URL(harness.server.url).host;
    const ok = await client({ origin: `http://${host}` });
    expect(ok.connected).toBe(true);
  });

  it("DNS rebinding: a page served under another name (resolving to this server) gets nothing, HTTP or socket", async () => {
    const { port } = new URL(harness.server.url);
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request({ host: "127.0.0.1", port, path: "/api/health", headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
    expect(await status(`evil.example:${port}`)).toBe(421);
    expect(await status(`127.0.0.1:${port}`)).toBe(200);
    expect(await status(`localhost:${port}`)).toBe(200);
    // Same Origin and Host, as the rebinding page's would be: still refused, by the name.
    await expect(connect(harness.server.url, { host: `evil.example:${port}`, origin: `http://evil.example:${port}` })).rejects.toThrow();
  });

  it("CORS: no other site may read the API, except origins the operator allowed", async () => {
    await harness.restart({ allowedOrigins: ["https://quiz.escola.br"] });
    const url = harness.server.url;
    const foreign = await fetch(`${url}/api/banks`, { headers: { origin: "http://evil.example" } });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    const allowed = await fetch(`${url}/api/banks`, { headers: { origin: "https://quiz.escola.br" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://quiz.escola.br");
    const preflight = await fetch(`${url}/api/games/history`, { method: "OPTIONS", headers: { origin: "https://quiz.escola.br" } });
    expect(preflight.status).toBe(204);
    const socket = await connect(url, { origin: "https://quiz.escola.br" });
    expect(socket.connected).toBe(true);
    socket.disconnect();
  });

  it("the API sends security headers and no stack traces", async () => {
    const res = await fetch(`${harness.server.url}/api/games/${"x".repeat(80)}/results.csv`);
    expect(res.status).toBe(404);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    const body = await res.text();
    expect(body).toContain("GAME_NOT_FOUND");
    expect(body).not.toMatch(/at .*\.ts:\d+/);
  });
});

/** A small deterministic PRNG, so a failing fuzz run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EVENTS = ["host:create", "host:attach", "host:start", "host:next", "host:endQuestion", "host:end", "host:kick", "host:lock", "host:allow", "player:join", "player:rejoin", "player:answer"];

/** Payloads that are always invalid for every event: wrong shapes, wrong types, extra fields, junk. */
function malformed(rand: () => number, pin: string): unknown {
  const junk: unknown[] = [
    null,
    undefined,
    42,
    -1,
    Number.MAX_SAFE_INTEGER,
    "",
    "x".repeat(Math.floor(rand() * 3000)),
    true,
    [],
    [1, 2, 3],
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
    { pin, nickname: 12 },
    { pin: Number(pin), nickname: "x" },
    { pin, nickname: "x", extra: 1 },
    { pin: `${pin}0`, rejoinToken: "short" },
    { questionIndex: "0", choices: [0] },
    { questionIndex: 0, choices: "0" },
    { questionIndex: 0.5, choices: [0] },
    { questionIndex: 0, choices: [9] },
    { questionIndex: 0, choices: [] },
    { questionIndex: 0, choices: [0, 0, 0, 0, 0, 0, 0] },
    { bankId: "kernel", settings: { pointsMode: "triple", timeLimitSec: 20 } },
    { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: 3 } },
    { bankId: "kernel" },
    { playerId: 7 },
    { locked: "yes" },
    { pin, hostSecret: 1 },
    { nested: { deep: { deeper: [{ a: [null, { b: "c" }] }] } } },
  ];
  return junk[Math.floor(rand() * junk.length)];
}

describe("fuzz", () => {
  it("1,200 malformed messages across every event change nothing; then a normal game plays", async () => {
    const host = await harness.host();
    const game = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: 20 } });
    const ana = await client();
    await must(ana, "player:join", { pin: game.pin, nickname: "Ana" });
    const before = await must(host, "host:attach", { pin: game.pin, hostSecret: game.hostSecret });
    const rand = prng(20261128);

    let attacker = await client();
    let sent = 0;
    const replies: unknown[] = [];
    while (sent < 1200) {
      const event = rand() < 0.05 ? `x:${Math.floor(rand() * 1e6)}` : EVENTS[Math.floor(rand() * EVENTS.length)]!;
      const from = rand() < 0.7 ? attacker : rand() < 0.5 ? ana : host;
      const payload = malformed(rand, game.pin);
      const shape = rand();
      sent++;
      if (shape < 0.04 && from === attacker) {
        // A known command with no ack at all: the server drops the socket. A fresh attacker continues.
        const dropped = attacker;
        const gone = new Promise<string>((resolve) => dropped.once("disconnect", (reason) => resolve(reason)));
        (dropped as unknown as { emit(event: string, payload: unknown): void }).emit("player:join", payload);
        expect(await gone).toBe("io server disconnect");
        attacker = await client();
      } else if (shape < 0.1) {
        replies.push(await rawEmitWithAck(from, event, payload, "surplus argument"));
      } else if (shape < 0.14) {
        replies.push(await rawEmitWithAck(from, event));
      } else {
        replies.push(await rawEmitWithAck(from, event, payload));
      }
    }
    expect(replies.length).toBeGreaterThan(1000);
    for (const r of replies) expect(r).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(INVALID_PAYLOAD|RATE_LIMITED)$/) } });

    const after = await must(host, "host:attach", { pin: game.pin, hostSecret: game.hostSecret });
    expect(after.phase).toEqual(before.phase);
    expect(after.roster).toEqual(before.roster);
    expect(harness.server.app.registry.size).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const record = await harness.server.repos.games.load(after.gameId);
    expect(record!.players).toHaveLength(1);
    expect(record!.answers).toHaveLength(0);

    // And the game still plays normally.
    const kernel = BUILT_IN_BANKS.find((b) => b.id === "kernel")!;
    await must(host, "host:start", {});
    const reveal = next(host, "game:phase", (v) => v.kind === "reveal");
    await must(ana, "player:answer", { questionIndex: 0, choices: [...kernel.questions[0]!.correct] });
    const [view] = await reveal;
    expect(view.kind === "reveal" && view.answeredCount).toBe(1);
    const end = await must(host, "host:end", {});
    expect(end.kind === "podium" && end.top[0]).toMatchObject({ nickname: "Ana", score: 1000 });
  }, 60_000);
});
