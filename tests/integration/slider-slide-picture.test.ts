import { parse } from "csv-parse/sync";
import sharp from "sharp";
import type { PhaseView } from "@lousa/game";
import type { BankDraft, LibraryBankDetail, PlayerSnapshot } from "@lousa/protocol";
import { must, next, rawEmitWithAck, type TestSocket } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";
import { createBank, hostWithPlayers } from "../helpers/integration-game";

const harness = serverPerTest();

type QuestionPhase = Extract<PhaseView, { kind: "question" }>;
type RevealPhase = Extract<PhaseView, { kind: "reveal" }>;

async function teacherHeaders(): Promise<Record<string, string>> {
  return { origin: harness.server.url, cookie: await harness.server.teacherCookie() };
}

async function uploadPicture(): Promise<{ id: string; width: number; height: number }> {
  const png = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#2266aa" } }).png().toBuffer();
  const res = await fetch(`${harness.server.url}/api/images`, { method: "POST", headers: { ...(await teacherHeaders()), "content-type": "image/png" }, body: png });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { image: { id: string; width: number; height: number } };
  return body.image;
}

function bank(imageId: string): BankDraft {
  return {
    title: "Slide, estimativa e figura",
    description: "",
    language: "pt-BR",
    questions: [
      { type: "slide", prompt: "Camadas", options: [], correct: [], explanation: "Cada `RUN` cria uma camada.", timeLimitSec: 20, pointsMode: "standard" },
      { type: "slider", prompt: "Quantas camadas?", options: [], correct: [], explanation: "RUN, COPY e ADD.", timeLimitSec: 30, pointsMode: "standard", slider: { min: 0, max: 20, step: 1, answer: 5, tolerance: 0, unit: "camadas" } },
      // The size sent is wrong on purpose: the server keeps the stored picture's.
      { type: "single", prompt: "O que a figura mostra?", options: ["Camadas", "Processos"], correct: [0], explanation: "", timeLimitSec: 30, pointsMode: "standard", image: { id: imageId, alt: "Pilha de camadas de uma imagem", width: 1, height: 1, onPhones: true } },
    ],
  };
}

/** The raw response: the first test looks at a refusal. */
async function saveBank(draft: BankDraft): Promise<Response> {
  return fetch(`${harness.server.url}/api/banks`, { method: "POST", headers: { ...(await teacherHeaders()), "content-type": "application/json" }, body: JSON.stringify(draft) });
}

test("a bank refuses a picture the server doesn't have, and keeps the stored picture's size", async () => {
  const refused = await saveBank(bank("AAAAAAAAAAAAAAAAAAAAAA"));
  expect(refused.status).toBe(400);
  expect(await refused.json()).toMatchObject({ error: { code: "BANK_INVALID" }, issues: [{ path: ["questions", 2, "image"], code: "IMAGE_NOT_FOUND" }] });
  const picture = await uploadPicture();
  const saved = await saveBank(bank(picture.id));
  expect(saved.status).toBe(201);
  const detail = (await saved.json()) as LibraryBankDetail;
  expect(detail.draft.questions[2]?.image).toEqual({ id: picture.id, alt: "Pilha de camadas de uma imagem", width: 1600, height: 800, onPhones: true });
  expect(detail.draft.questions[1]?.slider).toEqual({ min: 0, max: 20, step: 1, answer: 5, tolerance: 0, unit: "camadas" });
});

test("a slide, a slider and a pictured question over real sockets: no answers to a slide, closeness, get-ready, exports", async () => {
  const picture = await uploadPicture();
  const detail = await createBank(harness, bank(picture.id));
  const { host, game, phones } = await hostWithPlayers(harness, detail.id, ["Ana", "Bia"]);
  const [ana, bia] = phones as [TestSocket, TestSocket];

  // The slide: on every screen with its text, takes no answer; "next" goes straight to the slider.
  const slideOpen = next(ana, "game:phase", (v) => v.kind === "question");
  await must(host, "host:start", {});
  const [slide] = (await slideOpen) as [QuestionPhase];
  expect(slide).toMatchObject({ type: "slide", prompt: "Camadas", text: "Cada `RUN` cria uma camada.", options: [], remainingMs: 0 });
  expect(await rawEmitWithAck(ana, "player:answer", { questionIndex: 0, choices: [0] })).toMatchObject({ ok: false, error: { code: "INVALID_CHOICE" } });
  expect(await rawEmitWithAck(ana, "player:answer", { questionIndex: 0, value: 1 })).toMatchObject({ ok: false, error: { code: "INVALID_CHOICE" } });

  const sliderOpen = next(bia, "game:phase", (v) => v.kind === "question" && v.index === 1);
  expect(await must(host, "host:next", {})).toMatchObject({ kind: "question", index: 1 });
  const [sliderView] = (await sliderOpen) as [QuestionPhase];
  expect(sliderView.scale).toEqual({ min: 0, max: 20, step: 1, unit: "camadas" });
  expect(JSON.stringify(sliderView)).not.toMatch(/answer|tolerance|RUN, COPY/);
  // The wrong shape, or a number off the scale, is refused and changes nothing.
  for (const payload of [{ choices: [0] }, { text: "5" }, { value: 21 }, { value: -0.5 }]) {
    expect(await rawEmitWithAck(ana, "player:answer", { questionIndex: 1, ...payload })).toMatchObject({ ok: false, error: { code: "INVALID_CHOICE" } });
  }
  expect(await rawEmitWithAck(ana, "player:answer", { questionIndex: 1, value: "5" })).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
  expect(await must(ana, "player:answer", { questionIndex: 1, value: 5 })).toMatchObject({ value: 5 });
  const sliderReveal = next(host, "game:phase", (v) => v.kind === "reveal");
  const biaResult = next(bia, "player:you", (v: PlayerSnapshot["you"]) => v.lastResult?.questionIndex === 1);
  expect(await must(bia, "player:answer", { questionIndex: 1, value: 6.2 })).toMatchObject({ value: 6 });
  const [reveal] = (await sliderReveal) as [RevealPhase];
  expect(reveal.slider).toMatchObject({ answer: 5, tolerance: 0 });
  expect(reveal.distribution).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 0]);
  const [biaYou] = await biaResult;
  // One off on a 0–20 scale with no tolerance: right answer missed, about half the points (by speed).
  expect(biaYou.lastResult?.correct).toBe(false);
  expect(biaYou.lastResult?.points).toBeGreaterThan(200);
  expect(biaYou.lastResult?.points).toBeLessThanOrEqual(500);
  expect(biaYou.answeredValue).toBe(6);

  // The pictured question gets ready: answers wait until both phones have the picture.
  await must(host, "host:next", {});
  const preparing = next(ana, "game:phase", (v) => v.kind === "question" && v.index === 2);
  await must(host, "host:next", {});
  const [ready] = (await preparing) as [QuestionPhase];
  expect(ready.opensInMs).toBeGreaterThan(0);
  expect(ready.image).toEqual({ id: picture.id, alt: "Pilha de camadas de uma imagem", width: 1600, height: 800, onPhones: true });
  expect(await rawEmitWithAck(ana, "player:answer", { questionIndex: 2, choices: [0] })).toMatchObject({ ok: false, error: { code: "QUESTION_NOT_OPEN" } });
  const phone = await fetch(`${harness.server.url}/api/images/${picture.id}?size=phone`);
  expect(phone.headers.get("content-type")).toBe("image/webp");
  const clockStarts = next(bia, "game:phase", (v) => v.kind === "question" && v.index === 2 && v.opensInMs === 0);
  await must(ana, "player:ready", { questionIndex: 2 });
  await must(bia, "player:ready", { questionIndex: 2 });
  const [open] = (await clockStarts) as [QuestionPhase];
  expect(open.remainingMs).toBeGreaterThan(29_000);
  await must(ana, "player:answer", { questionIndex: 2, choices: [0] });
  await must(host, "host:end", {});

  // Exports: no columns for the slide; the slider's answer is the number guessed.
  const auth = { authorization: `Bearer ${game.hostSecret}` };
  const csv = await (await fetch(`${harness.server.url}/api/games/${game.gameId}/results.csv`, { headers: auth })).text();
  const rows: string[][] = parse(csv.replace(/^\uFEFF/, ""), { delimiter: "," });
  const header = rows[0]!;
  expect(header.some((h) => h.startsWith("q1_"))).toBe(false);
  const biaRow = rows.find((r) => r[1] === "Bia")!;
  expect([biaRow[header.indexOf("q2_choice")], biaRow[header.indexOf("q2_correct")]]).toEqual(["6 camadas", "no"]);
  const report = (await (await fetch(`${harness.server.url}/api/games/${game.gameId}/report`, { headers: auth })).json()) as { questions: { index: number; type: string }[]; summary: { gradedQuestions: number } };
  expect(report.questions.map((q) => [q.index, q.type])).toEqual([
    [1, "slider"],
    [2, "single"],
  ]);
  expect(report.summary.gradedQuestions).toBe(2);
  const sheet = await (await fetch(`${harness.server.url}/api/games/${game.gameId}/export.csv?sheet=questions&locale=pt-BR`, { headers: auth })).text();
  expect(sheet).toContain("5 camadas");
});
