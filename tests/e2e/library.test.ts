import type { BrowserContext, Page } from "playwright-core";
import { phone, screenshot, signedInProjector, signInContext } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";

jest.setTimeout(180_000);
const env = serverAndBrowser();

/**
 * A GIFT file as a teacher brings it from Moodle: two good questions, an essay (Lousa can't play it),
 * one with the same option twice (line 8, fixed in the file or left out), one with partial credit.
 */
const GIFT = `// Revisão de Linux
::Processos:: Qual comando lista os processos em execução? {=ps ~ls ~cd}

::Kernel:: O kernel Linux é monolítico. {T}

::Redação:: Explique o que é um container. {}

::Quebrada:: Qual sinal encerra um processo à força? {=SIGKILL ~SIGTERM ~SIGKILL}

::Sinais:: Quais sinais podem ser capturados? {~%50%SIGTERM ~%50%SIGINT ~%-100%SIGKILL}
`;

/** Each test goes on from where the one before left this server (one fresh database per file). */
let context: BrowserContext;
let page: Page;

async function prompts(p: Page): Promise<string[]> {
  const boxes = p.locator('[data-testid^="q"][data-testid$="-prompt"]');
  const values: string[] = [];
  for (let i = 0; i < (await boxes.count()); i++) values.push(await boxes.nth(i).inputValue());
  return values;
}
/** Evaluated in the page (this file is compiled without the DOM's types). */
const focusedId = (p: Page) => p.evaluate("document.activeElement && document.activeElement.id");
const pageWidth = (p: Page) => p.evaluate("document.documentElement.scrollWidth");
const cards = (p: Page, shelf: string) => p.getByTestId(shelf).locator("li[data-access]");
const ownCard = (p: Page, title: string) => cards(p, "shelf-own").filter({ has: p.getByTestId("bank-title").getByText(title, { exact: true }) });

beforeAll(async () => {
  context = await signedInProjector(env.browser, env.server);
  page = await context.newPage();
  // Leaving with unsaved changes asks first (beforeunload, in-app links): the test says yes.
  page.on("dialog", (d) => void d.accept());
});

test("a new teacher's library says what to do; Importar reads a GIFT file and shows each problem at its line", async () => {
  await page.goto(`${env.server.url}/library`);
  await page.getByTestId("library-empty").waitFor();
  await page.getByTestId("shelf-builtIn").waitFor();
  await screenshot(page, "library-empty");

  await page.getByTestId("library-import").click();
  await page.waitForURL(/\/library\/import$/);
  await page.getByTestId("import-file").setInputFiles({ name: "revisao-linux.gift", mimeType: "text/plain", buffer: Buffer.from(GIFT, "utf8") });
  await page.getByTestId("import-preview").waitFor();

  await expect(page.getByTestId("import-question").count()).resolves.toBe(3);
  const problems = page.getByTestId("import-problem");
  await expect(problems.filter({ hasText: "Linha 8" }).innerText()).resolves.toContain("Duas opções têm o mesmo texto");
  await expect(problems.filter({ hasText: "Linha 6" }).innerText()).resolves.toContain("dissertativa");
  // Understood as it will play: the true/false answer marked, the partial-credit question as two right answers.
  await expect(page.getByTestId("import-question").nth(1).innerText()).resolves.toMatch(/Verdadeiro\s*✓ correta/);
  await expect(page.getByTestId("import-title").inputValue()).resolves.toBe("revisao linux");
  await page.getByTestId("import-title").fill("Revisão de Linux");
  await screenshot(page, "library-import");

  await page.getByTestId("import-confirm").click();
  await page.waitForURL(/\/library\/(?!import|new)[^/]+$/);
  await page.getByTestId("bank-editor").waitFor();
  await expect(prompts(page)).resolves.toEqual(["Qual comando lista os processos em execução?", "O kernel Linux é monolítico.", "Quais sinais podem ser capturados?"]);
});

test("the editor shows a problem at its field and refuses to save until it is fixed; Alt+↑ reorders; a reload keeps the draft", async () => {
  // An emptied option is reported once the teacher leaves the field; Save focuses the first problem.
  await page.getByTestId("q0-option-1").fill("");
  await page.getByTestId("q0-prompt").focus();
  await expect(page.getByTestId("question-0").getByTestId("field-issue").innerText()).resolves.toContain("Preencha esta opção ou remova-a.");
  await expect(page.getByTestId("issue-count").innerText()).resolves.toContain("1 problema");
  await page.getByTestId("editor-save").click();
  await expect(focusedId(page)).resolves.toBe("editor-q0-option-1");
  await page.keyboard.type("top");
  await page.getByTestId("issue-count").waitFor({ state: "detached" });

  // Keyboard reorder: the last question goes to the top, focus stays in it, the move is announced.
  await page.getByTestId("q2-prompt").focus();
  await page.keyboard.press("Alt+ArrowUp");
  await page.keyboard.press("Alt+ArrowUp");
  await page.getByTestId("toast").getByText("Questão movida para a posição 1 de 3.").waitFor();
  await expect(focusedId(page)).resolves.toBe("editor-q0-prompt");
  const reordered = ["Quais sinais podem ser capturados?", "Qual comando lista os processos em execução?", "O kernel Linux é monolítico."];
  await expect(prompts(page)).resolves.toEqual(reordered);
  await expect(page.getByTestId("save-status").innerText()).resolves.toContain("Alterações não salvas");
  await page.getByTestId("q0-preview").click();
  await page.getByTestId("q0-preview-panel").scrollIntoViewIfNeeded();
  await screenshot(page, "library-editor");

  // The tab reloads before saving: the draft is offered back.
  await page.waitForTimeout(600); // the draft is written after a 400 ms pause in typing
  await page.reload();
  await page.getByTestId("draft-banner").waitFor();
  await page.getByTestId("draft-restore").click();
  await expect(prompts(page)).resolves.toEqual(reordered);
  await expect(page.getByTestId("q1-option-1").inputValue()).resolves.toBe("top");

  await page.keyboard.press("Control+s");
  await page.getByTestId("save-status").getByText("Salvo.", { exact: true }).waitFor();
  await page.reload();
  await page.getByTestId("bank-editor").waitFor();
  await expect(prompts(page)).resolves.toEqual(reordered);
  await expect(page.getByTestId("draft-banner").count()).resolves.toBe(0);
});

test("in the library: the saved bank, a built-in bank duplicated, renamed, deleted and undone", async () => {
  await page.getByTestId("nav-library").click();
  await page.waitForURL(/\/library$/);
  const mine = ownCard(page, "Revisão de Linux");
  await expect(mine.innerText()).resolves.toContain("3 questões");

  await page.getByTestId("bank-docker").getByTestId("bank-duplicate").click();
  await page.getByTestId("toast").getByText(/Cópia criada/).waitFor();
  await expect(cards(page, "shelf-own").count()).resolves.toBe(2);
  const copy = cards(page, "shelf-own").filter({ hasNotText: "Revisão de Linux" });

  await copy.getByTestId("bank-rename").click();
  await copy.getByTestId("rename-input").fill("Docker da turma B");
  await copy.getByTestId("rename-input").press("Enter");
  const renamed = ownCard(page, "Docker da turma B");
  await renamed.waitFor();

  await renamed.getByTestId("bank-delete").click();
  await renamed.waitFor({ state: "detached" });
  await page.getByTestId("toast").getByText("“Docker da turma B” foi excluído.").waitFor();
  await page.getByTestId("toast-undo").click();
  await ownCard(page, "Docker da turma B").waitFor();
  await page.getByTestId("toast").getByText(/voltou para a biblioteca/).waitFor();

  // Search narrows every shelf by title, accents aside.
  await page.getByTestId("library-search").fill("revisao");
  await expect(cards(page, "shelf-own").count()).resolves.toBe(1);
  await expect(page.getByTestId("shelf-builtIn").count()).resolves.toBe(0);
  await page.getByTestId("library-search").fill("");
  await screenshot(page, "library");
});

test("on a phone: library, editor and import fit 360 px", async () => {
  const small = await phone(env.browser);
  await signInContext(small, env.server);
  const p = await small.newPage();
  await p.goto(`${env.server.url}/library`);
  await p.getByTestId("shelf-own").waitFor();
  await screenshot(p, "library-phone");
  await expect(pageWidth(p)).resolves.toBeLessThanOrEqual(360);

  await ownCard(p, "Revisão de Linux").getByTestId("bank-open").click();
  await p.getByTestId("bank-editor").waitFor();
  await screenshot(p, "library-editor-phone");
  await expect(pageWidth(p)).resolves.toBeLessThanOrEqual(360);

  await p.goto(`${env.server.url}/library/import`);
  await p.getByTestId("import-paste").fill(GIFT);
  await p.getByTestId("import-paste-read").click();
  await p.getByTestId("import-preview").waitFor();
  await screenshot(p, "library-import-phone");
  await expect(pageWidth(p)).resolves.toBeLessThanOrEqual(360);
});
