import type { Page } from "playwright-core";
import type { BankDraft } from "@lousa/protocol";
import { screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { hostWithPhones } from "../helpers/e2e-game";

jest.setTimeout(240_000);
const env = serverAndBrowser();

const BOOT = ["Firmware (BIOS/UEFI)", "Carregador de boot (GRUB)", "Kernel Linux", "init (systemd)"];
const base = { explanation: "", timeLimitSec: 60, pointsMode: "standard" } as const;
const DRAFT: BankDraft = {
  title: "Tipos de questão",
  description: "",
  language: "pt-BR",
  questions: [
    { ...base, type: "poll", prompt: "Qual sistema você mais usa em casa?", options: ["Linux", "Windows", "macOS"], correct: [] },
    { ...base, type: "ordering", prompt: "Coloque as etapas do boot na ordem", options: BOOT, correct: [0, 1, 2, 3], explanation: "O firmware acha o carregador, que carrega o kernel, que inicia o init." },
    { ...base, type: "single", prompt: "Qual comando lista os arquivos de um diretório?", options: ["ls", "cd", "rm", "pwd"], correct: [0], explanation: "ls lista; cd muda de diretório." },
  ],
};

/** A phone at 360 px must never scroll sideways: whatever overflows is cut off for the student. */
async function fitsWidth(page: Page): Promise<void> {
  await expect(page.evaluate("document.documentElement.scrollWidth")).resolves.toBeLessThanOrEqual(360);
}

async function score(page: Page): Promise<number> {
  return Number((await page.getByTestId("player-score").innerText()).replace(/\D/g, ""));
}

test("a poll, an ordering and a single-choice question, played by two phones to the podium", async () => {
  const teacher = await signedInProjector(env.browser, env.server);
  const created = await teacher.request.post(`${env.server.url}/api/banks`, { headers: { origin: env.server.url }, data: DRAFT });
  expect(created.status()).toBe(201);
  const body: unknown = await created.json();
  const bank = { id: typeof body === "object" && body !== null && "id" in body && typeof body.id === "string" ? body.id : "" };
  expect(bank.id).not.toBe("");

  // The editor: a poll has no right-answer control and its points are off; ordering items move with the arrows.
  const editor = await teacher.newPage();
  await editor.goto(`${env.server.url}/library/${bank.id}`);
  await editor.getByTestId("bank-editor").waitFor();
  await expect(editor.getByTestId("q0-type").inputValue()).resolves.toBe("poll");
  await expect(editor.getByTestId("q0-correct-0").count()).resolves.toBe(0);
  await expect(editor.getByTestId("q0-points").isDisabled()).resolves.toBe(true);
  await expect(editor.getByTestId("q0-points-note").innerText()).resolves.toBe("Enquetes não valem pontos.");
  await expect(editor.getByTestId("question-1").innerText()).resolves.toContain("os jogadores os verão embaralhados");
  await editor.getByTestId("q1-item-down-0").click();
  await expect(editor.getByTestId("q1-option-1").inputValue()).resolves.toBe(BOOT[0]);
  await editor.getByTestId("q1-option-1").press("Alt+ArrowUp");
  await expect(editor.getByTestId("q1-option-0").inputValue()).resolves.toBe(BOOT[0]);
  await expect(editor.evaluate("document.activeElement && document.activeElement.id")).resolves.toBe("editor-q1-option-0");
  // Turning the ordering question into true/false throws its four items away: the toast offers "Desfazer",
  // which brings the question back as it was.
  await editor.getByTestId("q1-type").selectOption("truefalse");
  await expect(editor.getByTestId("toast").innerText()).resolves.toContain("Questão 2: o novo tipo descartou 4 opções.");
  await editor.getByTestId("toast-undo").click();
  await expect(editor.getByTestId("q1-type").inputValue()).resolves.toBe("ordering");
  await expect(Promise.all(BOOT.map((_, i) => editor.getByTestId(`q1-option-${i}`).inputValue()))).resolves.toEqual(BOOT);
  await editor.getByTestId("q0-preview").click();
  await editor.getByTestId("q1-preview").click();
  await editor.getByTestId("q1-preview-panel").scrollIntoViewIfNeeded();
  await screenshot(editor, "kinds-editor");
  // The editor works on a phone too: the item rows (text, ↑, ↓, ×) fit in 360 px.
  await editor.setViewportSize({ width: 360, height: 640 });
  await editor.getByTestId("q1-option-0").scrollIntoViewIfNeeded();
  await fitsWidth(editor);
  await screenshot(editor, "kinds-editor-phone");
  await editor.close();

  const { host, phones: joined } = await hostWithPhones(teacher, env.browser, env.server, bank.id, ["Ana", "Bruno"]);
  const [ana, bruno] = joined;
  if (!ana || !bruno) throw new Error("phones did not join");
  const phones = [ana, bruno];
  await host.getByTestId("player-count").filter({ hasText: "2 jogadores" }).waitFor();
  await host.getByTestId("host-start").click();

  const atQuestion = async (i: number) => {
    await host.locator(`[data-testid="host-question"][data-index="${i}"]`).waitFor();
    for (const p of phones) await p.locator(`[data-testid="player-question"][data-index="${i}"]`).waitFor();
  };
  const toNextQuestion = async () => {
    await host.getByTestId("host-next").click();
    await host.getByTestId("host-leaderboard").waitFor();
    await host.getByTestId("host-next").click();
  };

  // 1. Poll: one tap, "Voto registrado", then the class's vote with no verdict and no points.
  await atQuestion(0);
  await expect(host.getByTestId("kind-badge").innerText()).resolves.toBe("Enquete");
  await screenshot(host, "kinds-poll-host-question");
  await screenshot(ana, "kinds-poll-phone-question");
  await fitsWidth(ana);
  await ana.getByTestId("answer-0").click();
  await expect(ana.getByTestId("player-locked").innerText()).resolves.toContain("Voto registrado");
  await bruno.getByTestId("answer-1").click();
  await host.locator(`[data-testid="host-reveal"][data-type="poll"]`).waitFor();
  await expect(host.getByTestId("bar-0").getAttribute("data-count")).resolves.toBe("1");
  await expect(host.getByTestId("bar-1").getAttribute("data-count")).resolves.toBe("1");
  await expect(host.getByTestId("bar-2").getAttribute("data-count")).resolves.toBe("0");
  await expect(host.locator(".tick").count()).resolves.toBe(0);
  await expect(host.getByTestId("kind-badge").innerText()).resolves.toBe("Enquete: não vale pontos");
  for (const p of phones) {
    const feedback = p.getByTestId("player-feedback");
    await expect(feedback.getAttribute("data-verdict")).resolves.toBe("poll");
    await expect(feedback.innerText()).resolves.toContain("Enquete: não vale pontos");
    await expect(feedback.innerText()).resolves.not.toMatch(/Correto|Não foi dessa vez/);
    await expect(p.getByTestId("vote-0").getAttribute("data-count")).resolves.toBe("1");
    await expect(score(p)).resolves.toBe(0);
    await fitsWidth(p);
  }
  await expect(ana.getByTestId("vote-0").innerText()).resolves.toContain("seu voto");
  await screenshot(host, "kinds-poll-host-reveal");
  await screenshot(ana, "kinds-poll-phone-reveal");
  await toNextQuestion();

  // 2. Ordering: the phones see the items shuffled; Ana builds the right order (after trying the
  // take-back and "Limpar"), Bruno sends it with its first two items swapped.
  await atQuestion(1);
  await expect(host.getByTestId("kind-badge").innerText()).resolves.toBe("Coloque em ordem");
  const shown = await Promise.all(BOOT.map((_, i) => ana.getByTestId(`item-${i}`).locator(".answer-text").innerText()));
  expect([...shown].sort()).toEqual([...BOOT].sort());
  const right = BOOT.map((text) => shown.indexOf(text));
  const swapped = [right[1]!, right[0]!, ...right.slice(2)];
  // Each tap moves its button to the other list: focus goes on to the next unplaced item (not to the
  // page), and a polite line says where the item went.
  const focused = () => ana.evaluate<string | null>(`document.activeElement?.getAttribute("data-testid") ?? null`);
  const nextAfter = (item: number, placedSoFar: readonly number[]) => {
    const left = BOOT.map((_, i) => i).filter((i) => !placedSoFar.includes(i));
    return left.find((i) => i > item) ?? left[0];
  };
  await ana.getByTestId(`item-${right[0]}`).click();
  await expect(focused()).resolves.toBe(`item-${nextAfter(right[0]!, [right[0]!])}`);
  await expect(ana.getByTestId("ordering-announce").innerText()).resolves.toMatch(/^[A-D] em 1º de 4$/);
  await ana.getByTestId(`item-${right[1]}`).click();
  await expect(ana.getByTestId("ordering-announce").innerText()).resolves.toMatch(/^[A-D] em 2º de 4$/);
  await expect(ana.getByTestId("answer-submit").isDisabled()).resolves.toBe(true);
  await screenshot(ana, "kinds-ordering-phone-question");
  await fitsWidth(ana);
  await ana.getByTestId("placed-0").click(); // takes the first one back: the second moves up
  await expect(ana.getByTestId("placed-0").getAttribute("data-item")).resolves.toBe(String(right[1]));
  await expect(focused()).resolves.toBe("placed-0"); // the same slot, now holding the item that moved up
  await ana.getByTestId("ordering-clear").click();
  await expect(ana.getByTestId("placed-0").count()).resolves.toBe(0);
  for (const item of right) await ana.getByTestId(`item-${item}`).click();
  await expect(ana.getByTestId("answer-submit").innerText()).resolves.toBe("Enviar");
  await expect(focused()).resolves.toBe("answer-submit"); // all placed: focus is on "Enviar"
  await screenshot(ana, "kinds-ordering-phone-ready");
  await ana.getByTestId("answer-submit").click();
  await ana.getByTestId("player-locked").waitFor();
  await screenshot(host, "kinds-ordering-host-question");
  for (const item of swapped) await bruno.getByTestId(`item-${item}`).click();
  await bruno.getByTestId("answer-submit").click();

  await host.locator(`[data-testid="host-reveal"][data-type="ordering"]`).waitFor();
  for (let k = 0; k < BOOT.length; k++) {
    const row = host.getByTestId(`order-${k}`);
    await expect(row.getAttribute("data-item")).resolves.toBe(String(right[k]));
    await expect(row.innerText()).resolves.toContain(BOOT[k]);
    // Ana put every item in place; Bruno all but the first two.
    await expect(row.getAttribute("data-count")).resolves.toBe(String(k < 2 ? 1 : 2));
  }
  await expect(ana.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe("right");
  await expect(bruno.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe("wrong");
  await expect(ana.getByTestId("player-feedback").innerText()).resolves.toMatch(/\+[1-9][\d.]* pontos/); // pt-BR writes 1000 as "1.000" (full points: answered within 0.5 s)
  for (const p of phones) {
    const order = p.getByTestId("right-order").locator("li");
    await expect(order.allInnerTexts()).resolves.toEqual(BOOT.map((text) => expect.stringContaining(text)));
    await fitsWidth(p);
  }
  await expect(ana.getByTestId("right-order").locator('li[data-in-place="true"]').count()).resolves.toBe(4);
  const anaAfterOrdering = await score(ana);
  expect(anaAfterOrdering).toBeGreaterThan(0);
  await expect(score(bruno)).resolves.toBe(0);
  await screenshot(host, "kinds-ordering-host-reveal");
  await screenshot(ana, "kinds-ordering-phone-right");
  await screenshot(bruno, "kinds-ordering-phone-wrong");
  await toNextQuestion();

  // 3. Single choice, as before: both right, so the poll is the only thing that could have told them apart.
  await atQuestion(2);
  await ana.getByTestId("answer-0").click();
  await bruno.getByTestId("answer-0").click();
  await host.getByTestId("host-reveal").waitFor();
  for (const p of phones) await expect(p.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe("right");
  await toNextQuestion();

  await host.getByTestId("host-podium").waitFor();
  for (const p of phones) await p.getByTestId("player-final").waitFor();
  await expect(host.getByTestId("podium-1").innerText()).resolves.toContain("Ana");

  // The report: the poll is a vote, not graded; ordering shows its right order; correct answers are out of 2.
  await host.getByTestId("open-report").click();
  await host.getByTestId("questions-table").waitFor();
  const pollRow = host.getByTestId("report-q0");
  await expect(pollRow.getAttribute("data-graded")).resolves.toBe("false");
  await expect(pollRow.innerText()).resolves.toContain("Enquete");
  await expect(pollRow.innerText()).resolves.not.toContain("%");
  await expect(host.getByTestId("report-q1").getByTestId("report-order").innerText()).resolves.toContain(BOOT[0]);
  await expect(host.getByTestId("players-table").innerText()).resolves.toContain("2/2");
  await host.setViewportSize({ width: 1440, height: 1000 });
  await host.getByTestId("questions-table").scrollIntoViewIfNeeded();
  await screenshot(host, "kinds-report");
});
