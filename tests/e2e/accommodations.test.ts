import type { Page } from "playwright-core";
import type { BankDraft } from "@lousa/protocol";
import { screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { createBank, hostWithPhones } from "../helpers/e2e-game";

/**
 * Accommodations as a class sees them (real clock, 5 s question): the teacher gives Ana ×2 with the ⏱
 * beside her name in the lobby; when everyone's time is up the projector says it is waiting a little
 * longer (no name) and counts down, Bia's phone has run out, Ana's phone still counts her own time and
 * takes her answer, and the reveal follows at once.
 */
jest.setTimeout(120_000);
const env = serverAndBrowser();

const DRAFT: BankDraft = {
  title: "Tempo extra",
  description: "",
  language: "pt-BR",
  questions: [{ type: "truefalse", prompt: "O Sol é uma estrela.", options: ["Verdadeiro", "Falso"], correct: [0], explanation: "", timeLimitSec: 5, pointsMode: "standard" }],
};

/** Opens Ana's ⏱ form and reads the extra time it shows (what the server last said), then closes it. */
async function shownTime(host: Page): Promise<string> {
  await host.getByRole("button", { name: "Tempo extra: Ana" }).click();
  const value = await host.getByTestId("accommodation-time").inputValue();
  await host.getByRole("button", { name: "Cancelar" }).click();
  return value;
}

/** A game of Ana and Bia in the lobby; the teacher gives Ana ×2 from the ⏱ beside her name (the form photographed). */
async function anaOnDoubleTime(): Promise<{ host: Page; ana: Page; bia: Page }> {
  const teacher = await signedInProjector(env.browser, env.server);
  const bankId = await createBank(teacher, env.server, DRAFT);
  const { host, phones } = await hostWithPhones(teacher, env.browser, env.server, bankId, ["Ana", "Bia"]);
  const [ana, bia] = phones as [Page, Page];
  await host.getByTestId("roster").getByText("Bia").waitFor();
  await host.getByRole("button", { name: "Tempo extra: Ana" }).click();
  await host.getByTestId("accommodation-time").selectOption("x2");
  await screenshot(host, "accommodation-lobby-projector");
  await host.getByTestId("accommodation-save").click();
  return { host, ana, bia };
}

test("extra time for one student: the projector waits without naming her, her phone counts her own time", async () => {
  const { host, ana, bia } = await anaOnDoubleTime();
  // The roster push carries it back: the form, opened again, shows ×2.
  for (let i = 0; i < 20 && (await shownTime(host)) !== "x2"; i++) await host.waitForTimeout(100);
  expect(await shownTime(host)).toBe("x2");

  await host.getByTestId("host-start").click();
  await bia.getByTestId("answer-0").click();
  await ana.getByTestId("player-question").waitFor();
  // Everyone's 5 s are up: the projector holds the question for "some students", Ana's phone still runs.
  await host.getByTestId("host-extended").waitFor({ timeout: 10_000 });
  expect(await host.getByTestId("host-extended").innerText()).toContain("Aguardando mais tempo para alguns estudantes");
  expect(await host.getByTestId("host-question").innerText()).not.toContain("Ana");
  await screenshot(host, "accommodation-waiting-projector");
  expect(Number(await ana.getByTestId("timer-chip").innerText())).toBeGreaterThan(0);
  expect(await ana.getByTestId("timer-chip").getAttribute("data-own-time")).toBe("true");
  await screenshot(ana, "accommodation-phone");
  expect(await bia.locator('[data-own-time="true"]').count()).toBe(0);

  await ana.getByTestId("answer-0").click();
  await host.getByTestId("host-reveal").waitFor({ timeout: 5_000 });
});

test("the report marks the answers given with an accommodation, beside the student's nickname only", async () => {
  const { host, ana, bia } = await anaOnDoubleTime();
  await host.getByTestId("host-start").click();
  await bia.getByTestId("answer-0").click();
  await ana.getByTestId("answer-0").click();
  await host.getByTestId("host-reveal").waitFor();
  // On to the podium (a leaderboard may come first), then its report.
  await host.getByTestId("host-next").click();
  const after = host.locator('[data-testid="host-leaderboard"], [data-testid="open-report"]').first();
  await after.waitFor();
  if ((await after.getAttribute("data-testid")) === "host-leaderboard") await host.getByTestId("host-next").click();
  await host.getByTestId("open-report").click();
  const rows = host.getByTestId("players-table").locator("tbody tr");
  await rows.first().waitFor();
  const ana1 = rows.filter({ hasText: "Ana" });
  await expect(ana1.getByTestId("report-accommodated").getAttribute("title")).resolves.toBe("1 resposta com adaptação (tempo extra ou sem penalidade de velocidade)");
  await expect(rows.filter({ hasText: "Bia" }).getByTestId("report-accommodated").count()).resolves.toBe(0);
  await host.getByTestId("players-table").scrollIntoViewIfNeeded();
  await screenshot(host, "accommodation-report");
});
