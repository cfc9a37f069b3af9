import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import type { BankDraft } from "@lousa/protocol";
import { screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { createBank, hostWithPhones } from "../helpers/e2e-game";

jest.setTimeout(180_000);
const env = serverAndBrowser();

const BANK: BankDraft = {
  title: "Frações rápidas",
  description: "",
  language: "pt-BR",
  questions: [
    { type: "single", prompt: "Quanto é 1/2 + 1/4?", options: ["3/4", "2/6", "1/8"], correct: [0], explanation: "1/2 = 2/4; 2/4 + 1/4 = 3/4.", timeLimitSec: 30, pointsMode: "standard" },
    { type: "single", prompt: "Qual fração é maior?", options: ["2/3", "3/5"], correct: [0], explanation: "2/3 ≈ 0,67 e 3/5 = 0,6.", timeLimitSec: 30, pointsMode: "standard" },
  ],
};

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a small class's report: no flags and why; gradebook buttons explained, identifiers added in the report, Moodle's CSV has them", async () => {
  const context = await signedInProjector(env.browser, env.server);
  const bankId = await createBank(context, env.server, BANK);
  const { host, phones } = await hostWithPhones(context, env.browser, env.server, bankId, ["Ana", "Bruno", "Carla"]);
  await host.getByTestId("host-start").click();

  // Two questions played by three phones (nobody was asked for an identifier), then the teacher ends the game.
  for (let i = 0; i < BANK.questions.length; i++) {
    await host.locator(`[data-testid="host-question"][data-index="${i}"]`).waitFor();
    for (const [k, p] of phones.entries()) {
      await p.locator(`[data-testid="player-question"][data-index="${i}"]`).waitFor();
      await p.getByTestId(`answer-${k === 2 ? 1 : 0}`).click();
    }
    await host.getByTestId("host-reveal").waitFor();
    await host.getByTestId("host-next").click();
    await host.getByTestId("host-leaderboard").waitFor();
    if (i < BANK.questions.length - 1) await host.getByTestId("host-next").click();
  }
  host.once("dialog", (d) => void d.accept()); // "End the game now?"
  await host.getByRole("button", { name: "Encerrar jogo" }).click();
  await host.getByTestId("host-podium").waitFor();

  // The owner opens the report from their history on another device: the session, no host key in this browser.
  const teacher = await (await signedInProjector(env.browser, env.server)).newPage();
  await teacher.setViewportSize({ width: 1440, height: 1000 });
  const gameId = new URL(await host.getByTestId("open-report").getAttribute("href") ?? "", env.server.url).pathname.split("/").pop() ?? "";
  await teacher.goto(`${env.server.url}/host/report/${gameId}`);
  await teacher.getByTestId("players-table").waitFor();

  // Three students: the figures, and a sentence saying why no question is flagged.
  await expect(teacher.getByTestId("report-too-few").innerText()).resolves.toContain("Turma pequena demais para julgar as questões (menos de 10 alunos)");
  expect(await teacher.locator(".flag").count()).toBe(0);
  await expect(teacher.getByTestId("questions-table").innerText()).resolves.toContain("67%"); // 2 of 3 right: the figures stay
  await expect(teacher.getByTestId("stat-flagged").innerText()).resolves.toContain("turma pequena demais");

  // The gradebook buttons are off, and the page says why and what to do, tied to the buttons.
  const moodle = teacher.getByTestId("download-moodle");
  await expect(moodle.isDisabled()).resolves.toBe(true);
  await expect(teacher.getByTestId("download-classroom").isDisabled()).resolves.toBe(true);
  const why = teacher.getByTestId("gradebook-why");
  await expect(why.innerText()).resolves.toContain("Nenhum aluno tem identificação (matrícula ou e-mail)");
  await expect(why.innerText()).resolves.toContain("Pedir uma identificação aos alunos");
  const describedBy = (await moodle.getAttribute("aria-describedby")) ?? "";
  await expect(teacher.locator(`[id="${describedBy}"]`).innerText()).resolves.toContain("Nenhum aluno tem identificação");
  expect(await violations(teacher)).toEqual([]);
  await screenshot(teacher, "report-too-few");

  // "Add identifiers" opens the players' identifier fields, focus on the first; keyboard only from here.
  await teacher.getByTestId("gradebook-add-ids").click();
  await teacher.getByTestId("ids-form").waitFor();
  await expect(teacher.evaluate('document.activeElement?.getAttribute("aria-label")')).resolves.toMatch(/^Identificação de /);
  const field = (name: string) => teacher.getByRole("textbox", { name: `Identificação de ${name}` });
  await field("Ana").fill("2026-001");
  await field("Bruno").fill("bruno@escola.br");
  await field("Carla").fill("x".repeat(65));
  await field("Carla").press("Enter");
  await teacher.getByTestId("ids-summary").filter({ hasText: "1 identificação não foi salva: veja o campo marcado." }).waitFor();
  await teacher.getByTestId("id-status-Ana").filter({ hasText: "✓ Salva" }).waitFor();
  await teacher.getByTestId("id-status-Bruno").filter({ hasText: "✓ Salva" }).waitFor();
  await expect(teacher.getByTestId("id-status-Carla").innerText()).resolves.toBe("Até 64 caracteres: esta tem 65.");
  await expect(field("Carla").getAttribute("aria-invalid")).resolves.toBe("true");
  await expect(teacher.evaluate('document.activeElement?.getAttribute("aria-label")')).resolves.toBe("Identificação de Carla");
  expect(await violations(teacher)).toEqual([]);
  await teacher.getByTestId("players-section").scrollIntoViewIfNeeded();
  await screenshot(teacher, "report-identifiers-error");

  // An invisible character pasted from a spreadsheet is refused too, with its own reason.
  await field("Carla").fill("2026\u200B003");
  await field("Carla").press("Enter");
  await teacher.getByTestId("id-status-Carla").filter({ hasText: "caractere invisível" }).waitFor();
  await field("Carla").fill("");

  // Two students have identifiers now: the gradebook buttons work, and Moodle's file lists them.
  await expect(moodle.isEnabled()).resolves.toBe(true);
  await expect(teacher.getByTestId("gradebook-why").count()).resolves.toBe(0);
  await teacher.getByTestId("ids-toggle").press("Enter"); // close, by keyboard
  await expect(teacher.evaluate('document.activeElement?.getAttribute("data-testid")')).resolves.toBe("ids-toggle");
  await expect(teacher.getByTestId("players-table").innerText()).resolves.toContain("bruno@escola.br");
  const [download] = await Promise.all([teacher.waitForEvent("download"), moodle.click()]);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv).toContain("2026-001");
  expect(csv).toContain("bruno@escola.br");
  expect(await violations(teacher)).toEqual([]);
  await teacher.getByTestId("players-section").scrollIntoViewIfNeeded();
  await screenshot(teacher, "report-identifiers-saved");

  // The browser that hosted the game asks with its host key: a correction saves the same way.
  await host.getByTestId("open-report").click();
  await host.getByTestId("ids-toggle").click();
  await host.getByRole("textbox", { name: "Identificação de Bruno" }).fill("2026-002");
  await host.getByTestId("ids-save").click();
  await host.getByTestId("ids-summary").filter({ hasText: "1 identificação salva." }).waitFor();
  const report = await context.request.get(`${env.server.url}/api/games/${gameId}/report`);
  const players = ((await report.json()) as { players: { nickname: string; identifier: string | null }[] }).players;
  expect(Object.fromEntries(players.map((p) => [p.nickname, p.identifier]))).toEqual({ Ana: "2026-001", Bruno: "2026-002", Carla: null });
});
