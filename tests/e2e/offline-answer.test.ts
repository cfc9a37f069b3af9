import type { BrowserContext, Page, WebSocketRoute } from "playwright-core";
import { BUILT_IN_BANKS } from "@lousa/banks";
import { phone, screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";

jest.setTimeout(120_000);

const env = serverAndBrowser();

const docker = BUILT_IN_BANKS.find((b) => b.id === "docker")!;

/** "At once": the phone must react to the tap itself, not after a network round trip or a timeout. */
const AT_ONCE = { timeout: 2_000 };

interface Phone {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Pushes a raw Socket.IO frame to the page as if the server had sent it. */
  push(frame: string): void;
  /** The last frame the server sent to the page whose text starts with `prefix`. */
  lastFrame(prefix: string): string | undefined;
}

interface Game {
  readonly host: Page;
  readonly pin: string;
  readonly ana: Phone;
  readonly bia: Phone;
}

/** A projector creates a Docker game, two phones join, the first question opens on both. */
async function startGame(): Promise<Game> {
  const host = await (await signedInProjector(env.browser, env.server)).newPage();
  // "Encerrar jogo" asks for confirmation.
  host.on("dialog", (d) => void d.accept());
  await host.goto(`${env.server.url}/host`);
  await host.getByTestId("bank-docker").click();
  await host.getByTestId("create-game").click();
  await host.getByTestId("host-lobby").waitFor();
  const pin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");

  const join = async (name: string): Promise<Phone> => {
    const context = await phone(env.browser);
    // The phone's Socket.IO connection passes through the test unchanged; the test keeps the frames it
    // received and can add pushes of its own (what an older server, or a race, could send).
    let route: WebSocketRoute | null = null;
    const frames: string[] = [];
    await context.routeWebSocket(/\/socket\.io\//, (ws) => {
      route = ws;
      const server = ws.connectToServer();
      server.onMessage((m) => {
        if (typeof m === "string") frames.push(m);
        ws.send(m);
      });
    });
    const push = (frame: string) => {
      if (!route) throw new Error("no socket yet");
      route.send(frame);
    };
    const lastFrame = (prefix: string) => frames.findLast((f) => f.startsWith(prefix));
    const page = await context.newPage();
    await page.goto(`${env.server.url}/?pin=${pin}`);
    await page.locator("#nickname").fill(name);
    await page.getByRole("button", { name: "Entrar" }).click();
    await page.getByTestId("player-lobby").waitFor();
    return { context, page, push, lastFrame };
  };
  const ana = await join("Ana");
  const bia = await join("Bia");
  await host.getByTestId("host-start").click();
  await questionOpen({ host, pin, ana, bia }, 0);
  return { host, pin, ana, bia };
}

async function questionOpen(game: Game, index: number): Promise<void> {
  await game.host.locator(`[data-testid="host-question"][data-index="${index}"]`).waitFor();
  for (const p of [game.ana, game.bia]) await p.page.locator(`[data-testid="player-question"][data-index="${index}"]`).waitFor();
}

/** Takes the phone off the network and waits until the page knows it (its connection banner says so). */
async function goOffline(p: Phone): Promise<void> {
  await p.context.setOffline(true);
  await p.page.getByTestId("connection-banner").filter({ hasText: "Sem conexão" }).waitFor();
}

/** Taps the right answer (ticks the right boxes and submits, for multiple select); returns the options chosen. */
async function tapRight(page: Page, index: number): Promise<readonly number[]> {
  const q = docker.questions[index]!;
  for (const c of q.correct) await page.getByTestId(`answer-${c}`).click();
  if (q.type === "multiple") await page.getByTestId("answer-submit").click();
  return q.correct;
}

async function answersOnProjector(host: Page, n: number): Promise<void> {
  await host.locator('[data-testid="answers-in"] .answers-number', { hasText: new RegExp(`^${n}$`) }).waitFor();
}

test("an answer tapped offline shows at once, is kept across a reload, and is sent and scored once the phone is back", async () => {
  const game = await startGame();
  const { host, ana, bia } = game;

  // Question 1: Ana's phone drops off the Wi-Fi and she taps the right answer.
  await goOffline(ana);
  const chosen = await tapRight(ana.page, 0);
  // At once: her choice is marked and the phone says it will send it when the connection is back.
  const status = ana.page.getByTestId("answer-status");
  await status.filter({ hasText: "Sem conexão — sua resposta será enviada quando voltar" }).waitFor(AT_ONCE);
  for (const c of chosen) await ana.page.locator(`[data-testid="answer-${c}"][data-chosen="true"]`).waitFor(AT_ONCE);
  await expect(ana.page.getByTestId(`answer-${chosen[0]}`).isDisabled()).resolves.toBe(true);
  await screenshot(ana.page, "phone-offline-answer-pending");
  // Never blamed on the server.
  await expect(ana.page.getByText("Algo deu errado").count()).resolves.toBe(0);

  // Back online: the phone reconnects, rejoins and sends the kept answer; the projector counts it.
  await ana.context.setOffline(false);
  await answersOnProjector(host, 1);
  await ana.page.getByTestId("player-locked").waitFor();

  // Bia answers too: everyone has answered, so the question closes and Ana's answer is scored by the server.
  await tapRight(bia.page, 0);
  const feedback = ana.page.locator('[data-testid="player-feedback"][data-verdict="right"]');
  await feedback.waitFor();
  await expect(feedback.locator(".feedback-points").innerText()).resolves.toMatch(/^\+[1-9]\d* pontos$/);
  await expect(ana.page.getByTestId("player-score").innerText()).resolves.toMatch(/^[1-9]\d* pontos$/);

  // Question 2: offline again, Ana taps, and the phone is reloaded while still offline (the page fails to load).
  await host.getByTestId("host-next").click();
  await host.getByTestId("host-leaderboard").waitFor();
  await host.getByTestId("host-next").click();
  await questionOpen(game, 1);
  await goOffline(ana);
  await tapRight(ana.page, 1);
  await status.filter({ hasText: "Sem conexão" }).waitFor(AT_ONCE);
  await expect(ana.page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  // Back online, the student opens the game again: the phone still holds the answer and sends it.
  await ana.context.setOffline(false);
  await ana.page.goto(`${env.server.url}/play/${game.pin}`);
  await answersOnProjector(host, 1);
  await ana.page.getByTestId("player-locked").waitFor();
  await host.getByTestId("host-end-question").click();
  await ana.page.locator('[data-testid="player-feedback"][data-verdict="right"]').waitFor();
});

test("an answer that reaches the server after the question closed says the time ran out; a finished game never shows the teacher reconnecting", async () => {
  const game = await startGame();
  const { host, ana, bia } = game;

  await goOffline(ana);
  await tapRight(ana.page, 0);
  await ana.page.getByTestId("answer-status").filter({ hasText: "Sem conexão" }).waitFor(AT_ONCE);

  // The teacher ends the question while Ana is still offline.
  await host.getByTestId("host-end-question").click();
  await host.getByTestId("host-reveal").waitFor();
  await bia.page.getByTestId("player-feedback").waitFor();

  // Back online: the phone says plainly that the time ran out — not a server error, not a silent loss.
  await ana.context.setOffline(false);
  await ana.page.getByTestId("answer-late").filter({ hasText: "O tempo acabou antes de sua resposta chegar" }).waitFor();
  await ana.page.locator('[data-testid="player-feedback"][data-verdict="none"]').waitFor();
  await expect(ana.page.getByText("Algo deu errado").count()).resolves.toBe(0);
  await screenshot(ana.page, "phone-offline-answer-too-late");

  // The teacher ends the game, then opens the report: the projector page goes away.
  await host.getByRole("button", { name: "Encerrar jogo" }).click();
  await host.getByTestId("host-podium").waitFor();
  for (const p of [ana, bia]) await p.page.getByTestId("player-final").waitFor();
  await host.close();
  // A phone reloaded after the projector left rejoins the finished game: the podium, and no "teacher is reconnecting".
  await ana.page.reload();
  await ana.page.getByTestId("player-final").waitFor();
  await expect(ana.page.getByText(/reconectando/i).count()).resolves.toBe(0);
  await screenshot(ana.page, "phone-podium-after-host-left");

  // The phone alone must hold this, whatever the server says: Bia's phone at the podium is told the host
  // left (as an older server did). A later push that changes her name chip proves that one was handled.
  const you = bia.lastFrame('42["player:you"');
  expect(you).toContain('"nickname":"Bia"');
  bia.push('42["game:host",{"connected":false}]');
  bia.push(you!.replace('"nickname":"Bia"', '"nickname":"Bia (fim)"'));
  await bia.page.getByTestId("player-name").filter({ hasText: "Bia (fim)" }).waitFor();
  await bia.page.getByTestId("player-final").waitFor();
  await expect(bia.page.getByText(/reconectando/i).count()).resolves.toBe(0);
});
