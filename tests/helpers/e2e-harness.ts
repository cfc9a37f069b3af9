import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { spawnServer, type SpawnedServer } from "./spawn-server";

/** One real production server and one headless Chromium for a whole browser test file. */
export function serverAndBrowser() {
  let server: SpawnedServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([spawnServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server(): SpawnedServer {
      if (!server) throw new Error("server not started");
      return server;
    },
    get browser(): Browser {
      if (!browser) throw new Error("browser not started");
      return browser;
    },
  };
}
