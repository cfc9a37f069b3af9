import AxeBuilder from "@axe-core/playwright";
import type { BankDraft } from "@lousa/protocol";
import { isGeneratedNickname } from "@lousa/game";
import { phone, screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { createBank } from "../helpers/e2e-game";

jest.setTimeout(240_000);
const env = serverAndBrowser();

const DRAFT: BankDraft = {
  title: "Apelidos sorteados",
  description: "",
  language: "pt-BR",
  questions: [{ type: "truefalse", prompt: "O Sol é uma estrela.", options: ["Verdadeiro", "Falso"], correct: [0], explanation: "", timeLimitSec: 30, pointsMode: "standard" }],
};

test("a phone at 360×640 in a drawn-names game spins the generator three times and joins with the last name", async () => {
  const teacher = await signedInProjector(env.browser, env.server);
  const bankId = await createBank(teacher, env.server, DRAFT);

  // Novo jogo: "Só sorteados" turns the filter checkbox off (drawn names need none).
  const host = await teacher.newPage();
  await host.goto(`${env.server.url}/host?bank=${bankId}`);
  await expect(host.getByTestId("nickname-filter").isChecked()).resolves.toBe(true);
  await host.getByTestId("nicknames-generated").check();
  await expect(host.getByTestId("nickname-filter").isDisabled()).resolves.toBe(true);
  await host.getByTestId("create-game").click();
  await host.getByTestId("host-lobby").waitFor();
  const pin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");

  const page = await (await phone(env.browser)).newPage();
  await page.goto(`${env.server.url}/?pin=${pin}`);
  const field = page.getByTestId("nickname");
  // The phone learns from player:lookup that names are drawn: the field can't be typed in.
  await page.getByText("Neste jogo, o apelido vem do sorteio.").waitFor();
  await expect(field.getAttribute("readonly")).resolves.not.toBeNull();
  await expect(page.getByRole("button", { name: "Entrar" }).isDisabled()).resolves.toBe(true);

  const draw = page.getByTestId("nickname-draw");
  const announced = page.getByTestId("nickname-drawn");
  const names: string[] = [];
  for (let spin = 1; spin <= 3; spin++) {
    await draw.click();
    // The aria-live line says the name once it settles; the field holds the same name.
    await announced.filter({ hasText: "Seu apelido:" }).waitFor();
    await page.getByTestId("nickname-spins").filter({ hasText: spin === 3 ? "Acabaram os sorteios" : spin === 2 ? "mais uma vez" : "mais 2 vezes" }).waitFor();
    const name = await field.inputValue();
    expect(isGeneratedNickname(name)).toBe(true);
    expect([...name].length).toBeLessThanOrEqual(20);
    await expect(announced.innerText()).resolves.toBe(`Seu apelido: ${name}`);
    names.push(name);
  }
  await expect(draw.isDisabled()).resolves.toBe(true);
  await expect(announced.getAttribute("aria-live")).resolves.toBe("polite");

  // Big enough to hit with a thumb, all on a 360 px screen.
  const box = await draw.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  await expect(page.evaluate("document.documentElement.scrollWidth")).resolves.toBeLessThanOrEqual(360);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await screenshot(page, "nicknames-drawn-phone");

  const last = names[2]!;
  await page.getByRole("button", { name: "Entrar" }).click();
  await page.getByTestId("player-lobby").waitFor();
  await host.getByText(last, { exact: true }).waitFor();
  await screenshot(page, "nicknames-joined-phone");
});
