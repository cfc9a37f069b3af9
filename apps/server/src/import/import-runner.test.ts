import path from "node:path";
import { DEFAULT_IMPORT_OPTIONS, ImportRunner } from "./import-runner";

/** Real worker threads with real limits: a stuck reader, one that eats memory, and the caps on how many run. */
const entry = (name: string) => path.join(__dirname, "test-workers", `${name}.ts`);
const gift = { format: "gift" as const, bytes: new TextEncoder().encode("Q {=a ~b}"), language: "pt-BR" as const };

describe("import runner", () => {
  it("terminates a reader that runs past the timeout", async () => {
    const runner = new ImportRunner({ ...DEFAULT_IMPORT_OPTIONS, entry: entry("hang"), timeoutMs: 1500 });
    expect(await runner.run("t1", gift)).toEqual({ ok: false, code: "IMPORT_REFUSED", reason: "reading the file took over 1.5 s" });
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

  it("reads a real file with the default limits", async () => {
    const outcome = await new ImportRunner().run("t1", gift);
    expect(outcome.ok && outcome.result.questions).toHaveLength(1);
  });
});
