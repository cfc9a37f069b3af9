import type { BankDraft } from "@lousa/protocol";
import { screenshot, signedInProjector } from "../helpers/browser";
import { connect, must, type TestSocket } from "../helpers/clients";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { createBank } from "../helpers/e2e-game";
import { LOBBY_CHIPS } from "../../apps/web/components/host/lobby-sample";

jest.setTimeout(240_000);
const env = serverAndBrowser();

const DRAFT: BankDraft = {
  title: "Auditório",
  description: "",
  language: "pt-BR",
  questions: [{ type: "truefalse", prompt: "O kernel é o núcleo do sistema operacional.", options: ["Verdadeiro", "Falso"], correct: [0], explanation: "", timeLimitSec: 30, pointsMode: "standard" }],
};

const EXTRA = 50;
const sockets: TestSocket[] = [];
afterAll(() => sockets.forEach((s) => s.disconnect()));

test("a lobby with more students than chips shows the count, the latest names and a search, at 1920×1080", async () => {
  const teacher = await signedInProjector(env.browser, env.server);
  const bankId = await createBank(teacher, env.server, DRAFT);
  const host = await teacher.newPage();
  await host.goto(`${env.server.url}/host?bank=${bankId}`);
  await host.getByTestId("create-game").click();
  await host.getByTestId("host-lobby").waitFor();
  const pin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");

  const names = [...Array.from({ length: LOBBY_CHIPS + EXTRA - 1 }, (_, i) => `Aluno ${i + 1}`), "João Pedro"];
  for (const nickname of names) {
    const socket = await connect(env.server.url);
    sockets.push(socket);
    await must(socket, "player:join", { pin, nickname });
  }

  await host.getByTestId("player-count").filter({ hasText: `${names.length} jogadores` }).waitFor();
  const roster = host.getByTestId("roster");
  // The latest arrivals as chips (each with its ⏱ extra-time button beside it), the rest counted: the first to join is not on screen, the last is.
  await expect(roster.locator("button.chip").count()).resolves.toBe(LOBBY_CHIPS);
  await expect(host.getByTestId("roster-more").innerText()).resolves.toBe(`e mais ${EXTRA}`);
  await expect(roster.getByText("Aluno 1", { exact: true }).count()).resolves.toBe(0);
  await roster.getByText("João Pedro", { exact: true }).waitFor();
  await screenshot(host, "big-lobby-projector");

  // A search finds one student among all of them (accents and case don't matter): there to remove them.
  const search = host.getByTestId("lobby-search");
  await search.fill("aluno 1");
  await roster.getByText("Aluno 1", { exact: true }).waitFor();
  await search.fill("JOAO");
  await expect(roster.locator("button.chip").allInnerTexts()).resolves.toEqual(["João Pedro"]);
  await search.fill("ninguém assim");
  await host.getByText("Ninguém com esse nome.").waitFor();
  await screenshot(host, "big-lobby-search");
});
