import type { Page } from "playwright-core";
import type { BankDraft } from "@lousa/protocol";
import { screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { createBank, hostWithPhones } from "../helpers/e2e-game";

jest.setTimeout(240_000);
const env = serverAndBrowser();

const base = { explanation: "", timeLimitSec: 60, pointsMode: "standard" } as const;
const DRAFT: BankDraft = {
  title: "Digitar a resposta",
  description: "",
  language: "pt-BR",
  questions: [
    // Accents count here: "Núcleo " (case and the trailing space never matter) is right, "kernell" is not.
    { ...base, type: "typeAnswer", prompt: "Como se chama a parte central do sistema operacional?", options: ["núcleo", "kernel"], correct: [], ignoreAccents: false, explanation: "O núcleo (kernel) gerencia processos, memória e dispositivos." },
    // Accents ignored: "nucleo" is accepted as "núcleo".
    { ...base, type: "typeAnswer", prompt: "Escreva núcleo em português, com ou sem acento", options: ["núcleo"], correct: [], ignoreAccents: true },
  ],
};

/** A phone at 360 px must never scroll sideways. */
async function fitsWidth(page: Page): Promise<void> {
  await expect(page.evaluate("document.documentElement.scrollWidth")).resolves.toBeLessThanOrEqual(360);
}

test("type answer: two phones type, accents and case handled, the projector shows the wrong answers", async () => {
  const teacher = await signedInProjector(env.browser, env.server);
  const bankId = await createBank(teacher, env.server, DRAFT);

  // The editor: accepted answers, the accents checkbox, the hint about case and spaces.
  const editor = await teacher.newPage();
  await editor.goto(`${env.server.url}/library/${bankId}`);
  await editor.getByTestId("bank-editor").waitFor();
  await expect(editor.getByTestId("q0-type").inputValue()).resolves.toBe("typeAnswer");
  await expect(editor.getByTestId("q0-option-1").inputValue()).resolves.toBe("kernel");
  await expect(editor.getByTestId("q0-ignore-accents").isChecked()).resolves.toBe(false);
  await expect(editor.getByTestId("q1-ignore-accents").isChecked()).resolves.toBe(true);
  await expect(editor.getByTestId("question-0").innerText()).resolves.toContain("Maiúsculas/minúsculas e espaços nas pontas não contam");
  await editor.getByTestId("q0-preview").click();
  await editor.getByTestId("q0-preview-panel").scrollIntoViewIfNeeded();
  await screenshot(editor, "type-answer-editor");
  await editor.setViewportSize({ width: 360, height: 640 });
  await editor.getByTestId("q0-ignore-accents").scrollIntoViewIfNeeded();
  await fitsWidth(editor);
  await screenshot(editor, "type-answer-editor-phone");
  await editor.close();

  const { host, phones: joined } = await hostWithPhones(teacher, env.browser, env.server, bankId, ["Ana", "Bruno"]);
  const [ana, bruno] = joined;
  if (!ana || !bruno) throw new Error("phones did not join");
  await host.getByTestId("player-count").filter({ hasText: "2 jogadores" }).waitFor();
  await host.getByTestId("host-start").click();

  const atQuestion = async (i: number) => {
    await host.locator(`[data-testid="host-question"][data-index="${i}"]`).waitFor();
    for (const p of [ana, bruno]) await p.locator(`[data-testid="player-question"][data-index="${i}"]`).waitFor();
  };
  const type = async (p: Page, text: string) => {
    const input = p.getByTestId("type-answer-input");
    await expect(input.getAttribute("autocapitalize")).resolves.toBe("none");
    await expect(input.getAttribute("spellcheck")).resolves.toBe("false");
    await expect(input.getAttribute("enterkeyhint")).resolves.toBe("send");
    await input.fill(text);
  };

  // 1. Accents count: "Núcleo " is right (case, end spaces), "kernell" is wrong.
  await atQuestion(0);
  await expect(host.getByTestId("type-answer-hint").innerText()).resolves.toContain("Digite a resposta no celular");
  await expect(host.locator(".option-tile").count()).resolves.toBe(0);
  await screenshot(host, "type-answer-host-question");
  await expect(ana.getByTestId("answer-submit").isDisabled()).resolves.toBe(true);
  await type(ana, "Núcleo ");
  await fitsWidth(ana);
  await screenshot(ana, "type-answer-phone-question");
  await ana.getByTestId("answer-submit").click();
  await expect(ana.getByTestId("locked-text").innerText()).resolves.toBe("Resposta enviada: Núcleo");
  await screenshot(ana, "type-answer-phone-sent");
  await type(bruno, "kernell");
  // The keyboard's send key sends too; the last answer in closes the question at once (no lock screen to wait for).
  await bruno.getByTestId("type-answer-input").press("Enter");

  await host.locator(`[data-testid="host-reveal"][data-type="typeAnswer"]`).waitFor();
  await expect(host.getByTestId("accepted-0").getAttribute("data-count")).resolves.toBe("1");
  await expect(host.getByTestId("accepted-1").getAttribute("data-count")).resolves.toBe("0");
  await expect(host.getByTestId("type-answer-reveal").textContent()).resolves.toContain("Respostas erradas mais comuns"); // shown in capitals by CSS
  // "kernell" was typed by one student only: the class never sees one student's text (the report does).
  await expect(host.getByTestId("wrong-typed").count()).resolves.toBe(0);
  await expect(host.getByTestId("type-answer-reveal").innerText()).resolves.not.toContain("kernell");
  await screenshot(host, "type-answer-host-reveal");
  await expect(ana.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe("right");
  await expect(bruno.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe("wrong");
  await expect(ana.getByTestId("player-feedback").innerText()).resolves.toMatch(/\+[1-9][\d.]* pontos/); // pt-BR writes 1000 as "1.000" (full points: answered within 0.5 s)
  for (const p of [ana, bruno]) {
    await expect(p.getByTestId("typed-right").innerText()).resolves.toBe("Resposta certa: núcleo");
    await fitsWidth(p);
  }
  await expect(bruno.getByTestId("typed-mine").innerText()).resolves.toContain("kernell");
  await screenshot(ana, "type-answer-phone-right");
  await screenshot(bruno, "type-answer-phone-wrong");
  await host.getByTestId("host-next").click();
  await host.getByTestId("host-leaderboard").waitFor();
  await host.getByTestId("host-next").click();

  // 2. Accents ignored: "nucleo" counts as "núcleo".
  await atQuestion(1);
  await type(ana, "nucleo");
  await ana.getByTestId("answer-submit").click();
  await type(bruno, "NÚCLEO");
  await bruno.getByTestId("answer-submit").click();
  await host.locator(`[data-testid="host-reveal"][data-type="typeAnswer"]`).waitFor();
  await expect(host.getByTestId("accepted-0").getAttribute("data-count")).resolves.toBe("2");
  await expect(host.getByTestId("type-answer-reveal").innerText()).resolves.toContain("Nenhuma resposta errada se repetiu");
  for (const p of [ana, bruno]) await expect(p.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe("right");
  await host.getByTestId("host-next").click();
  await host.getByTestId("host-leaderboard").waitFor();
  await host.getByTestId("host-next").click();

  await host.getByTestId("host-podium").waitFor();
  await host.getByTestId("open-report").click();
  await host.getByTestId("questions-table").waitFor();
  const row = host.getByTestId("report-q0");
  await expect(row.innerText()).resolves.toContain("Digitar a resposta");
  await expect(row.getByTestId("report-accepted").innerText()).resolves.toContain("núcleo (1)");
  await expect(row.getByTestId("report-wrong-typed").innerText()).resolves.toContain("kernell (1)");
  await expect(row.getByTestId("report-typed-distractor").innerText()).resolves.toBe("“kernell” (1)");
  await host.setViewportSize({ width: 1440, height: 1000 });
  await host.getByTestId("questions-table").scrollIntoViewIfNeeded();
  await screenshot(host, "type-answer-report");
});
