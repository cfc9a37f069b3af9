import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { REPO_ROOT } from "./paths";

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
