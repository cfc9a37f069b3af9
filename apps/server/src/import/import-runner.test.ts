import path from "node:path";
import type { Worker } from "node:worker_threads";
import { DEFAULT_IMPORT_OPTIONS, ImportRunner } from "./import-runner";
import { countBusyReaders } from "./test-workers/hang";

/** Real worker threads with real limits: a stuck reader, one that eats memory, and the caps on how many run. */
const entry = (name: string) => path.join(__dirname, "test-workers", `${name}.ts`);
const gift = { format: "gift" as const, bytes: new TextEncoder().encode("Q {=a ~b}"), language: "pt-BR" as const };

/** Counts the threads alive from their creation to their real `exit`, and lets a test wait for all to exit. */
function threadWatch() {
  let alive = 0;
  let peak = 0;
  const exits: Promise<void>[] = [];
  const onWorker = (worker: Worker): void => {
    peak = Math.max(peak, ++alive);
    exits.push(new Promise((resolve) => worker.once("exit", () => resolve(void alive--))));
  };
  return { onWorker, peak: () => peak, started: () => exits.length, allExited: () => Promise.all(exits) };
}

// Real threads: each starts tsx and loads the parsers, which takes seconds on a busy 2-core CI machine.
// The runner times the reading from the worker's "ready" (not its start), so the limits tested here
// don't depend on the machine's load; only Jest's own budget per test must allow the start-up.
jest.setTimeout(60_000);

describe("import runner", () => {
  it("terminates a reader that is busy past the timeout", async () => {
    const busy = countBusyReaders();
    try {
      const runner = new ImportRunner({ ...DEFAULT_IMPORT_OPTIONS, entry: entry("hang"), timeoutMs: 1500 });
      expect(await runner.run("t1", gift)).toEqual({ ok: false, code: "IMPORT_REFUSED", reason: "reading the file took over 1.5 s" });
      // The reader had started and was spinning when the timeout stopped it.
      expect(busy.count()).toBe(1);
    } finally {
      busy.close();
    }
  });

  it("keeps a slot until the timed-out thread has exited: never more than maxRunning threads alive", async () => {
    const watch = threadWatch();
    const runner = new ImportRunner({ ...DEFAULT_IMPORT_OPTIONS, entry: entry("hang"), timeoutMs: 1000, maxRunning: 1, onWorker: watch.onWorker });
    // The second waits for the slot; it must not start while the first, timed out, is still being terminated.
    const outcomes = await Promise.all([runner.run("t1", gift), runner.run("t2", gift)]);
    expect(outcomes.map((o) => !o.ok && o.reason)).toEqual(["reading the file took over 1 s", "reading the file took over 1 s"]);
    await watch.allExited();
    expect(watch.started()).toBe(2);
    expect(watch.peak()).toBe(1);
  });

  it("refuses a reader that runs out of its heap, and the process lives on", async () => {
    const runner = new ImportRunner({ ...DEFAULT_IMPORT_OPTIONS, entry: entry("allocate"), resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } });
    expect(await runner.run("t1", gift)).toEqual({ ok: false, code: "IMPORT_REFUSED", reason: "reading the file needed too much memory" });
  });

  it("one import at a time per teacher; beyond the running and waiting caps, RATE_LIMITED at once", async () => {
    const runner = new ImportRunner({ ...DEFAULT_IMPORT_OPTIONS, entry: entry("hang"), timeoutMs: 1500, maxRunning: 1, maxWaiting: 1 });
    const first = runner.run("t1", gift);
    expect(await runner.run("t1", gift)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    const waiting = runner.run("t2", gift);
    expect(await runner.run("t3", gift)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    // The waiting one runs when the first is done (both time out here).
    expect(await first).toMatchObject({ code: "IMPORT_REFUSED" });
    expect(await waiting).toMatchObject({ code: "IMPORT_REFUSED" });
    expect(await runner.run("t1", { ...gift })).toMatchObject({ code: "IMPORT_REFUSED" });
  });

  it("a worker that never gets ready is given up on after its start-up time", async () => {
    const runner = new ImportRunner({ ...DEFAULT_IMPORT_OPTIONS, entry: entry("never-ready"), startupMs: 1000 });
    expect(await runner.run("t1", gift)).toEqual({ ok: false, code: "IMPORT_REFUSED", reason: "the reader did not start within 1 s" });
  });

  it("reads a real file with the default limits, telling its format in the worker when the job doesn't say", async () => {
    const runner = new ImportRunner();
    const outcome = await runner.run("t1", gift);
    expect(outcome.ok && outcome.result.questions).toHaveLength(1);
    const detected = await runner.run("t1", { ...gift, format: null, filename: "perguntas.txt" });
    expect(detected.ok && detected.result.format).toBe("gift");
    expect(await runner.run("t1", { ...gift, format: null, bytes: new TextEncoder().encode("just some prose"), filename: "notes.txt" })).toMatchObject({ ok: false, code: "UNKNOWN_FORMAT" });
  });
});
