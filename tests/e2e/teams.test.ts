import type { Page } from "playwright-core";
import { BUILT_IN_BANKS } from "@lousa/banks";
import { phone, screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";

/**
 * Team play as a class sees it: the teacher turns teams on in Novo jogo (three teams, students pick),
 * phones at 360×640 pick a team by its colour and name, the projector at 1920×1080 shows the teams in the
 * lobby, the team scoreboard beside the top five and the winning team on the podium; each phone shows its
 * team's place.
 */
jest.setTimeout(120_000);

const env = serverAndBrowser();
const kernel = BUILT_IN_BANKS.find((b) => b.id === "kernel")!;

async function tap(page: Page, index: number, right: boolean): Promise<void> {
  const q = kernel.questions[index]!;
  await page.locator(`[data-testid="player-question"][data-index="${index}"]`).waitFor();
  const choice = right ? q.correct[0]! : q.options.findIndex((_, i) => !q.correct.includes(i));
  await page.getByTestId(`answer-${choice}`).click();
  if (q.type === "multiple") await page.getByTestId("answer-submit").click();
}

test("three picked teams: picker on the phone, teams in the lobby, team scoreboard and winning team on the projector, each phone's team place", async () => {
  const host = await (await signedInProjector(env.browser, env.server)).newPage();
  await host.goto(`${env.server.url}/host?bank=kernel`);
  await host.getByTestId("teams-count").selectOption("3");
  await host.getByTestId("teams-pick").check();
  await screenshot(host, "teams-setup-projector");
  await host.getByTestId("create-game").click();
  await host.getByTestId("host-lobby").waitFor();
  const pin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");

  const phones: Page[] = [];
  for (const [name, team] of [["Ana", 1], ["Bia", 1], ["Caio", 0]] as const) {
    const p = await (await phone(env.browser)).newPage();
    await p.goto(`${env.server.url}/?pin=${pin}`);
    await p.getByTestId("team-picker").waitFor();
    await p.locator("#nickname").fill(name);
    await p.getByTestId(`team-pick-${team}`).check();
    if (name === "Ana") await screenshot(p, "teams-join-phone");
    await p.getByRole("button", { name: "Entrar" }).click();
    await p.getByTestId("player-lobby").waitFor();
    await p.getByTestId("player-team").filter({ hasText: team === 1 ? "Equipe Azul" : "Equipe Vermelha" }).waitFor();
    phones.push(p);
  }
  const [ana, bia, caio] = phones as [Page, Page, Page];
  await host.getByTestId("lobby-teams").filter({ hasText: "Equipe Azul · 2" }).waitFor();
  await screenshot(host, "teams-lobby-projector");

  await host.getByTestId("host-start").click();
  // Blue: Ana right, Bia wrong (average of the two); Red: Caio right alone, a little later than Ana.
  await tap(ana, 0, true);
  await tap(bia, 0, false);
  await tap(caio, 0, true);
  await host.getByTestId("host-reveal").waitFor();
  await host.getByTestId("host-next").click();
  await host.getByTestId("host-teams").waitFor();
  // Red (one right answer out of one) is ahead of Blue (one of two), whatever the speed.
  await expect(host.getByTestId("team-0").getAttribute("data-rank")).resolves.toBe("1");
  await expect(host.getByTestId("team-1").getAttribute("data-rank")).resolves.toBe("2");
  // The rows slide in: the picture is of the scoreboard at rest.
  await host.evaluate("Promise.all(document.getAnimations().map((a) => a.finished)).then(() => true)");
  await screenshot(host, "teams-scoreboard-projector");
  await bia.getByTestId("player-team").filter({ hasText: "2º lugar de 2" }).waitFor();
  await screenshot(bia, "teams-standing-phone");

  // "Encerrar jogo" asks the browser to confirm.
  host.once("dialog", (d) => void d.accept());
  await host.getByTestId("host-end").click();
  await host.getByTestId("host-podium").waitFor();
  await host.getByTestId("team-winner").filter({ hasText: "Equipe Vermelha" }).waitFor();
  await screenshot(host, "teams-podium-projector");
  await caio.getByTestId("player-final").waitFor();
  await caio.getByTestId("player-team").filter({ hasText: "1º lugar de 2" }).waitFor();
});
