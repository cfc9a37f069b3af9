import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { LibraryBankDetail, QuestionDraft } from "@lousa/protocol";
import { phone, projector, screenshot, E2E_TEACHER } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { REPO_ROOT } from "../helpers/paths";

jest.setTimeout(240_000);
const env = serverAndBrowser();

/** A real Moodle question-bank export (GIFT with HTML, entities, escapes, a category, an essay Lousa can't play). */
const MOODLE_GIFT = readFileSync(path.join(REPO_ROOT, "packages/formats/fixtures/gift/moodle-export.gift"));

/** Answers the open question on a phone, right or deliberately wrong, from the bank as saved. */
async function answer(page: Page, q: QuestionDraft, strategy: "right" | "wrong"): Promise<void> {
  const choices = strategy === "right" ? [...q.correct] : [q.options.findIndex((_, i) => !q.correct.includes(i))];
  for (const c of choices) await page.getByTestId(`answer-${c}`).click();
  if (q.type === "multiple") await page.getByTestId("answer-submit").click();
  await page.locator(`[data-testid="player-locked"], [data-testid="player-feedback"]`).first().waitFor();
}

test("on a fresh install a teacher creates their account, imports a Moodle GIFT export, fixes a question and plays it with three phones", async () => {
  const teacher = await (await projector(env.browser)).newPage();
  teacher.on("dialog", (d) => void d.accept());

  // First visit to the teacher side of a fresh install: create the first account (the admin).
  await teacher.goto(`${env.server.url}/library`);
  await teacher.getByTestId("setup-form").waitFor();
  await teacher.getByLabel("Nome", { exact: true }).fill(E2E_TEACHER.name);
  await teacher.getByLabel("E-mail", { exact: true }).fill(E2E_TEACHER.email);
  await teacher.getByLabel("Senha (mínimo 8 caracteres)", { exact: true }).fill(E2E_TEACHER.password);
  await teacher.getByLabel("Repita a senha", { exact: true }).fill(E2E_TEACHER.password);
  await teacher.getByLabel("Código de configuração", { exact: true }).fill(await env.server.setupCode());
  await screenshot(teacher, "journey-setup");
  await teacher.getByTestId("setup-submit").click();

  // Back where they were going: the library, empty but for Lousa's banks.
  await teacher.waitForURL(/\/library$/);
  await teacher.getByTestId("library-empty").waitFor();
  await teacher.getByTestId("library-import").click();
  await teacher.getByTestId("import-file").setInputFiles({ name: "biologia-moodle.gift", mimeType: "text/plain", buffer: MOODLE_GIFT });
  await teacher.getByTestId("import-preview").waitFor();
  // Moodle's HTML and entities come out as the text the teacher wrote; the essay is listed, not dropped.
  const understood = teacher.getByTestId("import-question");
  await expect(understood.first().innerText()).resolves.toContain("Qual base pareia com a adenina no DNA?");
  await expect(teacher.getByTestId("import-preview").innerText()).resolves.toContain("Descreva o experimento de Griffith.");
  const count = await understood.count();
  expect(count).toBeGreaterThanOrEqual(4);
  await screenshot(teacher, "journey-import");
  await teacher.getByTestId("import-confirm").click();

  // The editor opens on the new bank: fix the wording of one question and save.
  await teacher.getByTestId("bank-editor").waitFor();
  const bankId = new URL(teacher.url()).pathname.split("/").pop() ?? "";
  const prompt = teacher.getByTestId("q0-prompt");
  await prompt.fill("Qual base nitrogenada pareia com a adenina no DNA?");
  await teacher.getByTestId("q0-explanation").fill("No DNA, A pareia com T; no RNA, com U (uracila).");
  await screenshot(teacher, "journey-editor");
  await teacher.getByTestId("editor-save").click();
  await teacher.getByTestId("save-status").filter({ hasText: "Salvo" }).waitFor();

  const saved = await teacher.request.get(`${env.server.url}/api/banks/${bankId}`);
  const bank = (await saved.json()) as LibraryBankDetail;
  expect(bank.draft.questions[0]?.prompt).toBe("Qual base nitrogenada pareia com a adenina no DNA?");
  expect(bank.questionCount).toBe(count);

  // From the library: Jogar → Novo jogo with that bank chosen → the lobby.
  await teacher.goto(`${env.server.url}/library`);
  await teacher.getByTestId(`bank-${bankId}`).waitFor();
  await screenshot(teacher, "journey-library");
  await teacher.getByTestId(`bank-${bankId}`).getByTestId("bank-play").click();
  await teacher.waitForURL(/\/host\?bank=/);
  await teacher.getByTestId("create-game").click();
  await teacher.getByTestId("host-lobby").waitFor();
  const pin = (await teacher.getByTestId("host-pin").innerText()).replace(/\s/g, "");

  const phones: Page[] = [];
  for (const name of ["Ana", "Bruno", "Carla"]) {
    const p = await (await phone(env.browser)).newPage();
    await p.goto(`${env.server.url}/?pin=${pin}`);
    await p.locator("#nickname").fill(name);
    await p.getByRole("button", { name: "Entrar" }).click();
    await p.getByTestId("player-lobby").waitFor();
    phones.push(p);
  }
  await teacher.getByTestId("player-count").filter({ hasText: "3 jogadores" }).waitFor();
  await teacher.getByTestId("host-start").click();

  const questions = bank.draft.questions;
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    await teacher.locator(`[data-testid="host-question"][data-index="${i}"]`).waitFor();
    if (i === 0) await expect(teacher.getByTestId("host-question").innerText()).resolves.toContain("Qual base nitrogenada pareia com a adenina no DNA?");
    for (const p of phones) await p.locator(`[data-testid="player-question"][data-index="${i}"]`).waitFor();
    await answer(phones[0]!, q, "right");
    await answer(phones[1]!, q, i === 0 ? "right" : "wrong");
    await answer(phones[2]!, q, "wrong");
    await teacher.getByTestId("host-reveal").waitFor();
    if (i === 0) await expect(teacher.getByTestId("host-reveal").innerText()).resolves.toContain("no RNA, com U (uracila)");
    await teacher.getByTestId("host-next").click();
    await teacher.getByTestId("host-leaderboard").waitFor();
    await teacher.getByTestId("host-next").click();
  }

  await teacher.getByTestId("host-podium").waitFor();
  for (const p of phones) await p.getByTestId("player-final").waitFor();
  await expect(teacher.getByTestId("podium-1").innerText()).resolves.toContain("Ana");
  await expect(teacher.getByTestId("podium-2").innerText()).resolves.toContain("Bruno");
  await screenshot(teacher, "journey-podium");

  // The game is in the teacher's history, under the bank's title.
  await teacher.goto(`${env.server.url}/host/history`);
  await teacher.getByText(bank.title).first().waitFor();
});
