import { serverAndBrowser } from "../helpers/e2e-harness";

// Not a test file of its own (no .test.ts): harness-cleanup.test.ts runs it in a nested Jest, with CHROMIUM_PATH
// pointing at nothing, to see what a machine without Chromium sees.
const env = serverAndBrowser();

test("a browser test on a machine without Chromium", () => {
  expect(env.browser.isConnected()).toBe(true);
});
