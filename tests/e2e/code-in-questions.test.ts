import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import type { BankDraft } from "@lousa/protocol";
import { screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { createBank, hostWithPhones } from "../helpers/e2e-game";

jest.setTimeout(180_000);
const env = serverAndBrowser();

// The RUN line is longer than a phone is wide: it must scroll inside its panel, not widen the page.
const DOCKERFILE = ["FROM node:22-alpine", "COPY package.json package-lock.json ./", "RUN npm ci --omit=dev && npm cache clean --force", "COPY . .", 'CMD ["node", "server.js"]'];
const DRAFT: BankDraft = {
  title: "Código nas questões",
  description: "",
  language: "pt-BR",
  questions: [
    {
      type: "single",
      prompt: `O que a última linha deste Dockerfile faz?\n\`\`\`dockerfile\n${DOCKERFILE.join("\n")}\n\`\`\``,
      options: ["Define o comando padrão ao iniciar o container", "Executa `node server.js` durante o `docker build`", "Cria uma camada com o `server.js`", "Abre a porta `3000`/`tcp` do host: `docker run -p 3000:3000 --name minha-api-de-exemplo-bem-comprida`"],
      correct: [0],
      explanation: "`CMD` não roda nada no build: guarda o comando que `docker run` executa.\n```bash\ndocker run --rm minha-imagem\n```",
      timeLimitSec: 60,
      pointsMode: "standard",
    },
  ],
};

/** A phone at 360 px must never scroll sideways: whatever overflows is cut off for the student. */
async function fitsWidth(page: Page): Promise<void> {
  await expect(page.evaluate("document.documentElement.scrollWidth")).resolves.toBeLessThanOrEqual(360);
}

/** The block is coloured (spans with hljs classes: the Dockerfile's keywords), not just monospace. */
async function highlighted(page: Page, scope: string): Promise<void> {
  const block = page.locator(`${scope} [data-rich="block"][data-highlighted="true"]`).first();
  await block.waitFor();
  await expect(block.locator(".hljs-keyword").first().innerText()).resolves.toBe("FROM");
}

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a Dockerfile block and inline code, highlighted on the projector and a 360 px phone, never widening the page", async () => {
  const teacher = await signedInProjector(env.browser, env.server);
  const bankId = await createBank(teacher, env.server, DRAFT);

  const { host, phones } = await hostWithPhones(teacher, env.browser, env.server, bankId, ["Ana"]);
  const student = phones[0];
  if (!student) throw new Error("the phone did not join");
  await host.getByTestId("host-start").click();

  // Projector: the prompt's block highlighted, each line as typed; inline code in the tiles.
  await host.getByTestId("host-question").waitFor();
  await highlighted(host, '[data-testid="host-question"] .prompt');
  await expect(host.locator('.prompt [data-rich="block"]').innerText()).resolves.toBe(DOCKERFILE.join("\n"));
  await expect(host.locator('.option-tile [data-rich="code"]').allInnerTexts()).resolves.toEqual(["node server.js", "docker build", "server.js", "3000", "tcp", "docker run -p 3000:3000 --name minha-api-de-exemplo-bem-comprida"]);
  await expect(host.evaluate("document.documentElement.scrollWidth")).resolves.toBeLessThanOrEqual(1920);
  await screenshot(host, "code-host-question");

  // Phone: the block scrolls sideways inside its panel, the page does not; the buttons' code wraps.
  await student.getByTestId("player-question").waitFor();
  await highlighted(student, ".player-prompt");
  await fitsWidth(student);
  const blockScrolls = '(() => { const el = document.querySelector(".player-prompt [data-rich=block]"); return el !== null && el.scrollWidth > el.clientWidth; })()';
  await expect(student.evaluate(blockScrolls)).resolves.toBe(true);
  await expect(student.getByTestId("answer-1").getAttribute("aria-label")).resolves.toBe("losango: Executa node server.js durante o docker build");
  await screenshot(student, "code-phone-question");
  // Inline code on every answer colour and the dark panel's tokens: contrast and a keyboard-scrollable panel.
  expect(await axe(student)).toEqual([]);
  expect(await axe(host)).toEqual([]);

  await student.getByTestId("answer-0").click();
  await host.getByTestId("host-reveal").waitFor();
  await expect(host.getByTestId("explanation").locator('[data-rich="block"]').innerText()).resolves.toBe("docker run --rm minha-imagem");
  await highlighted(host, '[data-testid="host-reveal"] .prompt');
  await screenshot(host, "code-host-reveal");
  expect(await axe(host)).toEqual([]);
  await student.getByTestId("player-feedback").waitFor();
  await fitsWidth(student);

  // The library's editor preview draws the same components: highlighted there too.
  const editor = await teacher.newPage();
  await editor.goto(`${env.server.url}/library/${bankId}`);
  await editor.getByTestId("bank-editor").waitFor();
  await editor.getByTestId("q0-preview").click();
  await highlighted(editor, '[data-testid="q0-preview-panel"] .player-prompt');
  await editor.getByTestId("q0-preview-panel").scrollIntoViewIfNeeded();
  await screenshot(editor, "code-editor-preview");
});
