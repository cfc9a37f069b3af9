import sharp from "sharp";
import type { BrowserContext, Page } from "playwright-core";
import { screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";

jest.setTimeout(180_000);
const env = serverAndBrowser();

let context: BrowserContext;
let page: Page;

/** A real PNG as a teacher's file would be: a 640×400 picture with a shape on it. */
async function picture(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"><rect width="640" height="400" fill="#2b5797"/><circle cx="320" cy="200" r="120" fill="#ffc83d"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

const issuesOf = (p: Page, question: number) => p.getByTestId(`question-${question}`).getByTestId("field-issue");
/** The thumbnail came back from GET /api/images (evaluated in the page: this file is compiled without the DOM's types). */
/**
 * Waits for a question's thumbnail to be on the page and loaded: the image's own decode(), run by evaluate
 * (outside the page's CSP). Not waitForFunction: after a first falsy check it polls inside the page with
 * eval, which the production pages' CSP refuses.
 */
async function thumbLoaded(p: Page, question: number): Promise<void> {
  const selector = `[data-testid="q${question}-image-thumb"]`;
  await p.locator(selector).waitFor();
  await expect(p.evaluate(`(async () => { const img = document.querySelector('${selector}'); await img.decode(); return img.naturalWidth > 0; })()`)).resolves.toBe(true);
}

beforeAll(async () => {
  context = await signedInProjector(env.browser, env.server);
  page = await context.newPage();
  page.on("dialog", (d) => void d.accept());
});

afterAll(async () => {
  await context?.close();
});

test("a teacher makes a bank with a pictured question, a slider and a slide with code, fixes what the editor points out, saves and finds it all again", async () => {
  await page.goto(`${env.server.url}/library/new`);
  await page.getByTestId("bank-editor").waitFor();
  await page.getByTestId("bank-title-input").fill("Linux com imagens");

  // 1. Single choice with a picture, uploaded through the file input.
  await page.getByTestId("q0-prompt").fill("Quem é o mascote do Linux?");
  for (const [i, text] of ["Tux", "Wilber", "Moby Dock", "Duke"].entries()) await page.getByTestId(`q0-option-${i}`).fill(text);
  await page.getByTestId("q0-image-file").setInputFiles({ name: "tux.png", mimeType: "image/png", buffer: await picture() });
  await page.getByTestId("q0-image-thumb").waitFor();
  await thumbLoaded(page, 0);
  await expect(page.getByTestId("q0-image-on-phones").isChecked()).resolves.toBe(true);
  // After the upload the description box has the focus: it is the next thing to fill in.
  await expect(page.evaluate("document.activeElement && document.activeElement.id")).resolves.toBe("editor-q0-image-alt");

  // 2. A slider, with a right value off the scale for now (typed the Brazilian way).
  await page.getByTestId("add-question").click();
  await page.getByTestId("q1-type").selectOption("slider");
  await page.getByTestId("q1-prompt").fill("Quantos segundos o docker stop espera antes do SIGKILL?");
  await page.getByTestId("q1-slider-max").fill("20");
  await page.getByTestId("q1-slider-step").fill("0,5");
  await page.getByTestId("q1-slider-answer").fill("25");
  await page.getByTestId("q1-slider-tolerance").fill("1");
  await page.getByTestId("q1-slider-unit").fill("s");

  // 3. A slide with a code block: title and text, no time or points.
  await page.getByTestId("add-question").click();
  await page.getByTestId("q2-type").selectOption("slide");
  await expect(page.getByTestId("q2-time").count()).resolves.toBe(0);
  await expect(page.getByTestId("q2-points").count()).resolves.toBe(0);
  await page.getByTestId("q2-prompt").fill("Antes de rodar um script");
  const slideText = "Dê permissão de execução e rode:\n\n```bash\nchmod +x deploy.sh\n./deploy.sh --dry-run\n```";
  await page.getByTestId("q2-slide-text").fill(slideText);

  // Save: refused, and each problem is shown at its field.
  await page.getByTestId("editor-save").click();
  await expect(issuesOf(page, 0).innerText()).resolves.toContain("Descreva a imagem para quem não a vê");
  await expect(issuesOf(page, 1).innerText()).resolves.toContain("A resposta tem de estar na escala");
  await expect(page.getByTestId("q1-slider-scoring").count()).resolves.toBe(0);
  await expect(page.evaluate("document.activeElement && document.activeElement.id")).resolves.toBe("editor-q0-image-alt");
  await page.getByTestId("q0-image").scrollIntoViewIfNeeded();
  await screenshot(page, "editor-media-issue-alt");
  await page.getByTestId("q1-preview").click();
  await page.getByTestId("q1-slider-answer").scrollIntoViewIfNeeded();
  await screenshot(page, "editor-media-issue-slider");
  await page.getByTestId("q2-preview").click();

  // Fixed: the description, and 10 seconds (typed "10,0") — the scoring line says what a guess earns.
  await page.getByTestId("q0-image-alt").fill("O pinguim Tux, mascote do Linux");
  await page.getByTestId("q1-slider-answer").fill("10,0");
  await expect(page.getByTestId("q1-slider-scoring").innerText()).resolves.toBe("Vale tudo entre 9 s e 11 s; metade dos pontos a 1 s de distância, nenhum ponto a 2 s ou mais.");
  await expect(page.getByTestId("issue-count").count()).resolves.toBe(0);
  await page.getByTestId("q0-preview").click();
  await page.getByTestId("question-0").scrollIntoViewIfNeeded();
  await screenshot(page, "editor-media-1080");

  await page.getByTestId("editor-save").click();
  await page.waitForURL(/\/library\/(?!new)[^/]+$/);
  // A new bank opens at its own address, as saved.
  await page.getByTestId("bank-editor").waitFor();

  // Reopened from the server: everything as saved.
  await page.reload();
  await page.getByTestId("bank-editor").waitFor();
  await expect(page.getByTestId("bank-title-input").inputValue()).resolves.toBe("Linux com imagens");
  await expect(page.getByTestId("q0-type").inputValue()).resolves.toBe("single");
  await expect(page.getByTestId("q0-image-alt").inputValue()).resolves.toBe("O pinguim Tux, mascote do Linux");
  await expect(page.getByTestId("q0-image-on-phones").isChecked()).resolves.toBe(true);
  await thumbLoaded(page, 0);
  await expect(page.getByTestId("question-0").getByText("640 × 400 px").count()).resolves.toBe(1);
  await expect(page.getByTestId("q1-type").inputValue()).resolves.toBe("slider");
  const slider = await Promise.all(["min", "max", "step", "answer", "tolerance", "unit"].map((f) => page.getByTestId(`q1-slider-${f}`).inputValue()));
  expect(slider).toEqual(["0", "20", "0,5", "10", "1", "s"]);
  await expect(page.getByTestId("q2-type").inputValue()).resolves.toBe("slide");
  await expect(page.getByTestId("q2-prompt").inputValue()).resolves.toBe("Antes de rodar um script");
  await expect(page.getByTestId("q2-slide-text").inputValue()).resolves.toBe(slideText);

  // The slide's preview draws the code block highlighted, as the projector will.
  await page.getByTestId("q2-preview").click();
  await page.getByTestId("q2-preview-panel").locator("pre").first().waitFor();
  await page.getByTestId("q1-preview").click();
  await page.getByTestId("question-1").scrollIntoViewIfNeeded();
  await screenshot(page, "editor-media-reopened");

  // A laptop: the same editor at 1366×768.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId("question-0").scrollIntoViewIfNeeded();
  await screenshot(page, "editor-media-laptop");
  await expect(page.evaluate("document.documentElement.scrollWidth")).resolves.toBeLessThanOrEqual(1366);
});
