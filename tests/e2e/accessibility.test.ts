import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { E2E_TEACHER, phone, projector, signedInProjector, signInContext } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";

jest.setTimeout(120_000);
const env = serverAndBrowser();

/** WCAG 2 A/AA rules that axe can check automatically; each violation is listed with its elements. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the teacher's first-run setup, sign-in, account and teachers pages pass axe, errors shown too", async () => {
  const page = await (await phone(env.browser)).newPage();
  await page.goto(`${env.server.url}/setup`);
  await page.getByTestId("setup-form").waitFor();
  expect(await violations(page)).toEqual([]);
  await page.getByTestId("setup-submit").click();
  await page.getByTestId("form-error").waitFor();
  expect(await violations(page)).toEqual([]);

  // The account is made by another browser; this one, signed out, sees the sign-in page.
  await signInContext(await projector(env.browser), env.server);
  await page.goto(`${env.server.url}/signin`);
  await page.getByTestId("sign-in-form").waitFor();
  expect(await violations(page)).toEqual([]);
  await page.getByLabel("E-mail").fill(E2E_TEACHER.email);
  await page.getByLabel("Senha").fill("not-the-password");
  await page.keyboard.press("Enter");
  await page.getByTestId("form-error").waitFor();
  expect(await violations(page)).toEqual([]);

  const admin = await (await signedInProjector(env.browser, env.server)).newPage();
  await admin.goto(`${env.server.url}/account`);
  await admin.getByTestId("change-password").waitFor();
  expect(await violations(admin)).toEqual([]);
  await admin.goto(`${env.server.url}/teachers`);
  await admin.getByTestId("teachers-table").waitFor();
  expect(await violations(admin)).toEqual([]);
});

test("every screen, from join to report and history, passes axe's WCAG 2 A/AA checks", async () => {
  const host = await (await signedInProjector(env.browser, env.server)).newPage();
  await host.goto(`${env.server.url}/host`);
  await host.getByTestId("bank-docker").waitFor();
  expect(await violations(host)).toEqual([]);
  await host.getByTestId("bank-docker").click();
  await host.getByTestId("create-game").click();
  await host.getByTestId("host-lobby").waitFor();
  const pin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");

  const student = await (await phone(env.browser)).newPage();
  await student.goto(`${env.server.url}/?pin=${pin}`);
  expect(await violations(student)).toEqual([]);
  await student.locator("#nickname").fill("Ana");
  await student.getByRole("button", { name: "Entrar" }).click();
  await student.getByTestId("player-lobby").waitFor();
  expect(await violations(student)).toEqual([]);
  await host.getByTestId("roster").waitFor();
  expect(await violations(host)).toEqual([]);

  await host.getByTestId("host-start").click();
  await student.getByTestId("player-question").waitFor();
  await host.getByTestId("host-question").waitFor();
  expect(await violations(student)).toEqual([]);
  expect(await violations(host)).toEqual([]);

  await host.getByTestId("host-end-question").click();
  await host.getByTestId("host-reveal").waitFor();
  await student.getByTestId("player-feedback").waitFor();
  expect(await violations(student)).toEqual([]);
  expect(await violations(host)).toEqual([]);

  await host.getByTestId("host-next").click();
  await host.getByTestId("host-leaderboard").waitFor();
  expect(await violations(host)).toEqual([]);
  host.once("dialog", (d) => void d.accept()); // "End the game now?"
  await host.getByRole("button", { name: "Encerrar jogo" }).click();
  await host.getByTestId("host-podium").waitFor();
  await student.getByTestId("player-final").waitFor();
  expect(await violations(host)).toEqual([]);
  expect(await violations(student)).toEqual([]);

  await host.getByTestId("open-report").click();
  await host.getByTestId("players-table").waitFor();
  expect(await violations(host)).toEqual([]);
  await host.goto(`${env.server.url}/host/history`);
  await host.getByTestId("history-table").waitFor();
  expect(await violations(host)).toEqual([]);
});
