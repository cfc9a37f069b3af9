import { randomUUID } from "node:crypto";
import { openRepositories, type Repositories } from "@lousa/db";
import { gameRepositoryContract } from "../../packages/db/src/game-repository.contract";
import { freshPostgresDatabase, postgresForTests, type TestDatabase } from "../helpers/postgres";

// The repositories over a real PostgreSQL server: the contract the in-memory and SQLite repositories pass,
// then what differs between the two databases (raw SQL, JSON, bytes, transactions, search).
jest.setTimeout(60_000);

if (postgresForTests()) {
  gameRepositoryContract("Prisma + PostgreSQL", async () => {
    const database = await freshPostgresDatabase();
    const repos = await openRepositories(database.url);
    return {
      repo: repos.games,
      async close() {
        await repos.close();
        await database.drop();
      },
    };
  });

  describe("PostgreSQL: what differs from SQLite", () => {
    let database: TestDatabase;
    let repos: Repositories;
    beforeAll(async () => {
      database = await freshPostgresDatabase();
      repos = await openRepositories(database.url);
    });
    afterAll(async () => {
      await repos?.close();
      await database?.drop();
    });

    it("writes the standings of 1,200 players in chunked UPDATE … FROM (VALUES …) statements", async () => {
      const gameId = randomUUID();
      await repos.games.create({ id: gameId, pin: "654321", bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: null }, questions: [], hostSecretHash: "h", identity: null, ownerId: null, bankTitle: "Kernel" });
      const ids = Array.from({ length: 1200 }, (_, i) => `${gameId}-p${i}`);
      await repos.games.addPlayers(ids.map((id, i) => ({ id, gameId, nickname: `P${i}`, nicknameKey: `p${i}`, tokenHash: `t-${id}`, deviceId: null, identifier: null, realName: null })));
      const standings = ids.map((id, i) => ({ id, score: 1000 + i, streak: i % 7, correctCount: i % 3, totalResponseMs: 2_000_000_000 - i }));
      await repos.games.savePhase(gameId, { phase: "reveal", questionIndex: 0, questionOpenedAt: null, locked: false }, Date.now(), standings);
      const players = (await repos.games.load(gameId))?.players ?? [];
      expect(players).toHaveLength(1200);
      const byId = new Map(players.map((p) => [p.id, p]));
      for (const s of standings) expect(byId.get(s.id)).toMatchObject({ score: s.score, streak: s.streak, correctCount: s.correctCount, totalResponseMs: s.totalResponseMs });
    });

    it("searches the library ignoring case and accents, saves with optimistic concurrency, keeps JSON kinds", async () => {
      const owner = `teacher-${randomUUID()}`;
      const slider = { min: 0, max: 10, step: 0.5, answer: 2.5, tolerance: 0.5, unit: "camadas" };
      const content = {
        title: "Química Orgânica",
        description: "",
        language: "pt-BR",
        questions: [
          { type: "single" as const, prompt: "?", options: ["a", "b"], correct: [1], explanation: "", timeLimitSec: 20, pointsMode: "standard" as const },
          { type: "slider" as const, prompt: "Quantas?", options: [], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard" as const, slider },
        ],
      };
      const created = await repos.banks.create(owner, content);
      expect((await repos.banks.listVisible(owner, "QUIMICA")).map((b) => b.id)).toContain(created.id);
      expect((await repos.banks.getVisible(owner, created.id))?.content.questions[1]).toMatchObject({ type: "slider", slider });
      expect((await repos.banks.getVisible(owner, created.id))?.content.questions[0]).not.toHaveProperty("slider");
      const saved = await repos.banks.save(owner, created.id, created.revision, { ...content, title: "Química II" });
      expect(saved).toMatchObject({ title: "Química II", revision: created.revision + 1 });
      expect(await repos.banks.save(owner, created.id, created.revision, content)).toBe("changed");
    });

    it("stores pictures' bytes exactly", async () => {
      const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
      const id = randomUUID();
      await repos.images.save({ id, ownerId: "t", mime: "image/webp", width: 800, height: 600, bytes, phoneWidth: 400, phoneHeight: 300, phoneBytes: bytes.subarray(0, 10) });
      const full = await repos.images.find(id, "projector");
      expect(Buffer.from(full!.bytes).equals(Buffer.from(bytes))).toBe(true);
      expect([...(await repos.images.find(id, "phone"))!.bytes]).toEqual([...bytes.subarray(0, 10)]);
      expect(await repos.images.dimensions([id, "nope"])).toEqual(new Map([[id, { width: 800, height: 600 }]]));
    });

    it("answers a ping", async () => {
      expect(await repos.ping()).toBe(true);
    });
  });
} else {
  test.skip("PostgreSQL repositories (PostgreSQL not reachable)", () => undefined);
}
