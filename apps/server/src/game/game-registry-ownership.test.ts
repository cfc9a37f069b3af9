import pino from "pino";
import { MemoryGameRepository, type BankRepository, type StoredBank } from "@lousa/db";
import { ManualClock } from "../../../../tests/helpers/manual-clock";
import { CLAIM_WAIT_MS, GameRegistry } from "./game-registry";
import type { GameOwnership } from "./game-ownership";
import type { GameTransport } from "./game-transport";

/**
 * The registry's side of several servers, with two registries ("servers" A and B) on one repository and
 * an in-memory lease table on the manual clock: who may claim a game, handing it over on request, waiting
 * out a dead owner's lease, and one claim for many phones.
 */
const BANK: StoredBank = { id: "bank", title: "Bank", language: "pt-BR", description: "", questions: [{ id: "q1", type: "single", prompt: "?", options: ["a", "b"], correct: [1], explanation: "", timeLimitMs: 20_000, pointsMode: "standard" }] };

function banks(): BankRepository {
  const refuse = () => Promise.reject(new Error("not used here"));
  return { list: refuse, get: refuse, upsertBuiltIn: refuse, listVisible: refuse, getVisible: refuse, getPlayable: async () => BANK, create: refuse, save: refuse, patch: refuse, setInBin: refuse };
}

const silentTransport = (moved: string[]): GameTransport => ({
  phase: () => undefined,
  you: () => undefined,
  kicked: () => undefined,
  roster: () => undefined,
  answers: () => undefined,
  answersToPlayers: () => undefined,
  pacing: () => undefined,
  hostStatus: () => undefined,
  closed: () => undefined,
  moved: (gameId) => moved.push(gameId),
});

const TTL_MS = 5000;

function setup(newPin?: () => string) {
  const clock = new ManualClock();
  const games = new MemoryGameRepository(new Map([["bank", "Bank"]]), () => clock.now());
  const leases = new Map<string, { owner: string; expiresAt: number }>();
  const pins = new Map<string, string>();
  const servers = new Map<"A" | "B", { registry: GameRegistry; claims: number; moved: string[]; alive: boolean }>();
  const server = (name: "A" | "B") => servers.get(name)!;
  for (const name of ["A", "B"] as const) {
    const moved: string[] = [];
    const ownership: GameOwnership = {
      claim: async (gameId) => {
        server(name).claims++;
        const lease = leases.get(gameId);
        // As the real lease: a live lease is nobody's to claim, not even its own holder's.
        if (lease && lease.expiresAt > clock.now()) return false;
        leases.set(gameId, { owner: name, expiresAt: clock.now() + TTL_MS });
        return true;
      },
      // Through "Redis" to the other server, which lets go only if it is alive.
      requestRelease: (gameId) => {
        const other = server(name === "A" ? "B" : "A");
        if (other.alive) void other.registry.letGo(gameId, "released");
      },
      release: async (gameId) => {
        if (leases.get(gameId)?.owner === name) leases.delete(gameId);
      },
      reservePin: async (pin, gameId) => (pins.has(pin) ? false : (pins.set(pin, gameId), true)),
      freePin: async (pin, gameId) => void (pins.get(pin) === gameId && pins.delete(pin)),
    };
    const registry = new GameRegistry({ banks: banks(), games, clock, transport: silentTransport(moved), log: pino({ level: "silent" }), ownership, ...(newPin ? { newPin } : {}) });
    servers.set(name, { registry, claims: 0, moved, alive: true });
  }
  /** Lets promises settle, moving the clock 100 ms at a time, until `p` settles (or `limitMs` passes). */
  async function settle<T>(p: Promise<T>, limitMs = CLAIM_WAIT_MS + 1000): Promise<T> {
    let done = false;
    void p.finally(() => (done = true)).catch(() => undefined);
    for (let t = 0; !done && t <= limitMs; t += 100) {
      for (let i = 0; i < 20; i++) await Promise.resolve();
      if (!done) clock.advance(100);
    }
    return p;
  }
  return { clock, games, leases, pins, servers: { A: server("A"), B: server("B") }, settle };
}

test("a connection not routed by the PIN is sent back (WRONG_SERVER); a routed one takes the game over from its live owner", async () => {
  const { servers, leases, settle } = setup();
  const created = await servers.A.registry.create("teacher", "bank", { pointsMode: "bank", timeLimitSec: null });
  const pin = created!.runner.pin;
  expect(leases.get(created!.runner.id)?.owner).toBe("A");

  expect(await servers.B.registry.acquire(pin, null)).toBe("WRONG_SERVER");
  expect(await servers.B.registry.acquire(pin, "999999")).toBe("WRONG_SERVER");
  expect(await servers.B.registry.acquire("000000", "000000")).toBe("GAME_NOT_FOUND");

  const taken = await settle(servers.B.registry.acquire(pin, pin));
  expect(typeof taken === "string" ? taken : taken.id).toBe(created!.runner.id);
  expect(leases.get(created!.runner.id)?.owner).toBe("B");
  // A let it go: no runner, its connections dropped so they come back through the balancer.
  expect(servers.A.registry.get(pin)).toBeUndefined();
  expect(servers.A.moved).toEqual([created!.runner.id]);
  // The PIN stays the game's (it moved, it did not end).
  expect(await servers.A.registry.hasLiveGame(pin)).toBe(true);
});

test("an owner that died: the game is claimed once its lease expires, within the claim wait; many phones make one claim", async () => {
  const { servers, clock, settle } = setup();
  const created = await servers.A.registry.create("teacher", "bank", { pointsMode: "bank", timeLimitSec: null });
  const pin = created!.runner.pin;
  servers.A.alive = false;
  const start = clock.now();
  const claims = Array.from({ length: 30 }, () => servers.B.registry.acquire(pin, pin));
  const runners = await settle(Promise.all(claims));
  expect(new Set(runners.map((r) => (typeof r === "string" ? r : r.id)))).toEqual(new Set([created!.runner.id]));
  // Waited for the lease (5 s), not much more; retried every 200 ms, not once per phone.
  expect(clock.now() - start).toBeGreaterThanOrEqual(TTL_MS);
  expect(clock.now() - start).toBeLessThan(TTL_MS + 1000);
  expect(servers.B.claims).toBeLessThan(40);
});

test("an owner that holds on longer than the claim wait: GAME_MOVING, and the phone asks again", async () => {
  const { servers, leases, clock, settle } = setup();
  const created = await servers.A.registry.create("teacher", "bank", { pointsMode: "bank", timeLimitSec: null });
  servers.A.alive = false;
  // A keeps renewing (alive to the database) but never answers release requests.
  leases.set(created!.runner.id, { owner: "A", expiresAt: clock.now() + 60_000 });
  expect(await settle(servers.B.registry.acquire(created!.runner.pin, created!.runner.pin))).toBe("GAME_MOVING");
});

test("while a game is being handed over, its old server answers 'moving' and 'restarting', never 'not found', and does not claim it back", async () => {
  const { servers, settle } = setup();
  const created = await servers.A.registry.create("teacher", "bank", { pointsMode: "bank", timeLimitSec: null });
  const runner = created!.runner;
  const pin = runner.pin;
  const joined = await runner.join("Ana", null);
  if (!joined.ok) throw new Error(joined.error.code);
  await runner.start();
  const leaving = servers.A.registry.letGo(runner.id, "released");
  // The handover is under way: a phone's answer is kept for later, a routed rejoin is told to wait.
  expect(await runner.answer(joined.value.player.id, 0, [1])).toMatchObject({ ok: false, error: { code: "SERVER_RESTARTING" } });
  expect(await servers.A.registry.acquire(pin, pin)).toBe("GAME_MOVING");
  await leaving;
  expect(servers.A.moved).toEqual([runner.id]);
  const taken = await settle(servers.B.registry.acquire(pin, pin));
  expect(typeof taken === "string" ? taken : taken.id).toBe(runner.id);
});

test("a server shutting down claims nothing more", async () => {
  const { servers } = setup();
  const created = await servers.A.registry.create("teacher", "bank", { pointsMode: "bank", timeLimitSec: null });
  // B is stopping (its connections still open until the balancer notices): a routed rejoin must not
  // make it claim and restore a game it is about to drop.
  await servers.B.registry.stopAll();
  expect(await servers.B.registry.acquire(created!.runner.pin, created!.runner.pin)).toBe("GAME_MOVING");
  expect(servers.B.claims).toBe(0);
});

test("PINs are unique across servers", async () => {
  const draws = ["111111", "111111", "222222"];
  const { servers } = setup(() => draws.shift() ?? "333333");
  const a = await servers.A.registry.create("teacher", "bank", { pointsMode: "bank", timeLimitSec: null });
  const b = await servers.B.registry.create("teacher", "bank", { pointsMode: "bank", timeLimitSec: null });
  expect([a!.runner.pin, b!.runner.pin]).toEqual(["111111", "222222"]);
});
