import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { REPO_ROOT } from "../helpers/paths";
import { killMarkedProcesses, markedProcesses } from "../helpers/spawn-server";

// Bounds the nested run: before the fix it never exited (a server outlived the failed setup), and this timeout
// was what failed. The nested Jest itself takes a few seconds to start.
jest.setTimeout(60_000);

const marker = randomUUID();
let jestRun: ChildProcess | undefined;
afterAll(() => {
  if (jestRun && jestRun.exitCode === null && jestRun.signalCode === null) jestRun.kill("SIGKILL");
  killMarkedProcesses(marker);
});

test("without Chromium a browser test file fails at once with one clear line, and Jest exits leaving no server behind", async () => {
  const missing = `/nonexistent/chromium-${marker}`;
  const config = {
    rootDir: REPO_ROOT,
    testMatch: ["<rootDir>/tests/e2e/harness-fixture.ts"],
    transform: { "^.+\\.(t|j)sx?$": ["@swc/jest"] },
    testEnvironment: "node",
  };
  // In band, as a lone browser file runs under `npm test`: an open child process then keeps Jest from exiting.
  const child = spawn(process.execPath, [require.resolve("jest/bin/jest"), "--ci", "--runInBand", "--config", JSON.stringify(config)], {
    cwd: REPO_ROOT,
    env: { ...process.env, CHROMIUM_PATH: missing, LOUSA_TEST_MARK: marker },
    stdio: ["ignore", "pipe", "pipe"],
  });
  jestRun = child;
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));

  expect(code).toBe(1);
  expect(out).toContain(`Browser tests need Chromium at ${missing}: run "apt-get install -y chromium"`);
  expect(markedProcesses(marker)).toEqual([]);
});
