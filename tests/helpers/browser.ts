import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { REPO_ROOT } from "./paths";
import type { SpawnedServer } from "./spawn-server";

export const ARTIFACTS = path.join(REPO_ROOT, "tests", "artifacts");

/** Debian's Chromium, never a downloaded browser; flags keep it off the network. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    // One line, thrown before anything else is started: this is what a new machine without Chromium sees.
    throw new Error(`Browser tests need Chromium at ${executablePath}: run "apt-get install -y chromium" (npm test does it when run as root) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // A browser that starts in seconds or not at all: fail the file instead of waiting out playwright's 3 minutes.
    timeout: 30_000,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export function projector(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
}

export function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The first teacher of every browser-test server (the admin), created through the first-run setup. */
export const E2E_TEACHER = { name: "Profa. Ana Souza", email: "ana@escola.test", password: "senha-de-teste-123" } as const;

/**
 * Signs `context` in as a teacher: creates the first account with the server's setup code on a fresh
 * server (POST /api/setup), or signs in when it exists. `context.request` shares the context's cookie
 * jar, so its pages are signed in from here on. Origin is sent as a same-origin page would.
 */
export async function signInContext(context: BrowserContext, server: Pick<SpawnedServer, "url" | "setupCode">, teacher: { name: string; email: string; password: string } = E2E_TEACHER): Promise<void> {
  const headers = { origin: server.url };
  const setup = await context.request.post(`${server.url}/api/setup`, { headers, data: { ...teacher, setupCode: await server.setupCode() } });
  if (setup.status() === 201) return;
  if (setup.status() !== 409) throw new Error(`setup failed: ${setup.status()} ${await setup.text()}`);
  const signIn = await context.request.post(`${server.url}/api/auth/sign-in/email`, { headers, data: { email: teacher.email, password: teacher.password } });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()} ${await signIn.text()}`);
}

/** A 1920×1080 projector context signed in as the test teacher: hosting a game needs a teacher session. */
export async function signedInProjector(browser: Browser, server: Pick<SpawnedServer, "url" | "setupCode">): Promise<BrowserContext> {
  const context = await projector(browser);
  await signInContext(context, server);
  return context;
}
