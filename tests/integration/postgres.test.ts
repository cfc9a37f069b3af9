import { BUILT_IN_BANKS } from "@lousa/banks";
import { call, connect, must, type TestSocket } from "../helpers/clients";
import { freshPostgresDatabase, postgresForTests, type TestDatabase } from "../helpers/postgres";
import { killAllServers, spawnServer, type SpawnedServer } from "../helpers/spawn-server";
import { signInTeacher } from "../helpers/teacher";

/**
 * The product's most important paths on PostgreSQL instead of SQLite: the same test files, run here with
 * every test server on a PostgreSQL database of its own (LOUSA_TEST_DATABASE, read by startTestServer),
 * plus restart.test.ts's kill -9 test with the real server process on one PostgreSQL database.
 */
jest.setTimeout(90_000);

const previous = process.env.LOUSA_TEST_DATABASE;
afterAll(() => {
  if (previous === undefined) delete process.env.LOUSA_TEST_DATABASE;
  else process.env.LOUSA_TEST_DATABASE = previous;
});

if (postgresForTests()) {
  process.env.LOUSA_TEST_DATABASE = "postgresql";
  // Required inside describe so their tests are registered here, under these names; an import would be
  // hoisted out of the `if` and register them even when PostgreSQL is not there.
  /* eslint-disable @typescript-eslint/no-require-imports */
  describe("on PostgreSQL: full-game.test.ts", () => {
    require("./full-game.test");
  });
  describe("on PostgreSQL: library.test.ts", () => {
    require("./library.test");
  });
  describe("on PostgreSQL: images-api.test.ts", () => {
    require("./images-api.test");
  });
  /* eslint-enable @typescript-eslint/no-require-imports */

  describe("on PostgreSQL: restart", () => {
    const kernel = BUILT_IN_BANKS.find((b) => b.id === "kernel")!;
    const key = [...kernel.questions[0]!.correct];
    const wrong = kernel.questions[0]!.options.findIndex((_, i) => !key.includes(i));
    const SETUP_CODE = "PGRESTART1";
    let database: TestDatabase;
    const servers: SpawnedServer[] = [];
    const sockets: TestSocket[] = [];
    beforeAll(async () => {
      database = await freshPostgresDatabase();
    });
    afterAll(async () => {
      for (const s of sockets.splice(0)) s.disconnect();
      for (const s of servers) await s.stop("SIGKILL");
      await killAllServers();
      await database?.drop();
    });
    async function start(): Promise<SpawnedServer> {
      const s = await spawnServer({ env: { DATABASE_URL: database.url, SERVE_WEB: "false", LOG_LEVEL: "warn", SETUP_CODE } });
      servers.push(s);
      return s;
    }
    async function client(url: string, teacher = false): Promise<TestSocket> {
      const s = await connect(url, teacher ? { cookie: await signInTeacher(url, SETUP_CODE) } : {});
      sockets.push(s);
      return s;
    }

    test("kill -9 mid-question: acknowledged answers survive, the game resumes, the open question re-opens", async () => {
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

      expect(await first.stop("SIGKILL")).toBeNull();
      for (const s of sockets.splice(0)) s.disconnect();

      const second = await start();
      const host2 = await client(second.url);
      const snap = await must(host2, "host:attach", { pin: game.pin, hostSecret: game.hostSecret });
      expect(snap.phase).toMatchObject({ kind: "question", index: 0 });
      expect(snap.answeredCount).toBe(2);
      expect(snap.roster.map((r) => r.nickname)).toEqual(["Ana", "Bruno", "Carla"]);

      const ana = await client(second.url);
      expect((await must(ana, "player:rejoin", { pin: game.pin, rejoinToken: seats[0]!.rejoinToken })).you.answeredChoices).toEqual(key);
      expect(await call(ana, "player:answer", { questionIndex: 0, choices: [wrong] })).toMatchObject({ ok: false, error: { code: "ALREADY_ANSWERED" } });
      const carla = await client(second.url);
      await must(carla, "player:rejoin", { pin: game.pin, rejoinToken: seats[2]!.rejoinToken });
      await must(carla, "player:answer", { questionIndex: 0, choices: key });
      const closed = await must(host2, "host:endQuestion", {});
      expect(closed.kind === "reveal" && closed.answeredCount).toBe(3);

      const board = await must(host2, "host:next", {});
      if (board.kind !== "leaderboard") throw new Error("expected leaderboard");
      expect(board.top.find((e) => e.nickname === "Ana")).toMatchObject({ correctCount: 1 });
      expect(board.top.find((e) => e.nickname === "Bruno")).toMatchObject({ score: 0 });
    });
  });
} else {
  test.skip("the PostgreSQL integration tests (PostgreSQL not reachable)", () => undefined);
}
