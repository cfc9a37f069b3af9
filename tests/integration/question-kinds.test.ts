import { parse } from "csv-parse/sync";
import type { PhaseView } from "@lousa/game";
import type { BankDraft, PlayerSnapshot } from "@lousa/protocol";
import { call, must, next, rawEmitWithAck, type TestSocket } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";
import { createBank, hostWithPlayers } from "../helpers/integration-game";

const harness = serverPerTest();

const LIFE_OF_A_CONTAINER = ["Escrever o Dockerfile", "docker build", "docker push", "docker run"];

const BANK: BankDraft = {
  title: "Tipos de questão",
  description: "",
  language: "pt-BR",
  questions: [
    { type: "poll", prompt: "Você já usou containers?", options: ["Sim", "Não", "Não sei"], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard" },
    { type: "ordering", prompt: "Ponha em ordem a vida de um container", options: LIFE_OF_A_CONTAINER, correct: [0, 1, 2, 3], explanation: "Primeiro a receita, depois a imagem.", timeLimitSec: 30, pointsMode: "standard" },
  ],
};

type QuestionPhase = Extract<PhaseView, { kind: "question" }>;
type RevealPhase = Extract<PhaseView, { kind: "reveal" }>;

test("a poll and an ordering question over real sockets: what phones see, what counts, what the CSV says", async () => {
  const bank = await createBank(harness, BANK);
  const { host, game, phones } = await hostWithPlayers(harness, bank.id, ["Ana", "Bia"]);
  const [ana, bia] = phones as [TestSocket, TestSocket];

  // The poll: one vote each, nobody's standing moves.
  const pollOpen = next(ana, "game:phase", (v) => v.kind === "question");
  await must(host, "host:start", {});
  const [pollView] = (await pollOpen) as [QuestionPhase];
  expect(pollView).toMatchObject({ type: "poll", options: ["Sim", "Não", "Não sei"] });
  expect(JSON.stringify(pollView)).not.toMatch(/correct/);
  expect(await rawEmitWithAck(ana, "player:answer", { questionIndex: 0, choices: [0, 1] })).toMatchObject({ ok: false, error: { code: "INVALID_CHOICE" } });
  await must(ana, "player:answer", { questionIndex: 0, choices: [0] });
  const pollReveal = next(host, "game:phase", (v) => v.kind === "reveal");
  await must(bia, "player:answer", { questionIndex: 0, choices: [0] });
  const [pollResult] = (await pollReveal) as [RevealPhase];
  expect(pollResult).toMatchObject({ type: "poll", correct: [], distribution: [2, 0, 0] });

  // The ordering question: shown shuffled (once, for every phone); only the whole sequence is right.
  await must(host, "host:next", {});
  const orderOpen = next(ana, "game:phase", (v) => v.kind === "question");
  await must(host, "host:next", {});
  const [orderView] = (await orderOpen) as [QuestionPhase];
  expect(orderView.type).toBe("ordering");
  expect([...orderView.options].sort()).toEqual([...LIFE_OF_A_CONTAINER].sort());
  const rightSequence = LIFE_OF_A_CONTAINER.map((item) => orderView.options.indexOf(item));
  const swapped = [rightSequence[1]!, rightSequence[0]!, rightSequence[2]!, rightSequence[3]!];
  // Crafted answers of the wrong shape change nothing.
  for (const choices of [rightSequence.slice(0, 3), [...rightSequence.slice(0, 3), rightSequence[0]!], [4, 0, 1, 2]]) {
    expect(await rawEmitWithAck(bia, "player:answer", { questionIndex: 1, choices })).toMatchObject({ ok: false, error: { code: "INVALID_CHOICE" } });
  }
  expect(await rawEmitWithAck(bia, "player:answer", { questionIndex: 1, choices: [9, 0, 1, 2] })).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
  await must(ana, "player:answer", { questionIndex: 1, choices: rightSequence });
  const orderReveal = next(host, "game:phase", (v) => v.kind === "reveal");
  const biaResult = next(bia, "player:you", (v: PlayerSnapshot["you"]) => v.lastResult?.questionIndex === 1);
  await must(bia, "player:answer", { questionIndex: 1, choices: swapped });
  const [orderResult] = (await orderReveal) as [RevealPhase];
  expect(orderResult.correct).toEqual(rightSequence);
  // Per item, who put it in its place: Ana all four, Bia the last two.
  expect(rightSequence.map((i) => orderResult.distribution[i])).toEqual([1, 1, 2, 2]);
  const [biaYou] = await biaResult;
  expect(biaYou.lastResult).toMatchObject({ correct: false, points: 0 });

  await must(host, "host:end", {});
  const csv = await (await fetch(`${harness.server.url}/api/games/${game.gameId}/results.csv`, { headers: { authorization: `Bearer ${game.hostSecret}` } })).text();
  const rows: string[][] = parse(csv.replace(/^\uFEFF/, ""), { delimiter: "," });
  const header = rows[0]!;
  const anaRow = rows.find((r) => r[1] === "Ana")!;
  const cell = (row: string[], name: string) => row[header.indexOf(name)];
  // The poll's answer has no right or wrong; the ordering answer reads as the sequence given.
  expect([cell(anaRow, "q1_choice"), cell(anaRow, "q1_correct"), cell(anaRow, "q1_points")]).toEqual(["A", "", "0"]);
  expect(cell(anaRow, "q2_choice")).toBe(rightSequence.map((i) => String.fromCharCode(65 + i)).join(" > "));
  expect(cell(anaRow, "q2_correct")).toBe("yes");
  const report = await (await fetch(`${harness.server.url}/api/games/${game.gameId}/report`, { headers: { authorization: `Bearer ${game.hostSecret}` } })).json();
  expect(report).toMatchObject({ players: [{ nickname: "Ana", correct: 1, percentCorrect: 1 }, { nickname: "Bia", correct: 0, percentCorrect: 0 }] });
  expect(await call(host, "host:end", {})).toMatchObject({ ok: false });
});

test("a game of polls only has no grades: the gradebook files say so instead of exporting zeros", async () => {
  const bank = await createBank(harness, { ...BANK, questions: [BANK.questions[0]!] });
  const { host, game, phones } = await hostWithPlayers(harness, bank.id, ["Ana"]);
  const phone = phones[0]!;
  await must(host, "host:start", {});
  await must(phone, "player:answer", { questionIndex: 0, choices: [1] });
  await must(host, "host:end", {});
  const auth = { authorization: `Bearer ${game.hostSecret}` };
  for (const file of ["moodle.csv", "classroom.csv"]) {
    const refused = await fetch(`${harness.server.url}/api/games/${game.gameId}/${file}`, { headers: auth });
    expect([file, refused.status, await refused.json()]).toEqual([file, 409, { ok: false, error: expect.objectContaining({ code: "NOTHING_TO_GRADE" }) }]);
  }
  // The vote itself is in the workbook's questions sheet.
  const csv = await (await fetch(`${harness.server.url}/api/games/${game.gameId}/export.csv?sheet=questions&locale=pt-BR`, { headers: auth })).text();
  expect(csv).toContain("B) Não 1");
});

test("a type-answer question over real sockets: hidden answers, accents, the commonest wrong texts, stored text", async () => {
  const bank = await createBank(harness, {
    ...BANK,
    questions: [{ type: "typeAnswer", prompt: "Como se chama a parte do sistema operacional que gerencia o hardware?", options: ["Núcleo", "kernel"], correct: [], ignoreAccents: true, explanation: "", timeLimitSec: 30, pointsMode: "standard" }],
  });
  expect(bank.draft.questions[0]).toMatchObject({ type: "typeAnswer", ignoreAccents: true, correct: [] });
  const { host, game, phones } = await hostWithPlayers(harness, bank.id, ["Ana", "Bia", "Caio"]);
  const [ana, bia, caio] = phones as [TestSocket, TestSocket, TestSocket];
  const open = next(ana, "game:phase", (v) => v.kind === "question");
  await must(host, "host:start", {});
  const [view] = (await open) as [QuestionPhase];
  expect(view).toMatchObject({ type: "typeAnswer", options: [] });
  expect(JSON.stringify(view)).not.toMatch(/cleo|kernel/i);
  expect(await rawEmitWithAck(ana, "player:answer", { questionIndex: 0, choices: [0] })).toMatchObject({ ok: false, error: { code: "INVALID_CHOICE" } });
  expect(await rawEmitWithAck(ana, "player:answer", { questionIndex: 0, text: "x".repeat(121) })).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
  expect(await must(ana, "player:answer", { questionIndex: 0, text: "  nucleo " })).toMatchObject({ text: "nucleo", choices: [] });
  await must(bia, "player:answer", { questionIndex: 0, text: "Kernell" });
  const reveal = next(host, "game:phase", (v) => v.kind === "reveal");
  await must(caio, "player:answer", { questionIndex: 0, text: "kernell" });
  const [result] = (await reveal) as [RevealPhase];
  expect(result).toMatchObject({ options: ["Núcleo", "kernel"], distribution: [1, 0], typed: [{ text: "Kernell", count: 2 }] });

  await must(host, "host:end", {});
  const auth = { authorization: `Bearer ${game.hostSecret}` };
  const csv = await (await fetch(`${harness.server.url}/api/games/${game.gameId}/results.csv`, { headers: auth })).text();
  const rows: string[][] = parse(csv.replace(/^\uFEFF/, ""), { delimiter: "," });
  const anaRow = rows.find((r) => r[1] === "Ana")!;
  expect(anaRow.slice(5, 7)).toEqual(["nucleo", "yes"]);
  const report = (await (await fetch(`${harness.server.url}/api/games/${game.gameId}/report`, { headers: auth })).json()) as { questions: unknown[] };
  expect(report.questions[0]).toMatchObject({ type: "typeAnswer", percentCorrect: 1 / 3, topWrongTexts: [{ text: "Kernell", count: 2 }], topDistractor: null });
});
