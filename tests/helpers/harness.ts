import { connect, type TestSocket } from "./clients";
import { startTestServer, teacherSocket, type TestServer } from "./test-server";

type ServerOptions = Parameters<typeof startTestServer>[0];

/**
 * A fresh real server for every test (beforeEach) and clean-up after it (afterEach): every socket
 * opened through `client()` is closed, then the server and its temporary database go.
 */
export function serverPerTest(options?: ServerOptions) {
  let current: TestServer | undefined;
  const sockets: TestSocket[] = [];
  beforeEach(async () => {
    current = await startTestServer(options);
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await current?.stop();
    current = undefined;
  });
  return {
    get server(): TestServer {
      if (!current) throw new Error("no server: use inside a test");
      return current;
    },
    /** Replaces this test's server with one started with other options. */
    async restart(other: ServerOptions): Promise<TestServer> {
      for (const s of sockets.splice(0)) s.disconnect();
      await current?.stop();
      current = await startTestServer(other);
      return current;
    },
    /** A socket from a signed-in teacher's browser (what host:create needs). */
    async host(): Promise<TestSocket> {
      if (!current) throw new Error("no server: use inside a test");
      const s = await teacherSocket(current);
      sockets.push(s);
      return s;
    },
    async client(headers?: Record<string, string>): Promise<TestSocket> {
      if (!current) throw new Error("no server: use inside a test");
      const s = await connect(current.url, headers);
      sockets.push(s);
      return s;
    },
  };
}
