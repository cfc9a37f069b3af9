import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import type { BankDraft } from "@lousa/protocol";
import { phone, screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { createBank } from "../helpers/e2e-game";

jest.setTimeout(240_000);
const env = serverAndBrowser();

const base = { type: "single", timeLimitSec: 60, pointsMode: "standard" } as const;
const DRAFT: BankDraft = {
  title: "Sistema Solar",
  description: "",
  language: "pt-BR",
  questions: [
    { ...base, prompt: "Qual é o maior planeta do Sistema Solar?", options: ["Terra", "Júpiter", "Marte", "Vênus"], correct: [1], explanation: "Júpiter tem mais de 300 vezes a massa da Terra." },
    { ...base, prompt: "Qual planeta é conhecido como o planeta vermelho?", options: ["Marte", "Saturno", "Mercúrio", "Netuno"], correct: [0], explanation: "" },
    { ...base, prompt: "Quantos planetas tem o Sistema Solar?", options: ["Sete", "Oito", "Nove", "Dez"], correct: [1], explanation: "" },
  ],
};

/** WCAG 2 A/AA rules that axe can check automatically; each violation is listed with its elements. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Every visible text on the projector screen (the whole main.projector, top bar included) whose computed
 * font size is below 24 px, described for the failure message. Visually hidden text (screen-reader only,
 * a box of 1 px or less) does not count: nobody in the room reads it.
 */
const SMALL_TEXT = `(() => {
  const root = document.querySelector("main.projector");
  if (!root) return ["no main.projector"];
  const small = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent || "").trim();
    const el = node.parentElement;
    if (!text || !el) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (box.width <= 1 || box.height <= 1 || style.visibility === "hidden" || style.display === "none") continue;
    const size = parseFloat(style.fontSize);
    if (size < 24) small.push(size + "px " + JSON.stringify(text.slice(0, 40)) + " in <" + el.tagName.toLowerCase() + " class=" + JSON.stringify(String(el.className)) + ">");
  }
  return small;
})()`;

async function smallText(page: Page): Promise<string[]> {
  const found: unknown = await page.evaluate(SMALL_TEXT);
  return Array.isArray(found) ? found.map(String) : ["evaluation failed"];
}

/** Records each screen the projector shows (kind and question), so the test can say which ones the game went through. */
const WATCH_SCREENS = `(() => {
  const seen = [];
  window.__screens = seen;
  const note = () => {
    const s = document.querySelector("main.projector > section");
    const id = s ? s.getAttribute("data-testid") + (s.getAttribute("data-index") ?? "") : "";
    if (id && seen[seen.length - 1] !== id) seen.push(id);
  };
  new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true });
  note();
})()`;

async function screens(page: Page): Promise<string[]> {
  const seen: unknown = await page.evaluate("window.__screens");
  return Array.isArray(seen) ? seen.map(String) : [];
}

/** Resolves when the screen's entrance animations have finished (the pacing bar, which runs the whole step, aside). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(`Promise.all(document.getAnimations().filter((a) => !(a.effect && a.effect.target && a.effect.target.classList.contains("pacing-meter"))).map((a) => a.finished))`);
}

async function answer(p: Page, option: number): Promise<void> {
  await p.getByTestId(`answer-${option}`).click();
  await p.locator(`[data-testid="player-locked"], [data-testid="player-feedback"]`).first().waitFor();
}

test("the projector: pacing set up, the game moves on by itself, pauses and resumes; big type, big QR, the PIN in view, mute remembered", async () => {
  const teacher = await signedInProjector(env.browser, env.server);
  const bankId = await createBank(teacher, env.server, DRAFT);
  const host = await teacher.newPage();

  // Novo jogo: the scoreboard every 2 questions, and moving on by itself after 3 s.
  await host.goto(`${env.server.url}/host?bank=${bankId}`);
  await host.getByTestId("pacing-setup").waitFor();
  await expect(host.getByTestId("leaderboard-every").isChecked()).resolves.toBe(true);
  await host.getByTestId("leaderboard-n").fill("2");
  await expect(host.getByTestId("leaderboard-everyN").isChecked()).resolves.toBe(true);
  await host.getByTestId("auto-advance").check();
  await expect(host.getByTestId("auto-reveal-sec").inputValue()).resolves.toBe("8");
  await host.getByTestId("auto-reveal-sec").fill("3");
  await host.getByTestId("auto-leaderboard-sec").fill("3");
  expect(await violations(host)).toEqual([]);
  await host.getByTestId("pacing-setup").scrollIntoViewIfNeeded();
  await screenshot(host, "projector-setup");
  await host.getByTestId("create-game").click();

  // Lobby: a QR code half the screen's height, the address in big type.
  await host.getByTestId("host-lobby").waitFor();
  const pin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");
  const qr = await host.getByTestId("qr").boundingBox();
  expect(qr?.height ?? 0).toBeGreaterThanOrEqual(1080 * 0.45);
  const urlSize: unknown = await host.evaluate('parseFloat(getComputedStyle(document.querySelector("[data-testid=join-url]")).fontSize)');
  expect(urlSize).toBeGreaterThanOrEqual(56);

  const phones = await Promise.all(
    ["Ana", "Bruno", "Carla"].map(async (name) => {
      const p = await (await phone(env.browser)).newPage();
      await p.goto(`${env.server.url}/?pin=${pin}`);
      await p.locator("#nickname").fill(name);
      await p.getByRole("button", { name: "Entrar" }).click();
      await p.getByTestId("player-lobby").waitFor();
      return p;
    }),
  );
  await host.getByTestId("player-count").filter({ hasText: "3 jogadores" }).waitFor();
  expect(await smallText(host)).toEqual([]);
  expect(await violations(host)).toEqual([]);
  await settled(host);
  await screenshot(host, "projector-lobby");
  // No sound control on a phone: sound is the projector's alone.
  await expect(phones[0]!.getByTestId("mute-toggle").count()).resolves.toBe(0);

  // Mute is remembered across a reload (and turned back on the same way).
  await expect(host.getByTestId("mute-toggle").getAttribute("aria-pressed")).resolves.toBe("false");
  await host.getByTestId("mute-toggle").click();
  await expect(host.getByTestId("mute-toggle").getAttribute("aria-pressed")).resolves.toBe("true");
  await host.reload();
  await host.getByTestId("host-lobby").waitFor();
  await expect(host.getByTestId("mute-toggle").getAttribute("aria-pressed")).resolves.toBe("true");
  await host.getByTestId("mute-toggle").click();
  await host.reload();
  await host.getByTestId("host-lobby").waitFor();
  await expect(host.getByTestId("mute-toggle").getAttribute("aria-pressed")).resolves.toBe("false");

  await host.evaluate(WATCH_SCREENS);
  await host.getByTestId("host-start").click();

  // Question 1: big type everywhere, the join address and PIN in the top bar for latecomers.
  await host.locator('[data-testid="host-question"][data-index="0"]').waitFor();
  const corner = await host.getByTestId("join-corner").innerText();
  expect(corner).toContain(`${pin.slice(0, 3)} ${pin.slice(3)}`);
  expect(corner).toContain(`127.0.0.1:${env.server.port}`);
  // The options reach down to the bottom of the screen (no empty bottom third).
  const lastOption = await host.locator(".option-tile").last().boundingBox();
  expect((lastOption?.y ?? 0) + (lastOption?.height ?? 0)).toBeGreaterThan(1080 * 0.9);
  expect(await smallText(host)).toEqual([]);
  expect(await violations(host)).toEqual([]);
  await screenshot(host, "projector-question");
  // An open question can't be paused (its clock runs anyway): no "Pausar", no "Pausado", and P does nothing.
  await expect(host.getByTestId("pacing-toggle").count()).resolves.toBe(0);
  await expect(host.getByTestId("pacing").count()).resolves.toBe(0);
  await host.keyboard.press("p");
  await expect(host.getByTestId("pacing-paused").count()).resolves.toBe(0);
  await answer(phones[0]!, 1);
  await answer(phones[1]!, 1);
  await answer(phones[2]!, 0);

  // Reveal: the count to the next step, the bars grow. The reveal lasts 3 s: seen first, then paused by
  // its button for the slower checks (size, axe, reduced motion), then continued with P.
  await host.getByTestId("host-reveal").waitFor();
  await host.getByTestId("pacing-next").filter({ hasText: /Próxima em \d+ s/ }).waitFor();
  await settled(host);
  await screenshot(host, "projector-reveal");
  await expect(host.evaluate('getComputedStyle(document.querySelector(".bar")).animationName')).resolves.toBe("bar-grow");
  await host.getByTestId("pacing-toggle").click();
  await host.getByTestId("pacing-paused").waitFor();
  await expect(host.getByTestId("host-reveal").isVisible()).resolves.toBe(true);
  await expect(host.getByTestId("join-corner").isVisible()).resolves.toBe(true);
  expect(await smallText(host)).toEqual([]);
  expect(await violations(host)).toEqual([]);
  await host.emulateMedia({ reducedMotion: "reduce" });
  await expect(host.evaluate('getComputedStyle(document.querySelector(".bar")).animationName')).resolves.toBe("none");
  await host.emulateMedia({ reducedMotion: "no-preference" });
  await host.evaluate("document.activeElement instanceof HTMLElement && document.activeElement.blur()");
  await host.keyboard.press("p");
  await host.getByTestId("pacing-next").waitFor();

  // Nobody touches anything more: after 3 s the game goes on, and straight to question 2 (the scoreboard is every 2).
  await host.locator('[data-testid="host-question"][data-index="1"]').waitFor({ timeout: 8_000 });
  await answer(phones[0]!, 0);
  await answer(phones[1]!, 1);
  await answer(phones[2]!, 0);
  await host.getByTestId("host-reveal").waitFor();
  // After question 2, the scoreboard, by itself.
  await host.getByTestId("host-leaderboard").waitFor({ timeout: 8_000 });
  await host.getByTestId("pacing-next").waitFor();
  expect(await smallText(host)).toEqual([]);

  // P pauses: the scoreboard stays well past its 3 s; the button continues.
  await host.keyboard.press("p");
  await host.getByTestId("pacing-paused").waitFor();
  await settled(host);
  await screenshot(host, "projector-leaderboard-paused");
  await expect(host.getByTestId("pacing-toggle").getAttribute("aria-pressed")).resolves.toBe("true");
  await expect(host.getByTestId("host-question").waitFor({ timeout: 5_000 })).rejects.toThrow();
  await expect(host.getByTestId("host-leaderboard").isVisible()).resolves.toBe(true);
  expect(await smallText(host)).toEqual([]);
  expect(await violations(host)).toEqual([]);
  await host.getByTestId("pacing-toggle").click();
  await host.getByTestId("pacing-next").waitFor();
  await host.locator('[data-testid="host-question"][data-index="2"]').waitFor({ timeout: 8_000 });

  // Space pauses too (and again resumes) on the last reveal; then the podium comes by itself.
  await answer(phones[0]!, 1);
  await answer(phones[1]!, 1);
  await answer(phones[2]!, 2);
  await host.getByTestId("host-reveal").waitFor();
  await host.getByTestId("pacing-next").waitFor();
  // Space is the shortcut wherever the focus is: on the mute button it pauses (the sound stays on), and on
  // "Encerrar jogo" it resumes, with no "end the game?" asked.
  const dialogs: string[] = [];
  host.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await host.getByTestId("mute-toggle").focus();
  await host.keyboard.press("Space");
  await host.getByTestId("pacing-paused").waitFor();
  await expect(host.getByTestId("mute-toggle").getAttribute("aria-pressed")).resolves.toBe("false");
  await host.getByTestId("host-end").focus();
  await host.keyboard.press("Space");
  await host.getByTestId("pacing-next").waitFor();
  expect(dialogs).toEqual([]);
  await host.getByTestId("host-podium").waitFor({ timeout: 8_000 });
  expect(await violations(host)).toEqual([]);

  // The game went: lobby, question, reveal, question, reveal, scoreboard, question, reveal, podium (no scoreboard after 1 or 3).
  expect(await screens(host)).toEqual(["host-lobby", "host-question0", "host-reveal0", "host-question1", "host-reveal1", "host-leaderboard", "host-question2", "host-reveal2", "host-podium"]);
});
