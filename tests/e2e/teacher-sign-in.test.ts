import type { BrowserContext, Page } from "playwright-core";
import { E2E_TEACHER, phone, projector, screenshot, signInContext } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";

jest.setTimeout(180_000);
const env = serverAndBrowser();
const SECOND = { name: "Prof. Bruno Lima", email: "bruno@escola.test", password: "outra-senha-456" } as const;

/** Each test goes on from where the one before left this server (one fresh database per file). */
let admin: BrowserContext;
let adminPage: Page;

async function signInThroughForm(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.getByTestId("sign-in-form").waitFor();
  await page.getByLabel("E-mail", { exact: true }).fill(who.email);
  await page.getByLabel("Senha", { exact: true }).fill(who.password);
  await page.keyboard.press("Enter");
}

/** The page lands on `path` with the teacher's header drawn (signed in). */
async function landsSignedIn(page: Page, path: RegExp): Promise<void> {
  await page.waitForURL(path);
  await page.getByTestId("sign-out").waitFor();
}

test("first visit to /host on a fresh server: setup page, account created with the terminal's code, then Novo jogo", async () => {
  const small = await (await phone(env.browser)).newPage();
  await small.goto(`${env.server.url}/setup`);
  await small.getByTestId("setup-form").waitFor();
  await screenshot(small, "teacher-setup-phone");

  admin = await projector(env.browser);
  adminPage = await admin.newPage();
  await adminPage.goto(`${env.server.url}/host`);
  await adminPage.waitForURL(/\/setup\?next=%2Fhost$/);
  await adminPage.getByLabel("Nome", { exact: true }).fill(E2E_TEACHER.name);
  await adminPage.getByLabel("E-mail", { exact: true }).fill(E2E_TEACHER.email);
  await adminPage.getByLabel("Senha (mínimo 8 caracteres)", { exact: true }).fill(E2E_TEACHER.password);
  await adminPage.getByLabel("Repita a senha", { exact: true }).fill(E2E_TEACHER.password);
  await adminPage.getByLabel("Código de configuração", { exact: true }).fill("ERRADO00");
  await adminPage.getByTestId("setup-submit").click();
  const error = adminPage.getByTestId("form-error");
  expect(await error.getAttribute("data-code")).toBe("SETUP_CODE_INVALID");
  expect(await error.innerText()).toContain("Código de configuração errado");
  await screenshot(adminPage, "teacher-setup-error");

  await adminPage.getByLabel("Código de configuração", { exact: true }).fill((await env.server.setupCode()).toLowerCase());
  await adminPage.keyboard.press("Enter");
  await landsSignedIn(adminPage, /\/host$/);
  await adminPage.getByRole("heading", { level: 1, name: "Novo jogo" }).waitFor();
  await adminPage.getByTestId("bank-kernel").waitFor();
  expect(await adminPage.getByTestId("nav-teachers").isVisible()).toBe(true);
  await screenshot(adminPage, "teacher-new-game");
});

test("sign out, then sign in again: a wrong password is refused in Portuguese, the right one goes back to Novo jogo", async () => {
  await adminPage.getByTestId("sign-out").click();
  await adminPage.waitForURL(/\/signin/);
  await signInThroughForm(adminPage, { email: E2E_TEACHER.email, password: "senha-errada-999" });
  const error = adminPage.getByTestId("form-error");
  expect(await error.innerText()).toBe("E-mail ou senha incorretos.");
  // The password field is emptied and focused for the next try; the e-mail stays.
  expect(await adminPage.getByLabel("Senha", { exact: true }).inputValue()).toBe("");
  expect(await adminPage.getByLabel("E-mail", { exact: true }).inputValue()).toBe(E2E_TEACHER.email);
  await screenshot(adminPage, "teacher-sign-in-error");

  await adminPage.getByLabel("Senha", { exact: true }).fill(E2E_TEACHER.password);
  await adminPage.keyboard.press("Enter");
  await landsSignedIn(adminPage, /\/host$/);
});

test("a signed-out browser opening /library or /host is sent to sign in, and comes back there after", async () => {
  const small = await (await phone(env.browser)).newPage();
  await small.goto(`${env.server.url}/library`);
  await small.waitForURL(/\/signin\?next=%2Flibrary$/);
  await small.getByTestId("sign-in-form").waitFor();
  await screenshot(small, "teacher-sign-in-phone");
  await signInThroughForm(small, E2E_TEACHER);
  await landsSignedIn(small, /\/library$/);

  const other = await (await projector(env.browser)).newPage();
  await other.goto(`${env.server.url}/host?bank=docker`);
  await other.waitForURL(/\/signin\?next=%2Fhost%3Fbank%3Ddocker$/);
  await screenshot(other, "teacher-sign-in");
  await signInThroughForm(other, E2E_TEACHER);
  await landsSignedIn(other, /\/host\?bank=docker$/);
  // ?bank= preselects that bank.
  expect(await other.getByTestId("bank-docker").locator("input").isChecked()).toBe(true);
});

test("the admin adds a teacher, who signs in elsewhere; signing them out everywhere ends that session", async () => {
  await adminPage.getByTestId("nav-teachers").click();
  await adminPage.waitForURL(/\/teachers$/);
  const form = adminPage.getByTestId("add-teacher");
  await form.getByLabel("Nome", { exact: true }).fill(SECOND.name);
  await form.getByLabel("E-mail", { exact: true }).fill(SECOND.email);
  await form.getByLabel("Senha inicial (mínimo 8 caracteres)").fill(SECOND.password);
  await form.getByLabel("Senha inicial (mínimo 8 caracteres)").press("Enter");
  await adminPage.getByTestId("teacher-added").waitFor();
  await adminPage.getByTestId(`teacher-row-${SECOND.email}`).waitFor();
  await screenshot(adminPage, "teacher-teachers");

  const bruno = await (await phone(env.browser)).newPage();
  await bruno.goto(`${env.server.url}/signin`);
  await signInThroughForm(bruno, SECOND);
  await landsSignedIn(bruno, /\/host$/);
  // Not an admin: no Professores in the menu.
  expect(await bruno.getByTestId("nav-teachers").count()).toBe(0);
  await screenshot(bruno, "teacher-new-game-phone");

  await adminPage.getByTestId(`teacher-row-${SECOND.email}`).getByTestId("revoke-teacher").click();
  await adminPage.getByTestId("teachers-outcome").waitFor();
  await bruno.goto(`${env.server.url}/host/history`);
  await bruno.waitForURL(/\/signin\?next=%2Fhost%2Fhistory$/);

  await adminPage.getByTestId("nav-account").click();
  await adminPage.getByTestId("change-password").waitFor();
  await screenshot(adminPage, "teacher-account");
});

test("'sign out everywhere' on the account page ends the teacher's other sessions too", async () => {
  const laptop = await projector(env.browser);
  await signInContext(laptop, env.server, { ...SECOND });
  const tablet = await (await phone(env.browser)).newPage();
  await tablet.goto(`${env.server.url}/signin`);
  await signInThroughForm(tablet, SECOND);
  await landsSignedIn(tablet, /\/host$/);
  await tablet.getByTestId("nav-account").click();
  await tablet.getByTestId("signed-in-as").waitFor();
  expect(await tablet.getByTestId("signed-in-as").innerText()).toContain(SECOND.email);
  await screenshot(tablet, "teacher-account-phone");

  tablet.once("dialog", (d) => void d.accept());
  const revoked = tablet.waitForResponse((r) => r.url().endsWith("/api/auth/revoke-sessions"));
  await tablet.getByTestId("sign-out-everywhere").click();
  expect((await revoked).status()).toBe(200);
  await tablet.waitForURL(/\/signin/);
  const page = await laptop.newPage();
  await page.goto(`${env.server.url}/account`);
  await page.waitForURL(/\/signin\?next=%2Faccount$/);
});
