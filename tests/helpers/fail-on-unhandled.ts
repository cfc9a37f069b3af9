/**
 * An unhandled promise rejection fails the test during which it happened (the server runs in-process in
 * integration tests, so a floating promise in a handler lands here). Without this, Jest only prints it,
 * and a bug that would take a live server's games down passes green.
 */
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(() => {
  process.on("unhandledRejection", onRejection);
});
afterAll(() => {
  process.off("unhandledRejection", onRejection);
});
afterEach(async () => {
  // Rejections are reported after the microtask queue drains: let it drain first.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const found = rejections.splice(0);
  if (found.length > 0) throw new Error(`unhandled promise rejection during this test: ${found.map((r) => (r instanceof Error ? (r.stack ?? r.message) : String(r))).join("\n")}`);
});
