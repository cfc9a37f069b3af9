import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import type { BankDraft } from "@lousa/protocol";
import { screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { createBank, hostWithPhones } from "../helpers/e2e-game";

jest.setTimeout(240_000);
const env = serverAndBrowser();

// Every question doubles its points, so six right answers make a five-digit score for the header check.
const base = { timeLimitSec: 60, pointsMode: "double", explanation: "" } as const;
const tf = (prompt: string) => ({ ...base, type: "truefalse" as const, prompt, options: ["Verdadeiro", "Falso"], correct: [0] });
const DRAFT: BankDraft = {
  title: "Linux no celular",
  description: "",
  language: "pt-BR",
  questions: [
    { ...base, type: "single", prompt: "Qual comando lista os arquivos de um diretório?", options: ["ls", "cd", "rm", "pwd"], correct: [0], explanation: "`ls` lista o conteúdo; `cd` muda de diretório e `pwd` mostra onde você está." },
    { ...base, type: "multiple", prompt: "Quais são sistemas de arquivos?", options: ["ext4", "NTFS", "HTTP", "Btrfs"], correct: [0, 1, 3], explanation: "HTTP é um protocolo de rede, não um sistema de arquivos." },
    tf("O kernel Linux foi criado em 1991."),
    tf("`/home` guarda as pastas dos usuários."),
    tf("`sudo` roda um comando como administrador."),
    tf("`grep` procura texto em arquivos."),
  ],
};
const LONG_NAME = "Maria Eduarda Santos"; // 20 characters: the rule's maximum

/** WCAG 2 A/AA rules that axe can check automatically; each violation is listed with its elements. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A phone at 360 px must never scroll sideways. */
async function fitsWidth(page: Page): Promise<void> {
  await expect(page.evaluate("document.documentElement.scrollWidth")).resolves.toBeLessThanOrEqual(360);
}

/** The system font at 200% (what a student with large text sees): still no sideways scroll; a screenshot to look at. */
async function atDoubleFont(page: Page, name: string): Promise<void> {
  await page.evaluate(`document.documentElement.style.fontSize = "200%"`);
  await screenshot(page, name);
  // Too wide: name what sticks out, so the failure says where to look.
  if (Number(await page.evaluate("document.documentElement.scrollWidth")) > 360) {
    const wide = await page.evaluate(`[...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > 361).slice(0, 5).map((e) => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right))`);
    expect(wide).toEqual([]);
  }
  await page.evaluate(`document.documentElement.style.fontSize = ""`);
}

/** The element is on screen, whole, at 360×640 (the verdict must never be scrolled away). */
async function inView(page: Page, testId: string): Promise<void> {
  const box = await page.getByTestId(testId).boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(640);
}

test("a phone at 360×640: what it sent and who answered, the reveal with the answer and a motivator, the end with a review", async () => {
  const teacher = await signedInProjector(env.browser, env.server);
  const bankId = await createBank(teacher, env.server, DRAFT);
  const { host, phones } = await hostWithPhones(teacher, env.browser, env.server, bankId, ["Ana", "Bruno", LONG_NAME]);
  const [ana, bruno, maria] = phones;
  if (!ana || !bruno || !maria) throw new Error("phones did not join");
  await expect(ana.locator("#nickname").count()).resolves.toBe(0);
  const joinPage = await ana.context().newPage();
  await joinPage.goto(env.server.url);
  await expect(joinPage.locator("#nickname").getAttribute("maxlength")).resolves.toBe("20");
  await joinPage.close();

  await host.getByTestId("player-count").filter({ hasText: "3 jogadores" }).waitFor();
  await host.getByTestId("host-start").click();
  const atQuestion = async (i: number) => {
    for (const p of phones) await p.locator(`[data-testid="player-question"][data-index="${i}"]`).waitFor();
  };
  const toNext = async () => {
    await host.getByTestId("host-next").click();
    await host.getByTestId("host-leaderboard").waitFor();
    await host.getByTestId("host-next").click();
  };

  // 1. Waiting: the option Ana tapped, as its button looked, and how many have answered, live.
  await atQuestion(0);
  await ana.getByTestId("answer-0").click();
  await ana.getByTestId("player-locked").waitFor();
  await expect(ana.locator(`[data-testid="sent-options"] li`).getAttribute("data-option")).resolves.toBe("0");
  await expect(ana.getByTestId("sent-options").innerText()).resolves.toContain("ls");
  await ana.getByTestId("answered-count").filter({ hasText: /^1 de 3 já respondeu$/ }).waitFor();
  // A screen reader hears the count only at milestones: nothing for 1 of 3, then "all but one or two".
  await expect(ana.getByTestId("answered-count-said").innerText()).resolves.toBe("");
  await bruno.getByTestId("answer-1").click();
  await ana.getByTestId("answered-count").filter({ hasText: "2 de 3 já responderam" }).waitFor();
  await ana.getByTestId("answered-count-said").filter({ hasText: "2 de 3 já responderam" }).waitFor();
  await fitsWidth(ana);
  await screenshot(ana, "phone-feel-waiting");
  expect(await violations(ana)).toEqual([]);
  await atDoubleFont(ana, "phone-feel-waiting-200");

  // 2. The reveal: verdict, this round's points, the right option and the explanation, and the motivator.
  await maria.getByTestId("answer-0").click();
  for (const p of phones) await p.getByTestId("player-feedback").waitFor();
  await expect(ana.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe("right");
  await expect(ana.getByTestId("round-points").innerText()).resolves.toMatch(/^\+\d\.\d{3} pontos$/);
  await expect(ana.locator(`[data-testid="right-options"] li`).getAttribute("data-option")).resolves.toBe("0");
  await expect(ana.getByTestId("reveal-explanation").innerText()).resolves.toContain("muda de diretório");
  await expect(ana.getByTestId("motivator").innerText()).resolves.toBe("Você está em 1º!");
  await expect(bruno.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe("wrong");
  await expect(bruno.getByTestId("motivator").innerText()).resolves.toMatch(/^Faltam \d\.\d{3} pontos para o 2º lugar$/);
  await expect(bruno.locator(`[data-testid="mine-options"] li`).getAttribute("data-option")).resolves.toBe("1");
  await screenshot(ana, "phone-feel-reveal-right");
  await screenshot(bruno, "phone-feel-reveal-wrong");
  for (const p of [ana, bruno]) {
    await inView(p, "verdict");
    await inView(p, "motivator");
    await fitsWidth(p);
    expect(await violations(p)).toEqual([]);
  }
  await atDoubleFont(bruno, "phone-feel-reveal-200");
  await toNext();

  // 3. Multiple select says, above the buttons, that only all of them count.
  await atQuestion(1);
  await expect(ana.getByTestId("multiple-hint").innerText()).resolves.toBe("Marque todas as corretas — só vale se acertar todas");
  await inView(ana, "multiple-hint");
  await fitsWidth(ana);
  await screenshot(ana, "phone-feel-multiple");
  expect(await violations(ana)).toEqual([]);
  for (const p of [ana, maria]) {
    for (const i of [0, 1, 3]) await p.getByTestId(`answer-${i}`).click();
    await p.getByTestId("answer-submit").click();
  }
  await ana.getByTestId("player-locked").waitFor();
  const sent = ana.locator(`[data-testid="sent-options"] li`);
  await expect(Promise.all([0, 1, 2].map((k) => sent.nth(k).getAttribute("data-option")))).resolves.toEqual(["0", "1", "3"]);
  await bruno.getByTestId("answer-0").click();
  await bruno.getByTestId("answer-submit").click();
  await bruno.getByTestId("player-feedback").waitFor();
  await expect(ana.locator(`[data-testid="right-options"] li`).count()).resolves.toBe(3);
  await toNext();

  // 4. True/false to the end; before the teacher ends the game the review is not open yet.
  for (let i = 2; i < DRAFT.questions.length; i++) {
    await atQuestion(i);
    for (const p of phones) await p.getByTestId("answer-0").click();
    for (const p of phones) await p.getByTestId("player-feedback").waitFor();
    if (i < DRAFT.questions.length - 1) await toNext();
  }
  const early = await ana.context().newPage();
  await early.goto(`${env.server.url}/play/${await pinOf(ana)}/review`);
  await expect(early.getByTestId("review-problem").getAttribute("data-code")).resolves.toBe("GAME_NOT_OVER");
  await expect(early.getByTestId("review-problem").innerText()).resolves.toContain("A revisão abre quando o professor encerrar o jogo");
  expect(await violations(early)).toEqual([]);
  await toNext();

  // 5. The end: place of N, "acertou X de Y", a celebration for the podium (none under reduced motion).
  await host.getByTestId("host-podium").waitFor();
  for (const p of phones) await p.getByTestId("player-final").waitFor();
  await expect(ana.getByTestId("final-correct").innerText()).resolves.toBe("Você acertou 6 de 6");
  await expect(bruno.getByTestId("final-correct").innerText()).resolves.toBe("Você acertou 4 de 6");
  await expect(ana.getByTestId("final-place").innerText()).resolves.toMatch(/^[12]º lugar de 3$/);
  await ana.getByTestId("celebration").waitFor();
  await expect(ana.getByTestId("confetti").isVisible()).resolves.toBe(true);
  await ana.waitForTimeout(600); // the confetti mid-fall, for the screenshot
  await screenshot(ana, "phone-feel-final");
  expect(await violations(ana)).toEqual([]);
  await atDoubleFont(ana, "phone-feel-final-200");
  await bruno.emulateMedia({ reducedMotion: "reduce" });
  await expect(bruno.getByTestId("confetti").isVisible()).resolves.toBe(false);

  // 6. The header: a 20-character nickname and a five-digit score, the score whole and the logo on one line.
  const chip = maria.getByTestId("player-chip-score");
  await expect(chip.innerText()).resolves.toMatch(/^\d{2}\.\d{3}/);
  await expect(maria.evaluate(`(() => { const e = document.querySelector('[data-testid="player-chip-score"]'); return e !== null && e.scrollWidth <= e.clientWidth; })()`)).resolves.toBe(true);
  const chipBox = await chip.boundingBox();
  const langBox = await maria.getByTestId("lang-switch").boundingBox();
  expect(chipBox!.x + chipBox!.width).toBeLessThanOrEqual(langBox!.x);
  const brandBox = await maria.locator(".brand").boundingBox();
  expect(brandBox!.height).toBeLessThan(40); // one line of 1.15rem text
  await fitsWidth(maria);
  await screenshot(maria, "phone-feel-header");
  expect(await violations(maria)).toEqual([]);

  // 7. The review, from the end screen: every question with the right answer, the explanation and theirs.
  await bruno.getByTestId("review-link").click();
  await bruno.getByTestId("review-list").waitFor();
  await expect(bruno.getByTestId("review-summary").innerText()).resolves.toContain("Você acertou 4 de 6 · 3º lugar de 3");
  const first = bruno.getByTestId("review-q0");
  await expect(first.getAttribute("data-verdict")).resolves.toBe("wrong");
  await expect(first.getByTestId("review-right").locator("li").getAttribute("data-option")).resolves.toBe("0");
  await expect(first.getByTestId("review-mine").locator("li").getAttribute("data-option")).resolves.toBe("1");
  await expect(first.getByTestId("review-explanation").innerText()).resolves.toContain("muda de diretório");
  await expect(bruno.getByTestId("review-q2").getAttribute("data-verdict")).resolves.toBe("right");
  await expect(bruno.getByTestId("review-q2").getByTestId("review-verdict").innerText()).resolves.toMatch(/Acertou · \+\d\.\d{3} pontos/);
  await fitsWidth(bruno);
  await screenshot(bruno, "phone-feel-review");
  expect(await violations(bruno)).toEqual([]);
  await atDoubleFont(bruno, "phone-feel-review-200");

});

/** The game's PIN, from the phone's address (/play/123456). */
async function pinOf(page: Page): Promise<string> {
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}
