import { randomUUID } from "node:crypto";
import { isLeaseLost, openRepositories, type HeldLease, type Repositories } from "@lousa/db";
import { freshPostgresDatabase, postgresForTests, type TestDatabase } from "../helpers/postgres";

/**
 * Game leases on a real PostgreSQL (several servers): one owner at a time, a claim only once the previous
 * lease expired, and the fence — a server that lost a game can write nothing more to it, whatever it
 * still believes. Two "servers" here are two sets of repositories on one database, each with its leases.
 */
jest.setTimeout(60_000);

if (postgresForTests()) {
  let database: TestDatabase;
  const held = { a: new Map<string, HeldLease>(), b: new Map<string, HeldLease>() };
  let a: Repositories;
  let b: Repositories;
  beforeAll(async () => {
    database = await freshPostgresDatabase();
    a = await openRepositories(database.url, { fence: (id) => held.a.get(id) ?? null });
    b = await openRepositories(database.url, { fence: (id) => held.b.get(id) ?? null });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  const newGame = (id: string) => ({ id, pin: "135790", bankId: "kernel", settings: { pointsMode: "bank" as const, timeLimitSec: null }, questions: [], hostSecretHash: "h", identity: null, ownerId: null, bankTitle: "Kernel" });
  const player = (gameId: string, nickname: string) => ({ id: `${gameId}-${nickname}`, gameId, nickname, nicknameKey: nickname.toLowerCase(), tokenHash: `t-${gameId}-${nickname}`, deviceId: null, identifier: null, realName: null });

  test("one owner at a time; after a claim, the previous owner's writes are refused and change nothing", async () => {
    const gameId = randomUUID();
    // A claims with a lease that expires at once (as if A stopped renewing), and creates the game.
    const leaseA = await a.leases!.claim(gameId, "server-a", 0);
    expect(leaseA).toEqual({ owner: "server-a", epoch: 1 });
    held.a.set(gameId, leaseA!);
    await a.games.create(newGame(gameId));
    await a.games.addPlayers([player(gameId, "Ana")]);

    // B takes it over, with a live lease: the epoch goes up, and A can't take it back while B renews.
    const leaseB = await b.leases!.claim(gameId, "server-b", 60_000);
    expect(leaseB).toEqual({ owner: "server-b", epoch: 2 });
    held.b.set(gameId, leaseB!);
    expect(await a.leases!.claim(gameId, "server-a", 60_000)).toBeNull();
    expect(await a.leases!.renew("server-a", [gameId], 60_000)).toEqual(new Set());
    expect(await b.leases!.renew("server-b", [gameId], 60_000)).toEqual(new Set([gameId]));

    // A still thinks it runs the game: every kind of write it makes is refused by the database.
    const stale = [
      a.games.addPlayers([player(gameId, "Bruno")]),
      a.games.saveAnswers(gameId, [{ playerId: `${gameId}-Ana`, questionIndex: 0, choices: [1], text: null, value: null, correct: true, points: 900, streakBonus: 0, responseMs: 1000, answeredAt: Date.now() }]),
      a.games.savePhase(gameId, { phase: "podium", questionIndex: 0, questionOpenedAt: null, locked: true }, Date.now()),
      a.games.setLocked(gameId, true),
      a.games.setKicked(gameId, `${gameId}-Ana`),
    ];
    for (const write of await Promise.allSettled(stale)) {
      expect(write.status).toBe("rejected");
      expect(write.status === "rejected" && isLeaseLost(write.reason)).toBe(true);
    }
    // A process with no lease at all on the game is refused before it reaches the database.
    await expect(a.games.setLocked(randomUUID(), true)).rejects.toThrow(/no longer runs/);

    // Nothing of A's reached the game; B writes normally.
    await b.games.addPlayers([player(gameId, "Carla")]);
    const stored = await b.games.load(gameId);
    expect(stored?.players.map((p) => [p.nickname, p.kicked])).toEqual([
      ["Ana", false],
      ["Carla", false],
    ]);
    expect(stored?.answers).toEqual([]);
    expect(stored?.game).toMatchObject({ phase: "lobby", locked: false });

    // A late release by A (its old epoch) does not free B's lease; B's own release does.
    await a.leases!.release(gameId, leaseA!);
    expect(await a.leases!.claim(gameId, "server-a", 60_000)).toBeNull();
    await b.leases!.release(gameId, leaseB!);
    // B's renewal that was already on its way (it read its list before the release) doesn't take it back.
    expect(await b.leases!.renew("server-b", [gameId], 60_000)).toEqual(new Set());
    expect(await a.leases!.claim(gameId, "server-a", 60_000)).toEqual({ owner: "server-a", epoch: 3 });
  });
} else {
  test.skip("the PostgreSQL lease tests (PostgreSQL not reachable)", () => undefined);
}
