import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { BUILT_IN_BANKS } from "@lousa/banks";
import { phone, projector, screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { spawnServer, type SpawnedServer } from "../helpers/spawn-server";

jest.setTimeout(120_000);

const env = serverAndBrowser();

const docker = BUILT_IN_BANKS.find((b) => b.id === "docker")!;

async function tapRight(page: Page, index: number): Promise<void> {
  const q = docker.questions[index]!;
  for (const c of q.correct) await page.getByTestId(`answer-${c}`).click();
  if (q.type === "multiple") await page.getByTestId("answer-submit").click();
}

test("pages are served with security headers and still work", async () => {
  const res = await fetch(`${env.server.url}/`);
  expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
});

test("a phone reloaded mid-game comes back with the same score; a reloaded projector resumes", async () => {
  const host = await (await signedInProjector(env.browser, env.server)).newPage();
  await host.goto(`${env.server.url}/host`);
  await host.getByTestId("bank-docker").click();
  await host.getByTestId("create-game").click();
  await host.getByTestId("host-lobby").waitFor();
  const pin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");

  const [ana, bia] = [await (await phone(env.browser)).newPage(), await (await phone(env.browser)).newPage()];
  for (const [page, name] of [[ana, "Ana"], [bia, "Bia"]] as const) {
    await page.goto(`${env.server.url}/?pin=${pin}`);
    await page.locator("#nickname").fill(name);
    await page.getByRole("button", { name: "Entrar" }).click();
    await page.getByTestId("player-lobby").waitFor();
  }
  await host.getByTestId("host-start").click();
  await ana.locator('[data-testid="player-question"][data-index="0"]').waitFor();
  await tapRight(ana, 0);
  await bia.locator('[data-testid="player-question"][data-index="0"]').waitFor();
  await tapRight(bia, 0);
  await ana.getByTestId("player-feedback").waitFor();
  // The reveal and the player's own standing are two pushes: wait for the score, written as pt-BR writes numbers ("1.000 pontos").
  await ana.getByTestId("player-score").filter({ hasText: /^[1-9][\d.]* pontos$/ }).waitFor();
  const scoreText = await ana.getByTestId("player-score").innerText();

  // The phone reloads (or the screen locked and the browser dropped the page).
  await ana.reload();
  await ana.getByTestId("player-feedback").waitFor();
  await expect(ana.getByTestId("player-score").innerText()).resolves.toBe(scoreText);
  await screenshot(ana, "phone-after-reload");

  // The projector reloads: same game, same phase, the host keeps control.
  await host.reload();
  await host.getByTestId("host-reveal").waitFor();
  await host.getByTestId("host-next").click();
  await host.getByTestId("host-leaderboard").waitFor();
  await expect(host.getByTestId("host-leaderboard").innerText()).resolves.toContain("Ana");

  // Next question: the reloaded phone can answer it.
  await host.getByTestId("host-next").click();
  await ana.locator('[data-testid="player-question"][data-index="1"]').waitFor();
  await tapRight(ana, 1);
  await ana.locator('[data-testid="player-locked"], [data-testid="player-feedback"]').first().waitFor();

  // The host link opens the same host screen on another device (the key rides in the URL fragment).
  const seat: unknown = await host.evaluate(`localStorage.getItem("lousa:host:${pin}")`);
  const secret = (JSON.parse(typeof seat === "string" ? seat : "{}") as { hostSecret?: string }).hostSecret;
  const tablet = await (await projector(env.browser)).newPage();
  await tablet.goto(`${env.server.url}/host/${pin}#key=${secret}`);
  await tablet.locator('[data-testid="host-question"], [data-testid="host-reveal"]').first().waitFor();
  expect(tablet.url()).not.toContain("key=");

  // English at one click, and it sticks across a reload.
  await ana.getByTestId("lang-switch").click();
  await ana.reload();
  await expect(ana.getByTestId("lang-switch").innerText()).resolves.toBe("Português");

  // A phone that goes away shows as reconnecting on the projector.
  await ana.close();
  await host.getByTestId("presence").filter({ hasText: "1 reconectando" }).waitFor();
});

test("a phone reloaded after the server let its finished game go keeps its seat and reaches the review; a new game still joins", async () => {
  // A server of its own, on a database file that outlives it: restarted on the same port (the phone's
  // storage belongs to the origin), it holds no finished game any more, so the rejoin answers GAME_OVER.
  const dir = mkdtempSync(path.join(os.tmpdir(), "lousa-e2e-over-"));
  const dbFile = path.join(dir, "lousa.db");
  const servers: SpawnedServer[] = [];
  try {
    const first = await spawnServer({ dbFile });
    servers.push(first);
    const teacher = await signedInProjector(env.browser, first);
    const host = await teacher.newPage();
    await host.goto(`${first.url}/host`);
    await host.getByTestId("bank-docker").click();
    await host.getByTestId("create-game").click();
    await host.getByTestId("host-lobby").waitFor();
    const pin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");
    const ana = await (await phone(env.browser)).newPage();
    await ana.goto(`${first.url}/?pin=${pin}`);
    await ana.locator("#nickname").fill("Ana");
    await ana.getByRole("button", { name: "Entrar" }).click();
    await ana.getByTestId("player-lobby").waitFor();
    await host.getByTestId("host-start").click();
    await ana.locator('[data-testid="player-question"][data-index="0"]').waitFor();
    await tapRight(ana, 0);
    await ana.getByTestId("player-feedback").waitFor();
    host.once("dialog", (d) => void d.accept()); // "End the game now?"
    await host.getByRole("button", { name: "Encerrar jogo" }).click();
    await ana.getByTestId("player-final").waitFor();

    await first.stop();
    const again = await spawnServer({ dbFile, env: { PORT: String(first.port), PUBLIC_URL: first.url } });
    servers.push(again);

    // The reload asks to rejoin; the game is over for the server, but the phone keeps its seat.
    await ana.reload();
    await ana.getByTestId("player-over").waitFor();
    await expect(ana.getByTestId("player-over").innerText()).resolves.toContain("Este jogo terminou.");
    const kept: unknown = await ana.evaluate(`localStorage.getItem("lousa:player:${pin}")`);
    expect(typeof kept).toBe("string");
    await screenshot(ana, "phone-over-after-restart");
    await ana.getByTestId("review-link").click();
    await ana.getByTestId("review-list").waitFor();
    await expect(ana.getByTestId("review-summary").innerText()).resolves.toMatch(/Você acertou 1 de \d+/);

    // A new game (a PIN of its own) joins as ever from the same phone, the old seat still kept for its review.
    await host.goto(`${first.url}/host`);
    await host.getByTestId("bank-docker").click();
    await host.getByTestId("create-game").click();
    await host.getByTestId("host-lobby").waitFor();
    const newPin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");
    await ana.goto(`${first.url}/?pin=${newPin}`);
    await ana.locator("#nickname").fill("Ana");
    await ana.getByRole("button", { name: "Entrar" }).click();
    await ana.getByTestId("player-lobby").waitFor();
    await expect(ana.evaluate(`localStorage.getItem("lousa:player:${pin}") !== null`)).resolves.toBe(true);
  } finally {
    for (const s of servers) await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
