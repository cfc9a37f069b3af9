import { call, connect, must, type TestSocket } from "../helpers/clients";
import { startTestServer, type TestServer, type TestServerOptions } from "../helpers/test-server";

// Addresses from the documentation ranges: they only ever appear inside headers, never as a destination.
const STUDENT = "203.0.113.8";
const GUESSER = "203.0.113.7";

let server: TestServer;
const sockets: TestSocket[] = [];
async function start(opts: TestServerOptions): Promise<void> {
  server = await startTestServer({ pinGuessesPerMinute: 5, ...opts });
}
async function client(forwardedFor?: string, teacher = false): Promise<TestSocket> {
  const s = await connect(server.url, { ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}), ...(teacher ? { cookie: await server.teacherCookie() } : {}) });
  sockets.push(s);
  return s;
}
const qr = (pin: string, forwardedFor: string) => fetch(`${server.url}/api/games/${pin}/qr.svg`, { headers: { "x-forwarded-for": forwardedFor } });
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await server.stop();
});

async function liveGame() {
  const host = await client(undefined, true);
  return must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: null } });
}
const wrongPin = (live: string, i: number) => (String(100000 + i) === live ? "999999" : String(100000 + i));

describe("behind a trusted reverse proxy (the tests' loopback connection is the proxy)", () => {
  it("each student has their own wrong-PIN budget, on sockets and HTTP alike", async () => {
    await start({ trustProxy: ["loopback"] });
    const game = await liveGame();
    const guesser = await client(GUESSER);
    for (let i = 0; i < 5; i++) expect(await call(guesser, "player:lookup", { pin: wrongPin(game.pin, i) })).toMatchObject({ ok: false, error: { code: "GAME_NOT_FOUND" } });
    expect(await call(guesser, "player:join", { pin: game.pin, nickname: "g" })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    expect((await qr(game.pin, GUESSER)).status).toBe(429);
    // The rest of the class, behind the same proxy, is not locked out.
    await must(await client(STUDENT), "player:join", { pin: game.pin, nickname: "Ana" });
    expect((await qr(game.pin, STUDENT)).status).toBe(200);
  });
});

describe("with a forged header from an address that is not a trusted proxy", () => {
  it("the header is ignored: changing it does not buy more guesses", async () => {
    await start({ trustProxy: false });
    const game = await liveGame();
    for (let i = 0; i < 5; i++) {
      const forged = await client(`198.51.100.${i}`);
      expect(await call(forged, "player:lookup", { pin: wrongPin(game.pin, i) })).toMatchObject({ ok: false, error: { code: "GAME_NOT_FOUND" } });
    }
    expect(await call(await client("198.51.100.99"), "player:lookup", { pin: game.pin })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    expect((await qr(game.pin, "198.51.100.98")).status).toBe(429);
  });
});

describe("a blocked address", () => {
  it("never refuses a valid rejoin token; anything else from it is RATE_LIMITED", async () => {
    await start({ trustProxy: false });
    const game = await liveGame();
    const phone = await client();
    const seat = await must(phone, "player:join", { pin: game.pin, nickname: "Bia" });
    const guesser = await client();
    for (let i = 0; i < 5; i++) await call(guesser, "player:lookup", { pin: wrongPin(game.pin, i) });
    expect(await call(guesser, "player:lookup", { pin: game.pin })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    // Bia's phone reconnects from the same (school) address: she is back in.
    const back = await must(await client(), "player:rejoin", { pin: game.pin, rejoinToken: seat.rejoinToken });
    expect(back.you.nickname).toBe("Bia");
    expect(await call(await client(), "player:rejoin", { pin: game.pin, rejoinToken: "not-the-token-0123456789" })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    // A genuine token sent with another PIN says nothing about that PIN.
    expect(await call(await client(), "player:rejoin", { pin: "111111", rejoinToken: seat.rejoinToken })).toMatchObject({ ok: false, error: { code: "REJOIN_INVALID" } });
  });

  it("host attach spends the same budget: it can't be used to map live PINs", async () => {
    await start({ trustProxy: false });
    const game = await liveGame();
    const prober = await client();
    for (let i = 0; i < 5; i++) {
      expect(await call(prober, "host:attach", { pin: wrongPin(game.pin, i), hostSecret: "a".repeat(43) })).toMatchObject({ ok: false, error: { code: "GAME_NOT_FOUND" } });
    }
    expect(await call(prober, "host:attach", { pin: game.pin, hostSecret: "a".repeat(43) })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
  });
});

describe("a phone whose game is over", () => {
  it("is told so on rejoin, and its reconnections never spend the network's wrong-PIN budget", async () => {
    await start({ trustProxy: false });
    const host = await client(undefined, true);
    const game = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: null } });
    const seat = await must(await client(), "player:join", { pin: game.pin, nickname: "Caio" });
    await must(host, "host:start", {});
    await must(host, "host:end", {});
    server.app.registry.retire(server.app.registry.get(game.pin)!);
    for (let i = 0; i < 8; i++) {
      expect(await call(await client(), "player:rejoin", { pin: game.pin, rejoinToken: seat.rejoinToken })).toMatchObject({ ok: false, error: { code: "GAME_OVER" } });
    }
    // The next class on the same network still gets in.
    const next = await liveGame();
    await must(await client(), "player:join", { pin: next.pin, nickname: "Duda" });
  });
});
