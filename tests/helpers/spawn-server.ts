import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./paths";

export interface SpawnedServer {
  readonly url: string;
  readonly port: number;
  readonly dbFile: string;
  readonly process: ChildProcess;
  /** Everything the server printed, for diagnosing a failure. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/**
 * Starts the real product (`apps/server/src/main.ts`: migrations, seed, Next.js, Socket.IO) as a child
 * process, exactly as `npm run serve` does, and resolves once it says it is ready.
 */
export async function spawnServer(opts: { dbFile?: string; env?: Record<string, string> } = {}): Promise<SpawnedServer> {
  const port = await freePort();
  const dir = opts.dbFile ? null : mkdtempSync(path.join(os.tmpdir(), "lousa-e2e-"));
  const dbFile = opts.dbFile ?? path.join(dir ?? os.tmpdir(), "lousa.db");
  // `node --import tsx`: one process (the tsx CLI would fork a child), so a SIGKILL really kills the server.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "apps", "server", "src", "main.ts")], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${dbFile}`, PUBLIC_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: "1", ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes("Lousa is running")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
    void exited.then((code) => reject(new Error(`server exited (${code}) before it was ready:\n${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dbFile,
    process: child,
    output: () => out,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      if (dir) rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
}
