import path from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { ImportResult } from "@lousa/formats";
import type { ImportJob } from "./import-worker";

/**
 * Runs each import in its own worker thread with a heap limit and a wall-clock timeout, so a file that
 * explodes in memory or loops (a zip bomb the guards missed, a parser's worst case) kills that thread
 * only. Workers are started per job and never reused: a thread that read a hostile file is not trusted
 * with the next one, and a fresh one costs ~0.3 s next to a teacher's upload.
 */
export interface ImportRunnerOptions {
  /** Imports running at once (each may take up to its heap limit): 2 keeps a 2-core laptop serving games. */
  readonly maxRunning: number;
  /** Imports waiting for a slot; beyond that the request is refused with RATE_LIMITED at once. */
  readonly maxWaiting: number;
  /** Wall clock from the worker's start (it includes loading the parsers); then it is terminated. */
  readonly timeoutMs: number;
  readonly resourceLimits: ResourceLimits;
  /** The worker's entry file (a test swaps in one that hangs or allocates). */
  readonly entry: string;
}

export type ImportOutcome =
  | { readonly ok: true; readonly result: ImportResult }
  | { readonly ok: false; readonly code: "IMPORT_REFUSED" | "RATE_LIMITED"; readonly reason: string };

export const DEFAULT_IMPORT_OPTIONS: ImportRunnerOptions = {
  maxRunning: 2,
  maxWaiting: 8,
  timeoutMs: 10_000,
  // A 5 MB file and everything the parsers build from it fit in well under half of this.
  resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  // __dirname: the server runs as CommonJS both under `node --import tsx` and under Jest's swc transform.
  entry: path.join(__dirname, "import-worker.ts"),
};

// The worker's entry is TypeScript. Node 20 does not apply `--import tsx` (an ESM loader hook) to a
// worker's entry file, so a small CommonJS bootstrap registers tsx's require hook in the thread and then
// loads the entry, the way the server's own .ts files load. Both paths are resolved here, absolute, so
// the worker finds them whatever the current directory is (the launcher changes into apps/web).
const bootstrap = (entry: string): string =>
  `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register(); require(${JSON.stringify(entry)});`;

export class ImportRunner {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly busy = new Set<string>();

  constructor(private options: ImportRunnerOptions = DEFAULT_IMPORT_OPTIONS) {}

  /** Changes the limits for the imports that start from now on (an operator's setting, a test's tight limits). */
  configure(changes: Partial<ImportRunnerOptions>): void {
    this.options = { ...this.options, ...changes };
  }

  /** One import at a time per `owner` (a teacher): a second one while the first runs is RATE_LIMITED. */
  async run(owner: string, job: ImportJob): Promise<ImportOutcome> {
    if (this.busy.has(owner)) return { ok: false, code: "RATE_LIMITED", reason: "An import of yours is still running: wait for it to finish" };
    if (this.running >= this.options.maxRunning && this.waiting.length >= this.options.maxWaiting) {
      return { ok: false, code: "RATE_LIMITED", reason: "The server is reading many files right now: try again in a minute" };
    }
    this.busy.add(owner);
    try {
      await this.slot();
      try {
        return await this.inWorker(job);
      } finally {
        this.release();
      }
    } finally {
      this.busy.delete(owner);
    }
  }

  private slot(): Promise<void> {
    if (this.running < this.options.maxRunning) {
      this.running++;
      return Promise.resolve();
    }
    // The slot is handed over by release(): `running` stays counted for the waiter.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  private inWorker(job: ImportJob): Promise<ImportOutcome> {
    return new Promise((resolve) => {
      const worker = new Worker(bootstrap(this.options.entry), {
        eval: true,
        workerData: job,
        execArgv: [],
        resourceLimits: this.options.resourceLimits,
        // The worker's output is of no use to anyone, and a hostile file must not fill the server's log.
        stdout: true,
        stderr: true,
      });
      let settled = false;
      const finish = (outcome: ImportOutcome): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // Terminating an exited worker is harmless; one still running (a timeout) is stopped here.
        void worker.terminate();
        resolve(outcome);
      };
      const refused = (reason: string): void => finish({ ok: false, code: "IMPORT_REFUSED", reason });
      const timer = setTimeout(() => refused(`reading the file took over ${this.options.timeoutMs / 1000} s`), this.options.timeoutMs);
      worker.once("message", (message: unknown) => (isImportResult(message) ? finish({ ok: true, result: message }) : refused("the reader answered something unexpected")));
      worker.once("error", (e: Error) => refused(errorReason(e)));
      worker.once("exit", (code) => refused(`the reader stopped (exit code ${code})`));
    });
  }
}

function errorReason(e: Error): string {
  const code = "code" in e ? e.code : undefined;
  return code === "ERR_WORKER_OUT_OF_MEMORY" ? "reading the file needed too much memory" : `the reader failed: ${e.message}`;
}

function isImportResult(value: unknown): value is ImportResult {
  if (typeof value !== "object" || value === null) return false;
  const r: { format?: unknown; questions?: unknown; problems?: unknown } = value;
  return typeof r.format === "string" && Array.isArray(r.questions) && Array.isArray(r.problems);
}

/** The process's one runner: the caps on running imports hold for the whole server, whatever mounts the routes. */
export const importRunner = new ImportRunner();
