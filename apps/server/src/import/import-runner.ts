import path from "node:path";
import { READY } from "./worker-ready";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { FORMAT_IDS, type ImportResult } from "@lousa/formats";
import type { ImportJob, WorkerAnswer } from "./import-worker";

/**
 * Runs each import in its own worker thread with a heap limit and a wall-clock timeout, so a file that
 * explodes in memory or loops (a zip bomb the guards missed, a parser's worst case) kills that thread
 * only. Workers are started per job and never reused: a thread that read a hostile file is not trusted
 * with the next one, and a fresh one costs ~0.3 s next to a teacher's upload.
 *
 * Memory outside the heap: `resourceLimits` bound the worker's V8 heap only, not Buffers and typed arrays,
 * which live off-heap (the upload's copy in workerData, zlib's output, the ArrayBuffers exceljs unpacks
 * into). A hostile file can't grow those past the input's own caps: the body is at most MAX_IMPORT_BYTES
 * (5 MB, express.raw in import-api.ts); an xlsx is refused unless the sizes its zip declares sum under
 * MAX_UNPACKED_BYTES (32 MB, zip-guard.ts), and each entry is then unpacked with zlib's maxOutputLength
 * at its declared size, so no entry's output passes what was summed (zip-entries.ts); exceljs only gets
 * a workbook whose entries all unpacked within that, so its own unpacking stays under 32 MB too; telling
 * the format unpacks one entry declared under 4 MB. A worker's off-heap memory is thus a few copies of
 * the 5 MB upload, 4 MB and 2 × 32 MB, under 100 MB whatever the file claims, and at most maxRunning
 * workers are alive (the slot is held until the thread has exited, see inWorker).
 */
export interface ImportRunnerOptions {
  /** Imports running at once (each may take up to its heap limit): 2 keeps a 2-core laptop serving games. */
  readonly maxRunning: number;
  /** Imports waiting for a slot; beyond that the request is refused with RATE_LIMITED at once. */
  readonly maxWaiting: number;
  /**
   * Wall clock for reading the file, from the moment the worker says it is ready (its parsers loaded);
   * then it is terminated. Loading is timed apart (startupMs): on a busy machine starting a thread
   * and loading the parsers can take seconds, and that must not eat the file's budget.
   */
  readonly timeoutMs: number;
  /** Wall clock for a worker to start and load its parsers before it is given up on. */
  readonly startupMs: number;
  readonly resourceLimits: ResourceLimits;
  /** The worker's entry file (a test swaps in one that hangs or allocates). */
  readonly entry: string;
  /** Called with each worker as it is created (a test counts the threads alive). */
  readonly onWorker?: (worker: Worker) => void;
}

export type ImportOutcome =
  | { readonly ok: true; readonly result: ImportResult }
  | { readonly ok: false; readonly code: "IMPORT_REFUSED" | "RATE_LIMITED" | "UNKNOWN_FORMAT"; readonly reason: string };

export const DEFAULT_IMPORT_OPTIONS: ImportRunnerOptions = {
  maxRunning: 2,
  maxWaiting: 8,
  timeoutMs: 10_000,
  startupMs: 30_000,
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
      // The slot is released by the worker's exit, not here: see inWorker.
      return await this.inWorker(job);
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

  /**
   * Answers as soon as the outcome is known (a timeout answers at once), but keeps the slot until the
   * thread has really exited: terminate() only asks V8 to stop, and a worker busy in a parser or in zlib
   * lives on for a while. Freeing the slot earlier would let a queued import start a new thread beside
   * it, and after a few timeouts more than maxRunning threads would be reading at once.
   */
  private inWorker(job: ImportJob): Promise<ImportOutcome> {
    const { entry, timeoutMs, startupMs, resourceLimits, onWorker } = this.options;
    return new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(bootstrap(entry), {
          eval: true,
          workerData: job,
          execArgv: [],
          resourceLimits,
          // The worker's output is of no use to anyone, and a hostile file must not fill the server's log.
          stdout: true,
          stderr: true,
        });
      } catch (e) {
        // No thread was started, so no exit event will come.
        this.release();
        resolve({ ok: false, code: "IMPORT_REFUSED", reason: `the reader could not start: ${e instanceof Error ? e.message : String(e)}` });
        return;
      }
      onWorker?.(worker);
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
      let timer = setTimeout(() => refused(`the reader did not start within ${startupMs / 1000} s`), startupMs);
      worker.on("message", (message: unknown) => {
        if (message === READY) {
          clearTimeout(timer);
          timer = setTimeout(() => refused(`reading the file took over ${timeoutMs / 1000} s`), timeoutMs);
          return;
        }
        if (!isWorkerAnswer(message)) return refused("the reader answered something unexpected");
        if (message.kind === "unknown-format") return finish({ ok: false, code: "UNKNOWN_FORMAT", reason: `Could not tell the file's format: choose one of ${FORMAT_IDS.join(", ")}` });
        finish({ ok: true, result: message.result });
      });
      // `on`, not `once`: an "error" event without a listener would throw in the server's thread.
      worker.on("error", (e: Error) => refused(errorReason(e)));
      worker.once("exit", (code) => {
        refused(`the reader stopped (exit code ${code})`);
        this.release();
      });
    });
  }
}

function errorReason(e: Error): string {
  const code = "code" in e ? e.code : undefined;
  return code === "ERR_WORKER_OUT_OF_MEMORY" ? "reading the file needed too much memory" : `the reader failed: ${e.message}`;
}

function isWorkerAnswer(value: unknown): value is WorkerAnswer {
  if (typeof value !== "object" || value === null) return false;
  const answer: { kind?: unknown; result?: unknown } = value;
  return answer.kind === "unknown-format" || (answer.kind === "result" && isImportResult(answer.result));
}

function isImportResult(value: unknown): value is ImportResult {
  if (typeof value !== "object" || value === null) return false;
  const r: { format?: unknown; questions?: unknown; problems?: unknown } = value;
  return FORMAT_IDS.some((f) => f === r.format) && Array.isArray(r.questions) && Array.isArray(r.problems);
}

/** The process's one runner: the caps on running imports hold for the whole server, whatever mounts the routes. */
export const importRunner = new ImportRunner();
