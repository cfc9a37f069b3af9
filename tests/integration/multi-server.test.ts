// The lease table is read to learn which server runs a game: only a raw driver can, from outside.
import pg from "pg";
import { BUILT_IN_BANKS } from "@lousa/banks";
import type { Ack } from "@lousa/protocol";
import { call, connect, type TestSocket } from "../helpers/clients";
import { haproxyForTests, startLoadBalancer, type LoadBalancer } from "../helpers/load-balancer";
import { freshPostgresDatabase, postgresForTests, type TestDatabase } from "../helpers/postgres";
import { holdTestRedis, REDIS_TEST_URL, redisForTests } from "../helpers/redis";
import { killAllServers, spawnServer, type SpawnedServer } from "../helpers/spawn-server";
import { signInTeacher } from "../helpers/teacher";

/**
 * Several servers, as a school's IT would run them: three real server processes on one PostgreSQL
 * database and one Redis, behind HAProxy (deploy/haproxy.cfg). Phones first reach any server (no PIN
 * yet), are sent back through the balancer with their game's PIN, and end on the server that runs it;
 * that server is killed with -9 mid-question, and another one takes the game over: every phone and the
 * projector come back through the balancer, and every acknowledged answer counts exactly once.
 */
jest.setTimeout(120_000);

const kernel = BUILT_IN_BANKS.find((b) => b.id === "kernel")!;
const key = [...kernel.questions[0]!.correct];
const wrong = kernel.questions[0]!.options.findIndex((_, i) => !key.includes(i));
const SETUP_CODE = "MULTISERVER1";
const AUTH_SECRET = "a-secret-every-server-of-the-test-shares-0123456789";

type Command = Parameters<typeof call>[1];

/**
 * A phone or projector behind the load balancer, as the web client behaves: it reconnects when its
 * connection drops, names its game's PIN in the handshake once it knows it, and asks again after
 * WRONG_SERVER (reconnecting) or GAME_MOVING. Returns the first answer that is neither.
 */
class BalancedClient {
  private socket: TestSocket | null = null;
  private pin: string | null = null;
  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  route(pin: string): void {
    this.pin = pin;
  }

  drop(): void {
    this.socket?.disconnect();
    this.socket = null;
  }

  async send<E extends Command>(event: E, payload: Parameters<typeof call<E>>[2], deadlineMs = 20_000): ReturnType<typeof call<E>> {
    const until = Date.now() + deadlineMs;
    // Like the web client: a command naming a game routes the next connection by its PIN.
    if (typeof payload === "object" && payload !== null && "pin" in payload && typeof payload.pin === "string") this.pin = payload.pin;
    for (;;) {
      const socket = await this.connected(until);
      const reply = await call(socket, event, payload).catch(() => null);
      const code = reply && !(reply as Ack<unknown>).ok ? (reply as Extract<Ack<unknown>, { ok: false }>).error.code : null;
      if (reply && code !== "WRONG_SERVER" && code !== "GAME_MOVING") return reply;
      if (Date.now() > until) throw new Error(`${event}: no answer through the balancer (${code ?? "no reply"})`);
      // WRONG_SERVER or a dead connection: a new connection, now routed by the PIN.
      if (code !== "GAME_MOVING") this.drop();
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  private async connected(until: number): Promise<TestSocket> {
    while (!this.socket?.connected) {
      this.socket = await connect(this.url, this.headers, this.pin ? { pin: this.pin } : {}).catch(() => null);
      if (this.socket) break;
      // The balancer may still send us to the server that just died, until its health check notices.
      if (Date.now() > until) throw new Error("could not connect through the balancer");
      await new Promise((r) => setTimeout(r, 200));
    }
    return this.socket;
  }
}

async function leaseOwner(databaseUrl: string, gameId: string): Promise<{ owner: string; epoch: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const r = await client.query<{ owner: string; epoch: number }>('SELECT "owner", "epoch" FROM "GameLease" WHERE "gameId" = $1', [gameId]);
    const row = r.rows[0];
    if (!row) throw new Error(`no lease for game ${gameId}`);
    return row;
  } finally {
    await client.end();
  }
}

async function storedAnswers(databaseUrl: string, gameId: string): Promise<{ nickname: string; questionIndex: number; correct: boolean; points: number }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const r = await client.query<{ nickname: string; questionIndex: number; correct: boolean; points: number }>(
      'SELECT p."nickname", a."questionIndex", a."correct", a."points" FROM "Answer" a JOIN "Player" p ON p."id" = a."playerId" WHERE a."gameId" = $1 ORDER BY p."nickname", a."questionIndex"',
      [gameId],
    );
    return r.rows;
  } finally {
    await client.end();
  }
}

if (postgresForTests() && redisForTests() && haproxyForTests()) {
  let database: TestDatabase;
  const servers: SpawnedServer[] = [];
  let balancer: LoadBalancer | null = null;
  const clients: BalancedClient[] = [];

  let redis: { release(): Promise<void> } | null = null;

  beforeAll(async () => {
    redis = await holdTestRedis();
    database = await freshPostgresDatabase();
    // All three at once, as a school's servers may start: the database is migrated already (a copy of the
    // template), and PostgreSQL's migration lock would let one apply anything new while the others wait.
    const env = { DATABASE_URL: database.url, REDIS_URL: REDIS_TEST_URL, SERVE_WEB: "false", LOG_LEVEL: "warn", SETUP_CODE, AUTH_SECRET };
    servers.push(...(await Promise.all([0, 1, 2].map(() => spawnServer({ env })))));
    balancer = await startLoadBalancer(servers.map((s) => s.port));
  });
  afterAll(async () => {
    for (const c of clients) c.drop();
    await balancer?.stop();
    for (const s of servers) await s.stop("SIGKILL");
    await killAllServers();
    await database?.drop();
    await redis?.release();
  });

  function client(headers: Record<string, string> = {}): BalancedClient {
    const c = new BalancedClient(balancer!.url, headers);
    clients.push(c);
    return c;
  }

  test("a server killed mid-question: another takes its game over, phones and projector come back through the balancer, every acknowledged answer counts once", async () => {
    const url = balancer!.url;
    const cookie = await signInTeacher(url, SETUP_CODE);
    // Two games, so that two servers may run one each; the projector creates each before it knows the PIN.
    const hosts = [client({ cookie }), client({ cookie })];
    const games = [];
    for (const host of hosts) {
      const created = await host.send("host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: 60 } });
      if (!created.ok) throw new Error(`host:create: ${created.error.code}`);
      host.route(created.data.pin);
      games.push(created.data);
    }
    // Four phones per game, each first reaching whichever server (no PIN yet), as a phone on the join page does.
    const names = ["Ana", "Bruno", "Carla", "Davi"];
    const seats = games.map((game) =>
      names.map((nickname) => {
        const phone = client();
        return { nickname, phone, game, token: "" };
      }),
    );
    for (const seat of seats.flat()) {
      const looked = await seat.phone.send("player:lookup", { pin: seat.game.pin });
      expect(looked.ok).toBe(true);
      seat.phone.route(seat.game.pin);
      const joined = await seat.phone.send("player:join", { pin: seat.game.pin, nickname: seat.nickname });
      if (!joined.ok) throw new Error(`player:join: ${joined.error.code}`);
      seat.token = joined.data.rejoinToken;
    }
    // The projector reattaches with its key, routed to the game's server (which may have taken it from the creator).
    for (const [i, host] of hosts.entries()) {
      const attached = await host.send("host:attach", { pin: games[i]!.pin, hostSecret: games[i]!.hostSecret });
      expect(attached.ok && attached.data.roster.length).toBe(4);
      const started = await host.send("host:start", {});
      expect(started.ok && started.data.kind).toBe("question");
    }

    const [first, second] = seats as [(typeof seats)[number], (typeof seats)[number]];
    // Game 1: Ana right, Bruno wrong, acknowledged before the kill; Carla and Davi answer after it.
    expect(await first[0]!.phone.send("player:answer", { questionIndex: 0, choices: key })).toMatchObject({ ok: true });
    expect(await first[1]!.phone.send("player:answer", { questionIndex: 0, choices: [wrong] })).toMatchObject({ ok: true });
    // Game 2: everyone answers now, whichever server runs it.
    for (const seat of second) expect(await seat.phone.send("player:answer", { questionIndex: 0, choices: key })).toMatchObject({ ok: true });

    const before = await leaseOwner(database.url, games[0]!.gameId);
    const owner = servers.find((s) => before.owner.includes(`:${s.process.pid}:`));
    if (!owner) throw new Error(`no test server is ${before.owner}`);
    const otherGameOwner = (await leaseOwner(database.url, games[1]!.gameId)).owner;
    const killedAt = Date.now();
    expect(await owner.stop("SIGKILL")).toBeNull();

    // The projector of game 1 comes back (through the balancer, to another server) and sees the question.
    const back = await hosts[0]!.send("host:attach", { pin: games[0]!.pin, hostSecret: games[0]!.hostSecret });
    if (!back.ok) throw new Error(`host:attach after the kill: ${back.error.code}`);
    const tookOverMs = Date.now() - killedAt;
    expect(tookOverMs).toBeLessThan(10_000);
    expect(back.data.phase).toMatchObject({ kind: "question", index: 0 });
    expect(back.data.answeredCount).toBe(2);
    const after = await leaseOwner(database.url, games[0]!.gameId);
    expect(after.owner).not.toBe(before.owner);
    expect(after.epoch).toBeGreaterThan(before.epoch);

    // Phones rejoin with their tokens; Ana's answer is still hers, and can't be given twice.
    const ana = await first[0]!.phone.send("player:rejoin", { pin: games[0]!.pin, rejoinToken: first[0]!.token });
    expect(ana.ok && ana.data.you.answeredChoices).toEqual(key);
    expect(await first[0]!.phone.send("player:answer", { questionIndex: 0, choices: [wrong] })).toMatchObject({ ok: false, error: { code: "ALREADY_ANSWERED" } });
    for (const seat of first.slice(2)) {
      const rejoined = await seat.phone.send("player:rejoin", { pin: games[0]!.pin, rejoinToken: seat.token });
      expect(rejoined.ok && rejoined.data.you.answeredChoices).toBeNull();
      expect(await seat.phone.send("player:answer", { questionIndex: 0, choices: key })).toMatchObject({ ok: true });
    }
    const closed = await hosts[0]!.send("host:endQuestion", {});
    expect(closed.ok && closed.data.kind === "reveal" && closed.data.answeredCount).toBe(4);
    expect(await hosts[0]!.send("host:end", {})).toMatchObject({ ok: true, data: { kind: "podium" } });

    // Game 2 goes on too: on its own server if that one lives, else taken over like game 1 (its projector
    // attaches again, as the page does on every reconnection). Everyone answered, so its question closed.
    const again = await hosts[1]!.send("host:attach", { pin: games[1]!.pin, hostSecret: games[1]!.hostSecret });
    if (!again.ok) throw new Error(`host:attach of game 2: ${again.error.code}`);
    expect(again.data.phase.kind === "reveal" && again.data.phase.answeredCount).toBe(4);
    expect(await hosts[1]!.send("host:end", {})).toMatchObject({ ok: true, data: { kind: "podium" } });
    if (otherGameOwner !== before.owner) expect((await leaseOwner(database.url, games[1]!.gameId)).owner).toBe(otherGameOwner);

    // Every acknowledged answer is stored once, with its points, whichever server took it.
    const answers = await storedAnswers(database.url, games[0]!.gameId);
    expect(answers.map((a) => [a.nickname, a.questionIndex, a.correct])).toEqual([
      ["Ana", 0, true],
      ["Bruno", 0, false],
      ["Carla", 0, true],
      ["Davi", 0, true],
    ]);
    expect(answers.find((a) => a.nickname === "Ana")!.points).toBeGreaterThanOrEqual(500);
    expect((await storedAnswers(database.url, games[1]!.gameId)).length).toBe(4);
  });
} else {
  test.skip("the several-servers test (PostgreSQL, Redis or HAProxy missing)", () => undefined);
}
