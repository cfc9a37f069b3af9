import { randomUUID } from "node:crypto";
import net from "node:net";
import { connect, type TestSocket } from "../helpers/clients";
import { killAllServers, killMarkedProcesses, markedProcesses, spawnServer } from "../helpers/spawn-server";

// `npm start` may have to build nothing (SERVE_WEB=false), but npm and the server still take seconds to start.
jest.setTimeout(120_000);

const markers: string[] = [];
const sockets: TestSocket[] = [];
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  // The launcher first, then anything it left behind (an orphaned server is exactly what this file tests for).
  await killAllServers();
  for (const m of markers) killMarkedProcesses(m);
});

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

/**
 * What Docker, systemd or a terminal do to `npm start`: SIGTERM to the launcher, not to node. npm forwards it
 * to its child; the server must be that child (no shell in between), so it runs its graceful shutdown.
 */
test.each([
  ["npm run serve", ["npm", "run", "serve"]],
  ["npm start", ["npm", "start"]],
])("SIGTERM to `%s` shuts the server down gracefully: phones are told, nothing is left running", async (_name, command) => {
  const marker = randomUUID();
  markers.push(marker);
  // SERVE_WEB=false: the signal path is the same with pages, and `npm start` then has no web build to check.
  const server = await spawnServer({ command, env: { SERVE_WEB: "false", LOUSA_TEST_MARK: marker } });
  const phone = await connect(server.url);
  sockets.push(phone);
  const told = new Promise<string>((resolve) => {
    phone.once("server:shutdown", () => resolve("server:shutdown"));
    phone.once("disconnect", (reason) => resolve(`disconnected without notice (${reason})`));
  });

  expect(server.process.kill("SIGTERM")).toBe(true);
  const code = await server.exited;

  // npm is gone: so must be every process it started (before, node lived on, orphaned, holding the port).
  expect(markedProcesses(marker)).toEqual([]);
  expect(await portIsFree(server.port)).toBe(true);
  expect(await told).toBe("server:shutdown");
  expect(server.output()).toContain("shutting down");
  expect(code).toBe(0);
});
