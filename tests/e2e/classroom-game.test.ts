import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { BUILT_IN_BANKS } from "@lousa/banks";
import { phone, screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";

jest.setTimeout(240_000);

const env = serverAndBrowser();

const kernel = BUILT_IN_BANKS.find((b) => b.id === "kernel")!;

/**
 * Answers the open question on a phone: the right answer, or deliberately a wrong one. A poll gets the
 * first option either way; an ordering question is built by tapping the items, which the phone shows
 * shuffled: right = in the bank's order (read off the screen), wrong = that order with two items swapped.
 */
async function answer(page: Page, index: number, strategy: "right" | "wrong"): Promise<void> {
  const q = kernel.questions[index]!;
  if (q.type === "slider" && q.slider) {
    // By keyboard, as a student without a touch screen would: Home, then one step at a time; wrong = the far end.
    const range = page.getByTestId("slider-input");
    await range.focus();
    const steps = Math.round((q.slider.answer - q.slider.min) / q.slider.step);
    if (strategy === "right") {
      await page.keyboard.press("Home");
      for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowRight");
    } else await page.keyboard.press(steps > (q.slider.max - q.slider.min) / q.slider.step / 2 ? "Home" : "End");
    await page.getByTestId("answer-submit").click();
    await page.locator(`[data-testid="player-locked"], [data-testid="player-feedback"]`).first().waitFor();
    return;
  }
  if (q.type === "ordering") {
    const shown = await Promise.all(q.options.map((_, i) => page.getByTestId(`item-${i}`).locator(".answer-text").innerText()));
    const right = q.options.map((item) => shown.indexOf(item));
    const taps = strategy === "right" ? right : [right[1]!, right[0]!, ...right.slice(2)];
    for (const t of taps) await page.getByTestId(`item-${t}`).click();
    await page.getByTestId("answer-submit").click();
    await page.locator(`[data-testid="player-locked"], [data-testid="player-feedback"]`).first().waitFor();
    return;
  }
  if (q.type === "typeAnswer") {
    // Right in another case with extra spaces (matching ignores both); wrong as a student would get it.
    await page.getByTestId("type-answer-input").fill(strategy === "right" ? `  ${q.options[0]!.toUpperCase()}  ` : "uname -a");
    await page.getByTestId("answer-submit").click();
    await page.locator(`[data-testid="player-locked"], [data-testid="player-feedback"]`).first().waitFor();
    return;
  }
  const choices = q.type === "poll" ? [0] : strategy === "right" ? [...q.correct] : [q.options.findIndex((_, i) => !q.correct.includes(i))];
  for (const c of choices) await page.getByTestId(`answer-${c}`).click();
  if (q.type === "multiple") await page.getByTestId("answer-submit").click();
  // The last phone to answer may go straight to the feedback: the question closes when everyone answered.
  await page.locator(`[data-testid="player-locked"], [data-testid="player-feedback"]`).first().waitFor();
}

test("a teacher projects, three phones play the Kernel bank to the podium, and the CSV matches", async () => {
  const host = await (await signedInProjector(env.browser, env.server)).newPage();
  await host.goto(`${env.server.url}/host`);
  await host.getByTestId("bank-kernel").click();
  await host.getByTestId("ask-identifier").check();
  await host.getByTestId("identifier-label").fill("Matrícula");
  await screenshot(host, "host-setup");
  await host.getByTestId("create-game").click();
  await host.getByTestId("host-lobby").waitFor();
  const pin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");
  expect(pin).toMatch(/^\d{6}$/);
  expect(await host.getByTestId("join-url").innerText()).toContain(`127.0.0.1:${env.server.port}`);

  const names = ["Ana", "Bruno", "Carla"];
  const phones: Page[] = [];
  for (const name of names) {
    const p = await (await phone(env.browser)).newPage();
    await p.goto(`${env.server.url}/?pin=${pin}`);
    await expect(p.locator("#pin").inputValue()).resolves.toBe(pin);
    if (phones.length === 0) await screenshot(p, "phone-join");
    await p.locator("#nickname").fill(name);
    // The teacher asked for a registration number: the phone asks for it, and says who sees it.
    await p.getByLabel("Matrícula").fill(`2026-${name}`);
    await p.getByRole("button", { name: "Entrar" }).click();
    await p.getByTestId("player-lobby").waitFor();
    phones.push(p);
  }
  // A wrong PIN is explained in words.
  const stray = await (await phone(env.browser)).newPage();
  await stray.goto(`${env.server.url}/?pin=000000`);
  await stray.locator("#nickname").fill("Zé");
  await stray.getByRole("button", { name: "Entrar" }).click();
  await expect(stray.getByTestId("join-error").innerText()).resolves.toContain("Não há jogo com esse PIN");

  await host.getByTestId("player-count").filter({ hasText: "3 jogadores" }).waitFor();
  await screenshot(host, "host-lobby");
  await screenshot(phones[0]!, "phone-lobby");
  await host.getByTestId("host-start").click();

  const total = kernel.questions.length;
  for (let i = 0; i < total; i++) {
    if (kernel.questions[i]!.type === "slide") {
      // A slide: on every screen, nothing to answer; "Continuar" goes on.
      await host.locator(`[data-testid="host-slide"][data-index="${i}"]`).waitFor();
      for (const p of phones) await p.locator(`[data-testid="player-slide"][data-index="${i}"]`).waitFor();
      await host.getByTestId("host-next").click();
      continue;
    }
    await host.locator(`[data-testid="host-question"][data-index="${i}"]`).waitFor();
    for (const p of phones) await p.locator(`[data-testid="player-question"][data-index="${i}"]`).waitFor();
    if (i === 0) {
      await screenshot(host, "host-question");
      await screenshot(phones[0]!, "phone-question");
    }
    await answer(phones[0]!, i, "right");
    await answer(phones[1]!, i, i % 2 === 0 ? "right" : "wrong");
    await answer(phones[2]!, i, "wrong");
    // Everyone answered: the server closes the question without waiting for the timer.
    await host.getByTestId("host-reveal").waitFor();
    for (const p of phones) await p.getByTestId("player-feedback").waitFor();
    const poll = kernel.questions[i]!.type === "poll";
    await expect(phones[0]!.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe(poll ? "poll" : "right");
    await expect(phones[2]!.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe(poll ? "poll" : "wrong");
    if (i === 1) {
      await screenshot(host, "host-reveal");
      await screenshot(phones[0]!, "phone-feedback-right");
      await screenshot(phones[2]!, "phone-feedback-wrong");
    }
    await host.getByTestId("host-next").click();
    await host.getByTestId("host-leaderboard").waitFor();
    if (i === 1) await screenshot(host, "host-leaderboard");
    await host.getByTestId("host-next").click();
  }

  await host.getByTestId("host-podium").waitFor();
  for (const p of phones) await p.getByTestId("player-final").waitFor();
  await expect(host.getByTestId("podium-1").innerText()).resolves.toContain("Ana");
  await expect(host.getByTestId("podium-3").innerText()).resolves.toContain("Carla");
  await screenshot(host, "host-podium");
  await screenshot(phones[0]!, "phone-final");
  const anaScore = Number((await phones[0]!.getByTestId("player-score").innerText()).replace(/\D/g, ""));

  // The interface is in Portuguese, so is the CSV, with ";" so that Brazilian Excel opens it in columns.
  const [download] = await Promise.all([host.waitForEvent("download"), host.getByTestId("download-csv").click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^lousa-${pin}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).trim().split("\r\n").map((l) => l.split(";"));
  expect(rows.map((r) => r[1])).toEqual(["apelido", "Ana", "Bruno", "Carla"]);
  // A poll is neither right nor wrong: "correct" counts the graded questions; a slide asks nothing.
  const graded = kernel.questions.filter((q) => q.type !== "poll" && q.type !== "slide").length;
  const asked = kernel.questions.filter((q) => q.type !== "slide").length;
  const brunoRight = kernel.questions.filter((q, i) => q.type !== "poll" && q.type !== "slide" && i % 2 === 0).length;
  expect(rows[1]!.slice(0, 5)).toEqual(["1", "Ana", String(anaScore), String(graded), String(graded)]);
  expect(rows[2]![3]).toBe(String(brunoRight));
  expect(rows[3]!.slice(2, 4)).toEqual(["0", "0"]);
  // Switched to English on the podium, the same button follows: English headers, ",".
  await host.getByTestId("lang-switch").click();
  const [english] = await Promise.all([host.waitForEvent("download"), host.getByTestId("download-csv").click()]);
  expect(readFileSync(await english.path(), "utf8").slice(1).split("\r\n")[0]!.split(",").slice(0, 5)).toEqual(["rank", "nickname", "score", "correct", "questions"]);
  await host.getByTestId("lang-switch").click(); // back to Portuguese for the report below

  // The report: summary, item analysis, and the XLSX download a teacher grades with.
  await host.getByTestId("open-report").click();
  await host.getByTestId("players-table").waitFor();
  await expect(host.getByTestId("players-table").innerText()).resolves.toContain("2026-Ana");
  await expect(host.getByTestId("report-summary").innerText()).resolves.toContain("3");
  await host.getByTestId("difficulty-chart").waitFor();
  await host.setViewportSize({ width: 1440, height: 1000 });
  await screenshot(host, "host-report");
  const [xlsxDownload] = await Promise.all([host.waitForEvent("download"), host.getByTestId("download-xlsx").click()]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await xlsxDownload.path());
  const sheet = wb.getWorksheet("Jogadores")!;
  expect(sheet.getRow(2).values).toEqual([undefined, 1, "Ana", "2026-Ana", anaScore, graded, asked, 1, expect.any(Number), 10]);
  expect(sheet.getRow(4).getCell(9).value).toBe(0); // Carla: all wrong, grade 0
  expect(wb.getWorksheet("Questões")!.rowCount).toBe(1 + asked);
});
