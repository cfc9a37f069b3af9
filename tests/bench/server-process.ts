import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../helpers/spawn-server";

const REPO_ROOT = path.resolve(__dirname, "..", "..");

/**
 * One Lousa server for the bench, as its own process (`node --import tsx apps/server/src/main.ts`, production
 * mode, API and Socket.IO only). Kept apart from the coordinator so that other topologies (several servers
 * behind a load balancer) can be started the same way and handed to the bench as a --url.
 */
export interface ServerProcess {
  readonly url: string;
  /** The process whose tree's CPU and memory the bench reads. */
  readonly pid: number;
  /** What the server logged at warn level or above (JSON lines), and anything on stderr. */
  complaints(): string[];
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
  /** Synchronous last resort for process "exit" handlers. */
  killNow(): void;
}


export interface ServerProcessOptions {
  readonly databaseUrl: string;
  readonly setupCode: string;
  /** Extra environment (e.g. REDIS_URL, later). */
  readonly env?: Record<string, string>;
}

/** Starts the server and resolves once it prints that it is running (no polling, no sleeping). */
export async function startServer(opts: ServerProcessOptions): Promise<ServerProcess> {
  const port = await freePort();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "lousa-bench-server-"));
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "apps", "server", "src", "main.ts")], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: opts.databaseUrl,
      SERVE_WEB: "false",
      LOG_LEVEL: "warn",
      LOG_FORMAT: "json",
      SETUP_CODE: opts.setupCode,
      AUTH_SECRET_FILE: path.join(scratch, "auth-secret"),
      NEXT_TELEMETRY_DISABLED: "1",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not spawn the server");
  let out = "";
  const complaints: string[] = [];
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => rmSync(scratch, { recursive: true, force: true }));
  child.stdout?.setEncoding("utf8");
  child.stderr?.setEncoding("utf8");
  let partial = "";
  child.stdout?.on("data", (d: string) => {
    out += d;
    partial += d;
    const lines = partial.split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) if (/^\{.*"level":\s*([4-9]\d)/.test(line)) complaints.push(line);
  });
  child.stderr?.on("data", (d: string) => {
    out += d;
    for (const line of d.split("\n")) if (line.trim()) complaints.push(line);
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    pid,
    complaints: () => [...complaints],
    async stop(graceMs = 10_000) {
      if (!alive()) return exited;
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      child.kill("SIGTERM");
      await exited;
      clearTimeout(timer);
    },
    killNow() {
      if (alive()) child.kill("SIGKILL");
    },
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const onData = () => {
        if (out.includes("Lousa is running")) {
          child.stdout?.off("data", onData);
          resolve();
        }
      };
      child.stdout?.on("data", onData);
      child.once("error", reject);
      // A guard, not a wait: readiness is the "running" line above.
      const guard = setTimeout(() => reject(new Error(`the server was not ready after 120 s:\n${out}`)), 120_000);
      guard.unref();
      void exited.then(() => reject(new Error(`the server exited before it was ready:\n${out}`)));
    });
  } catch (e) {
    server.killNow();
    throw e;
  }
  return server;
}
