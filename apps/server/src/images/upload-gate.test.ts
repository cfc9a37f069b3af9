import { uploadGate } from "./upload-gate";

/** A job that runs until `finish` is called; `started` tells whether the gate let it in. */
function heldJob() {
  let finish = () => {};
  let started = false;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { job: () => ((started = true), done.then(() => "done" as const)), finish: () => finish(), started: () => started };
}

describe("uploadGate", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("runs two at once, queues the next in order, and turns away the rest while the queue is full", async () => {
    const gate = uploadGate({ running: 2, waiting: 1, maxWaitMs: 5000 });
    const [a, b, c, d] = [heldJob(), heldJob(), heldJob(), heldJob()];
    const ra = gate.run(a.job);
    const rb = gate.run(b.job);
    const rc = gate.run(c.job);
    await expect(gate.run(d.job)).resolves.toBe("busy");
    await Promise.resolve();
    expect([a.started(), b.started(), c.started(), d.started()]).toEqual([true, true, false, false]);
    a.finish();
    await expect(ra).resolves.toBe("done");
    expect(c.started()).toBe(true);
    b.finish();
    c.finish();
    await expect(Promise.all([rb, rc])).resolves.toEqual(["done", "done"]);
  });

  it("gives up on a wait that runs out, and the slot it never took stays free for others", async () => {
    const gate = uploadGate({ running: 1, waiting: 5, maxWaitMs: 1000 });
    const a = heldJob();
    const ra = gate.run(a.job);
    const late = heldJob();
    const rLate = gate.run(late.job);
    jest.advanceTimersByTime(1000);
    await expect(rLate).resolves.toBe("busy");
    a.finish();
    await ra;
    expect(late.started()).toBe(false);
    await expect(gate.run(() => Promise.resolve(7))).resolves.toBe(7);
  });

  it("frees the slot when a job throws", async () => {
    const gate = uploadGate({ running: 1, waiting: 0, maxWaitMs: 0 });
    await expect(gate.run(() => Promise.reject(new Error("decoder failed")))).rejects.toThrow("decoder failed");
    await expect(gate.run(() => Promise.resolve("ok"))).resolves.toBe("ok");
  });
});
