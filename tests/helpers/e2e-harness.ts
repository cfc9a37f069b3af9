import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { killAllServers, spawnServer, type SpawnedServer, type SpawnServerOptions } from "./spawn-server";

export interface ServerAndBrowser {
  readonly server: SpawnedServer;
  readonly browser: Browser;
}

/**
 * The browser first: it is what a new machine is most likely to lack, and a launch that fails after the
 * server started would leave the server running (Jest then never exits). Whatever fails, nothing started
 * here is left behind.
 */
export async function startServerAndBrowser(opts: SpawnServerOptions = {}): Promise<ServerAndBrowser> {
  const browser = await launchBrowser();
  try {
    return { server: await spawnServer(opts), browser };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/** One real production server and one headless Chromium for a whole browser test file. */
export function serverAndBrowser() {
  let started: ServerAndBrowser | undefined;
  beforeAll(async () => {
    started = await startServerAndBrowser();
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.server.stop();
    // A setup still in flight when Jest gave up on it (timeout) leaves no server behind either.
    await killAllServers();
  });
  return {
    get server(): SpawnedServer {
      if (!started) throw new Error("server not started");
      return started.server;
    },
    get browser(): Browser {
      if (!started) throw new Error("browser not started");
      return started.browser;
    },
  };
}
