import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./paths";

export interface SpawnedServer {
  readonly url: string;
  readonly port: number;
  readonly dbFile: string;
  /** The spawned process: the server itself, or the launcher (npm) when `command` was given. */
  readonly process: ChildProcess;
  /** Resolves with the exit code once the spawned process has exited. */
  readonly exited: Promise<number | null>;
  /** Everything the server printed, for diagnosing a failure. */
  output(): string;
  /**
   * The first-run setup code: the one the start banner printed (it comes a moment after "running"), or
   * the SETUP_CODE this helper gave the server when no banner says otherwise (an account already exists).
   */
  setupCode(): Promise<string>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface SpawnServerOptions {
  readonly dbFile?: string;
  readonly env?: Record<string, string>;
  /** argv to run instead of the server itself, e.g. ["npm", "run", "serve"] to test a launcher. */
  readonly command?: readonly string[];
  /** A server that neither gets ready nor exits within this is killed and the call fails. */
  readonly readyTimeoutMs?: number;
}

/** Everything spawned and not yet exited in this test file, so a failed or timed-out setup can still be cleaned up. */
const live = new Set<ChildProcess>();

/** SIGKILLs every server this file spawned that is still running; for afterAll hooks after a setup failed half-way. */
export async function killAllServers(): Promise<void> {
  await Promise.all(
    [...live].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGKILL");
        }),
    ),
  );
}

/**
 * Pids of the live processes whose environment holds `LOUSA_TEST_MARK=<marker>` (Linux /proc): a test sets the
 * marker on what it spawns and so finds every descendant, even one orphaned by a launcher that died.
 */
export function markedProcesses(marker: string): number[] {
  const needle = `\0LOUSA_TEST_MARK=${marker}\0`;
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (`\0${readFileSync(`/proc/${entry}/environ`, "latin1")}`.includes(needle)) pids.push(Number(entry));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return pids;
}

/** SIGKILLs every process carrying the marker; for afterAll, whatever state a failed test left. */
export function killMarkedProcesses(marker: string): void {
  for (const pid of markedProcesses(marker)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
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
export async function spawnServer(opts: SpawnServerOptions = {}): Promise<SpawnedServer> {
  const port = await freePort();
  const dir = opts.dbFile ? null : mkdtempSync(path.join(os.tmpdir(), "lousa-e2e-"));
  const dbFile = opts.dbFile ?? path.join(dir ?? os.tmpdir(), "lousa.db");
  // `node --import tsx`: one process (the tsx CLI would fork a child), so a SIGKILL really kills the server.
  // A known setup code (SETUP_CODE), so tests can create the first teacher; the banner still has the last word.
  const givenCode = opts.env?.SETUP_CODE ?? `E2E${randomBytes(6).toString("hex").toUpperCase()}`;
  const [command, ...args] = opts.command ?? [process.execPath, "--import", "tsx", path.join(REPO_ROOT, "apps", "server", "src", "main.ts")];
  if (command === undefined) throw new Error("spawnServer: empty command");
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${dbFile}`, PUBLIC_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: "1", SETUP_CODE: givenCode, ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  live.add(child);
  let out = "";
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      live.delete(child);
      resolve(code);
    }),
  );
  const cleanUp = () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const onData = (d: Buffer) => {
        out += d.toString();
        if (out.includes("Lousa is running")) resolve();
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
      child.on("error", reject);
      void exited.then((code) => reject(new Error(`server exited (${code}) before it was ready:\n${out}`)));
      timer = setTimeout(() => reject(new Error(`server not ready after ${opts.readyTimeoutMs ?? 90_000} ms:\n${out}`)), opts.readyTimeoutMs ?? 90_000);
    });
  } catch (e) {
    // A server that failed to start must not outlive the test that asked for it.
    // (No pid: the spawn itself failed, there is nothing to kill and no exit will come.)
    if (child.pid !== undefined) {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    }
    live.delete(child);
    cleanUp();
    throw e;
  } finally {
    clearTimeout(timer);
  }
  const printedCode = () => /setup code ([A-Za-z0-9]+)/.exec(out)?.[1];
  let bannerRead = false;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dbFile,
    process: child,
    exited,
    output: () => out,
    async setupCode() {
      // The banner is printed once, at start: after one wait its answer is known for good.
      if (!bannerRead) {
        for (let waited = 0; !printedCode() && waited < 3000 && child.exitCode === null; waited += 50) await new Promise((r) => setTimeout(r, 50));
        bannerRead = true;
      }
      return printedCode() ?? givenCode;
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      cleanUp();
      return code;
    },
  };
}
