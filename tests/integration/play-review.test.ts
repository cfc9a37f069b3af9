import type { BankDraft, PlayerReview } from "@lousa/protocol";
import { must, type TestSocket } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";
import { createBank, hostWithPlayers } from "../helpers/integration-game";

const harness = serverPerTest();

const BANK: BankDraft = {
  title: "Revisão",
  description: "",
  language: "pt-BR",
  questions: [
    { type: "single", prompt: "Quem gerencia o hardware?", options: ["O kernel", "O shell"], correct: [0], explanation: "O kernel fala com o hardware.", timeLimitSec: 20, pointsMode: "standard" },
    { type: "slide", prompt: "Pausa", options: [], correct: [], explanation: "Um slide.", timeLimitSec: 20, pointsMode: "standard" },
    { type: "poll", prompt: "Gostou?", options: ["Sim", "Não"], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard" },
    { type: "slider", prompt: "Ano do Linux?", options: [], correct: [], explanation: "1991.", timeLimitSec: 20, pointsMode: "standard", slider: { min: 1980, max: 2000, step: 1, answer: 1991, tolerance: 0, unit: "" } },
  ],
};

async function review(rejoinToken: string): Promise<Response> {
  return fetch(`${harness.server.url}/api/play/review`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ rejoinToken }) });
}

test("a student looks back at a finished game: right answers, explanations, their own; not before the teacher ends it", async () => {
  const bank = await createBank(harness, BANK);
  const { host, phones, rejoinTokens: tokens } = await hostWithPlayers(harness, bank.id, ["Ana", "Bia"]);
  const [ana, bia] = phones as [TestSocket, TestSocket];
  await must(host, "host:start", {});
  await must(ana, "player:answer", { questionIndex: 0, choices: [0] });
  await must(bia, "player:answer", { questionIndex: 0, choices: [1] });

  // Mid-game: the review would hand out the answers.
  const early = await review(tokens[0]!);
  expect([early.status, await early.json()]).toEqual([409, { ok: false, error: expect.objectContaining({ code: "GAME_NOT_OVER" }) }]);

  await must(host, "host:next", {}); // leaderboard
  await must(host, "host:next", {}); // the slide
  await must(host, "host:next", {}); // the poll
  await must(ana, "player:answer", { questionIndex: 2, choices: [0] });
  await must(bia, "player:answer", { questionIndex: 2, choices: [0] });
  await must(host, "host:next", {});
  await must(host, "host:next", {}); // the slider
  await must(ana, "player:answer", { questionIndex: 3, value: 1991 });
  await must(host, "host:end", {});

  const done = await review(tokens[1]!);
  expect(done.status).toBe(200);
  const bias = (await done.json()) as PlayerReview;
  expect(bias).toMatchObject({ bankTitle: "Revisão", nickname: "Bia", rank: 2, playerCount: 2, correctCount: 0, gradedCount: 2 });
  // The slide is left out; each question keeps its number in the game.
  expect(bias.questions.map((q) => [q.index, q.type, q.graded, q.right])).toEqual([
    [0, "single", true, false],
    [2, "poll", false, false],
    [3, "slider", true, false],
  ]);
  expect(bias.questions[0]).toMatchObject({ correct: [0], explanation: "O kernel fala com o hardware.", answer: { choices: [1] } });
  expect(bias.questions[2]).toMatchObject({ answer: null, slider: { answer: 1991 } });
  const anas = (await (await review(tokens[0]!)).json()) as PlayerReview;
  expect(anas).toMatchObject({ rank: 1, correctCount: 2, gradedCount: 2 });

  for (const bad of ["x".repeat(40), "short"]) expect((await review(bad)).status).toBe(bad === "short" ? 400 : 404);
});
