import { connect, type TestSocket } from "../helpers/clients";
import { killMidQuestion } from "../helpers/kill-mid-question";
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
      await killMidQuestion(start, client, () => {
        for (const s of sockets.splice(0)) s.disconnect();
      });
    });
  });
} else {
  test.skip("the PostgreSQL integration tests (PostgreSQL not reachable)", () => undefined);
}
