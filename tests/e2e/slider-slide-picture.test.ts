import sharp from "sharp";
import type { BrowserContext, Page } from "playwright-core";
import type { BankDraft } from "@lousa/protocol";
import { screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { createBank, hostWithPhones } from "../helpers/e2e-game";
import type { SpawnedServer } from "../helpers/spawn-server";

jest.setTimeout(240_000);
const env = serverAndBrowser();

type Picture = { id: string; width: number; height: number };

const ALT = "Pilha de três camadas coloridas de uma imagem de contêiner";

/** A picture worth looking at in the screenshots: three stacked layers, drawn as SVG and sent as a PNG. */
async function layersPng(): Promise<Buffer> {
  const layer = (y: number, fill: string, label: string) =>
    `<rect x="150" y="${y}" width="900" height="170" rx="24" fill="${fill}"/><text x="600" y="${y + 110}" font-size="72" font-family="sans-serif" font-weight="bold" fill="#fff" text-anchor="middle">${label}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#f4f1ea"/>${layer(90, "#1565c0", "RUN apk add git")}${layer(310, "#2e7d32", "COPY . /app")}${layer(530, "#6a1b9a", "FROM alpine")}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Uploads a picture as the signed-in teacher of `context` (POST /api/images from our own origin): its stored id and size. */
async function uploadPicture(context: BrowserContext, server: SpawnedServer): Promise<Picture> {
  const res = await context.request.post(`${server.url}/api/images`, { headers: { origin: server.url, "content-type": "image/png" }, data: await layersPng() });
  if (res.status() !== 201) throw new Error(`picture not uploaded: ${res.status()} ${await res.text()}`);
  const body: unknown = await res.json();
  const image = typeof body === "object" && body !== null && "image" in body ? body.image : null;
  if (typeof image !== "object" || image === null || !("id" in image) || typeof image.id !== "string" || !("width" in image) || typeof image.width !== "number" || !("height" in image) || typeof image.height !== "number") throw new Error("no image in the upload's answer");
  return { id: image.id, width: image.width, height: image.height };
}

/** `slidePicture` and `picture` are two uploads of one drawing: a phone must not have the question's file cached from the slide. */
function draft(slidePicture: Picture, picture: Picture): BankDraft {
  const image = { ...picture, alt: ALT, onPhones: true };
  return {
    title: "Camadas de contêiner",
    description: "",
    language: "pt-BR",
    questions: [
      {
        type: "slide",
        prompt: "Camadas de uma imagem",
        options: [],
        correct: [],
        explanation: "Cada instrução que muda arquivos cria uma camada:\n```dockerfile\nFROM alpine\nRUN apk add git\nCOPY . /app\n```",
        timeLimitSec: 20,
        pointsMode: "standard",
        image: { ...slidePicture, alt: ALT, onPhones: true },
      },
      { type: "slider", prompt: "Quantas camadas tem uma imagem com FROM, 3 RUN e 1 COPY?", options: [], correct: [], explanation: "FROM traz a base; cada RUN e COPY acrescenta uma: 5.", timeLimitSec: 60, pointsMode: "standard", slider: { min: 0, max: 20, step: 1, answer: 5, tolerance: 0, unit: "camadas" } },
      { type: "single", prompt: "Qual camada a figura mostra no topo?", options: ["RUN apk add git", "COPY . /app", "FROM alpine", "Nenhuma"], correct: [0], explanation: "A última instrução fica no topo.", timeLimitSec: 60, pointsMode: "standard", image },
    ],
  };
}

/** A phone at 360 px must never scroll sideways. */
async function fitsWidth(page: Page): Promise<void> {
  await expect(page.evaluate("document.documentElement.scrollWidth")).resolves.toBeLessThanOrEqual(360);
}

/** The bottom of `testId`'s element, in CSS pixels from the top of the 640 px screen. */
async function bottomOf(page: Page, testId: string): Promise<number> {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not on screen`);
  return box.y + box.height;
}

test("a slide, a slider and a pictured question: Continuar, closeness feedback, histogram, get-ready opened early by the phones", async () => {
  const teacher = await signedInProjector(env.browser, env.server);
  const bankId = await createBank(teacher, env.server, draft(await uploadPicture(teacher, env.server), await uploadPicture(teacher, env.server)));
  const { host, phones } = await hostWithPhones(teacher, env.browser, env.server, bankId, ["Ana", "Bruno"]);
  const [ana, bruno] = phones;
  if (!ana || !bruno) throw new Error("phones did not join");
  await host.getByTestId("player-count").filter({ hasText: "2 jogadores" }).waitFor();
  await host.getByTestId("host-start").click();

  // 1. The slide: title, text with its code highlighted, the picture; no clock, no count; "Continuar".
  await host.getByTestId("host-slide").waitFor();
  await expect(host.getByTestId("host-next").innerText()).resolves.toBe("Continuar");
  await expect(host.getByTestId("countdown").count()).resolves.toBe(0);
  await expect(host.getByTestId("answers-in").count()).resolves.toBe(0);
  await expect(host.getByTestId("slide-text").locator("pre").count()).resolves.toBe(1);
  await expect(host.getByTestId("host-picture").locator("img").getAttribute("alt")).resolves.toBe(ALT);
  for (const p of [ana, bruno]) {
    await p.getByTestId("player-slide").waitFor();
    await expect(p.getByTestId("slide-look").innerText()).resolves.toContain("Olhe para a tela do professor");
    await expect(p.getByRole("button", { name: "Enviar" }).count()).resolves.toBe(0);
    await fitsWidth(p);
  }
  await screenshot(host, "slide-host");
  await screenshot(ana, "slide-phone");
  await host.getByTestId("host-next").click();

  // 2. The slider: the projector shows the scale; Ana answers exactly (keyboard), Bruno one step off (buttons).
  await host.locator('[data-testid="host-question"][data-index="1"]').waitFor();
  await expect(host.getByTestId("slider-scale").innerText()).resolves.toMatch(/0[\s\S]*20 camadas/);
  for (const p of [ana, bruno]) await p.locator('[data-testid="player-question"][data-index="1"]').waitFor();
  // Nothing chosen until the student moves it: no value to send untouched, "Enviar" off and saying why.
  const range = ana.getByTestId("slider-input");
  await expect(range.getAttribute("aria-valuetext")).resolves.toBe("Nenhum valor escolhido");
  await expect(ana.getByTestId("slider-value").innerText()).resolves.toBe("Arraste para escolher");
  await expect(ana.getByTestId("answer-submit").isDisabled()).resolves.toBe(true);
  await expect(ana.getByRole("button", { name: "Enviar" }).getAttribute("aria-describedby")).resolves.toBe(await ana.getByTestId("slider-hint").getAttribute("id"));
  await expect(ana.getByTestId("slider-hint").innerText()).resolves.toBe("Escolha um valor no controle antes de enviar.");
  await fitsWidth(ana);
  expect(await bottomOf(ana, "answer-submit")).toBeLessThanOrEqual(640);
  await screenshot(ana, "slider-phone-untouched");
  await range.focus();
  await ana.keyboard.press("Home");
  for (let i = 0; i < 5; i++) await ana.keyboard.press("ArrowRight");
  await expect(ana.getByTestId("slider-value").innerText()).resolves.toBe("5 camadas");
  await expect(range.getAttribute("aria-valuetext")).resolves.toBe("5 camadas");
  await expect(ana.getByTestId("answer-submit").isDisabled()).resolves.toBe(false);
  await fitsWidth(ana);
  expect(await bottomOf(ana, "answer-submit")).toBeLessThanOrEqual(640);
  await screenshot(ana, "slider-phone");
  await screenshot(host, "slider-host-question");
  await ana.getByTestId("answer-submit").click();
  await expect(ana.getByTestId("locked-value").innerText()).resolves.toBe("Você escolheu 5 camadas");
  await screenshot(ana, "slider-phone-sent");
  // − from nothing chosen steps down from the middle (10): 9, 8, 7, 6.
  for (let i = 0; i < 4; i++) await bruno.getByTestId("slider-less").click();
  await expect(bruno.getByTestId("slider-value").innerText()).resolves.toBe("6 camadas");
  await bruno.getByTestId("answer-submit").click();

  await host.locator('[data-testid="host-reveal"][data-type="slider"]').waitFor();
  await expect(host.getByTestId("slider-answer").innerText()).resolves.toBe("Resposta: 5 camadas");
  await expect(host.getByTestId("slider-bar-2").getAttribute("data-count")).resolves.toBe("1");
  await expect(host.getByTestId("slider-bar-2").getAttribute("data-right")).resolves.toBe("true");
  await expect(host.getByTestId("slider-bar-3").getAttribute("data-count")).resolves.toBe("1");
  await expect(host.getByTestId("slider-bar-9").getAttribute("data-count")).resolves.toBe("0");
  await expect(host.getByTestId("explanation").innerText()).resolves.toContain("cada RUN e COPY");
  await screenshot(host, "slider-host-reveal");
  await expect(ana.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe("right");
  await expect(bruno.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe("close");
  await expect(bruno.getByTestId("player-feedback").innerText()).resolves.toMatch(/Perto![\s\S]*\+\d+ pontos/);
  for (const p of [ana, bruno]) {
    await expect(p.getByTestId("slider-right").innerText()).resolves.toBe("Resposta certa: 5 camadas");
    await fitsWidth(p);
  }
  await expect(bruno.getByTestId("slider-mine").innerText()).resolves.toBe("Você escolheu 6 camadas");
  await screenshot(ana, "slider-phone-right");
  await screenshot(bruno, "slider-phone-close");
  await host.getByTestId("host-next").click();
  await host.getByTestId("host-leaderboard").waitFor();

  // 3. The pictured question gets ready. Bruno's picture arrives late (2 s): until then both phones wait with
  // the picture and disabled buttons; once his arrives, both have said player:ready and the clock starts —
  // well before the 5 s the server would wait.
  await bruno.route("**/api/images/**", async (route) => {
    await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
  });
  const asked = Date.now();
  await host.getByTestId("host-next").click();
  await host.getByTestId("host-prepare").waitFor();
  await ana.getByTestId("player-prepare").waitFor();
  await expect(ana.getByTestId("answer-0").isDisabled()).resolves.toBe(true);
  await expect(host.getByTestId("host-picture").locator("img").getAttribute("alt")).resolves.toBe(ALT);
  await screenshot(host, "picture-host-prepare");
  await screenshot(ana, "picture-phone-prepare");
  await host.getByTestId("countdown").waitFor();
  const opened = Date.now() - asked;
  expect(opened).toBeGreaterThanOrEqual(1500);
  expect(opened).toBeLessThan(4500);
  await expect(host.getByTestId("countdown").innerText()).resolves.toMatch(/^(60|59|58)$/);
  for (const p of [ana, bruno]) {
    await p.getByTestId("player-prepare").waitFor({ state: "detached" });
    await expect(p.getByTestId("answer-0").isEnabled()).resolves.toBe(true);
    await expect(p.getByTestId("phone-picture").locator("img").getAttribute("alt")).resolves.toBe(ALT);
    await expect(p.evaluate("document.querySelector('[data-testid=phone-picture] img').naturalWidth")).resolves.toBeGreaterThan(0);
    await fitsWidth(p);
    // The picture never pushes the answers off a 360×640 screen.
    expect(await bottomOf(p, "answer-3")).toBeLessThanOrEqual(640);
  }
  await screenshot(host, "picture-host-question");
  await screenshot(ana, "picture-phone-question");
  await ana.getByTestId("answer-0").click();
  await bruno.getByTestId("answer-2").click();
  await host.locator('[data-testid="host-reveal"][data-type="single"]').waitFor();
  await expect(host.getByTestId("host-picture").locator("img").getAttribute("alt")).resolves.toBe(ALT);
  await screenshot(host, "picture-host-reveal");
  await expect(ana.getByTestId("player-feedback").getAttribute("data-verdict")).resolves.toBe("right");
  await host.getByTestId("host-next").click();
  await host.getByTestId("host-leaderboard").waitFor();
  await host.getByTestId("host-next").click();
  await host.getByTestId("host-podium").waitFor();
});
