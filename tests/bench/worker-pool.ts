import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fromWorkerSchema, type FromWorker, type ToWorker, type WorkerReport } from "./ipc";

const REPO_ROOT = path.resolve(__dirname, "..", "..");

interface Worker {
  readonly child: ChildProcess;
  /** Messages received and not yet taken, and who waits for the next one. */
  readonly inbox: FromWorker[];
  waiter: ((m: FromWorker) => void) | null;
  failure: Error | null;
  fail: ((e: Error) => void) | null;
}

/** The coordinator's side of the bot workers: forks them, sends orders, awaits their messages. */
export interface WorkerPool {
  readonly size: number;
  readonly pids: readonly number[];
  send(index: number, message: ToWorker): void;
  broadcast(message: ToWorker): void;
  /** The next message of type `type` from every worker (messages of other types in between are an error). */
  collect<T extends FromWorker["type"]>(type: T): Promise<Extract<FromWorker, { type: T }>[]>;
  /** Tells every worker to stop and waits until all have exited; SIGKILLs the ones that don't. */
  stop(): Promise<void>;
  /** Synchronous last resort for process "exit" handlers. */
  killNow(): void;
}

function isOfType<T extends FromWorker["type"]>(m: FromWorker, type: T): m is Extract<FromWorker, { type: T }> {
  return m.type === type;
}

function nextMessage(worker: Worker): Promise<FromWorker> {
  const queued = worker.inbox.shift();
  if (queued) return Promise.resolve(queued);
  if (worker.failure) return Promise.reject(worker.failure);
  return new Promise((resolve, reject) => {
    worker.waiter = resolve;
    worker.fail = reject;
  });
}

export async function startWorkers(count: number): Promise<WorkerPool> {
  const script = path.join(__dirname, "bot-worker.ts");
  const workers: Worker[] = Array.from({ length: count }, (_, i) => {
    const child = fork(script, [], { cwd: REPO_ROOT, execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const worker: Worker = { child, inbox: [], waiter: null, failure: null, fail: null };
    child.on("message", (raw: unknown) => {
      const parsed = fromWorkerSchema.safeParse(raw);
      if (!parsed.success) {
        console.error(`bench: bot worker ${i} sent a malformed message: ${parsed.error.issues[0]?.message ?? "?"}`);
        return;
      }
      const waiter = worker.waiter;
      worker.waiter = null;
      worker.fail = null;
      if (waiter) waiter(parsed.data);
      else worker.inbox.push(parsed.data);
    });
    child.on("exit", (code, signal) => {
      worker.failure = new Error(`bot worker ${i} (pid ${child.pid ?? "?"}) exited (${signal ?? code})`);
      worker.fail?.(worker.failure);
      worker.waiter = null;
      worker.fail = null;
    });
    return worker;
  });
  const pool: WorkerPool = {
    size: count,
    pids: workers.map((w) => w.child.pid ?? 0),
    send(index, message) {
      const w = workers[index];
      if (w?.child.connected) w.child.send(message);
    },
    broadcast(message) {
      for (let i = 0; i < count; i++) pool.send(i, message);
    },
    async collect(type) {
      return Promise.all(
        workers.map(async (w, i) => {
          const m = await nextMessage(w);
          if (!isOfType(m, type)) throw new Error(`bot worker ${i}: expected "${type}", got "${m.type}"`);
          return m;
        }),
      );
    },
    killNow() {
      for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGKILL");
    },
    async stop() {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.child.exitCode !== null || w.child.signalCode !== null) return resolve();
              const timer = setTimeout(() => w.child.kill("SIGKILL"), 5000);
              w.child.once("exit", () => {
                clearTimeout(timer);
                resolve();
              });
              if (w.child.connected) w.child.send({ type: "stop" } satisfies ToWorker);
              else w.child.kill("SIGTERM");
            }),
        ),
      );
    },
  };
  await pool.collect("ready");
  return pool;
}

export type { WorkerReport };
