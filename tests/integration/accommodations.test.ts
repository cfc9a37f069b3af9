import type { PhaseView, PlayerPrivateView } from "@lousa/game";
import type { BankDraft } from "@lousa/protocol";
import { call, must, next, rawEmitWithAck, type TestSocket } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";
import { createBank, hostWithPlayers } from "../helpers/integration-game";

const harness = serverPerTest();

const LIMIT_SEC = 20;
const BANK: BankDraft = {
  title: "Adaptações",
  description: "",
  language: "pt-BR",
  questions: [{ type: "single", prompt: "2 + 2?", options: ["4", "5"], correct: [0], explanation: "", timeLimitSec: LIMIT_SEC, pointsMode: "standard" }],
};

/** Everything a socket is pushed, as JSON: what a classmate's phone or the projector could ever read. */
function everything(socket: TestSocket): string[] {
  const seen: string[] = [];
  socket.onAny((event: string, ...args: unknown[]) => seen.push(`${event} ${JSON.stringify(args)}`));
  return seen;
}

test("the host grants extra time; the reveal waits for that phone only; no other phone hears of it; the exports mark the answer", async () => {
  const bank = await createBank(harness, BANK);
  const { host, game, phones, playerIds } = await hostWithPlayers(harness, bank.id, ["Ana", "Bia"]);
  const [anaPhone, biaPhone] = phones as [TestSocket, TestSocket];
  const [ana, bia] = playerIds as [string, string];
  const biaSaw = everything(biaPhone);

  // Validated: an unknown extra time is refused before the game sees it.
  const bad = await rawEmitWithAck(host, "host:accommodate", { playerId: ana, accommodation: { time: "x3", noSpeedPenalty: false } });
  expect(bad).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
  // Only the host may do it.
  const fromPhone = await call(biaPhone, "host:accommodate", { playerId: bia, accommodation: { time: "x2", noSpeedPenalty: true } });
  expect(!fromPhone.ok && fromPhone.error.code).toBe("NOT_HOST");
  const line = await must(host, "host:accommodate", { playerId: ana, accommodation: { time: "x2", noSpeedPenalty: false } });
  expect(line).toMatchObject({ playerId: ana, nickname: "Ana", accommodation: { time: "x2", noSpeedPenalty: false } });

  const anaYou = next(anaPhone, "player:you", (v: PlayerPrivateView) => v.yourRemainingMs !== null);
  await must(host, "host:start", {});
  expect((await anaYou)[0].yourRemainingMs).toBe(2 * LIMIT_SEC * 1000);
  await must(biaPhone, "player:answer", { questionIndex: 0, choices: [0] });

  // Everyone's time is up: the room is told the question is held (a neutral number), Ana still answers.
  harness.server.clock.advance(LIMIT_SEC * 1000 + 1500);
  const held = (await must(host, "host:attach", { pin: game.pin, hostSecret: game.hostSecret })).phase;
  expect(held).toMatchObject({ kind: "question", remainingMs: 0 });
  expect(held.kind === "question" && held.extendedRemainingMs).toBeGreaterThan(0);
  harness.server.clock.advance(8_500); // 30 s of her 40 s
  const reveal = next(biaPhone, "game:phase", (v: PhaseView) => v.kind === "reveal");
  const answered = await must(anaPhone, "player:answer", { questionIndex: 0, choices: [0] });
  expect(answered.questionIndex).toBe(0);
  await reveal; // nobody else could still answer: it closes at once

  // Nothing Bia's phone received names Ana's accommodation or her own deadline.
  expect(biaSaw.length).toBeGreaterThan(0);
  for (const push of biaSaw) expect(push).not.toMatch(/accommodat|x2|noSpeedPenalty/);
  for (const push of biaSaw.filter((p) => p.startsWith("player:you"))) expect(push).toContain('"yourRemainingMs":null');

  // Exports: the answer given with the accommodation is marked; Bia's is not.
  const base = `${harness.server.url}/api/games/${game.gameId}`;
  const auth = { authorization: `Bearer ${game.hostSecret}` };
  const archive = (await (await fetch(`${base}/archive.json`, { headers: auth })).json()) as { answers: { playerId: string; accommodated?: boolean; points: number }[]; players: { id: string; accommodation: unknown }[] };
  expect(archive.answers.find((a) => a.playerId === ana)).toMatchObject({ accommodated: true, points: 625 });
  expect(archive.answers.find((a) => a.playerId === bia)?.accommodated).toBeUndefined();
  const sheet = await (await fetch(`${base}/export.csv?sheet=answers&locale=en`, { headers: auth })).text();
  const rows = sheet.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(rows[0]).toMatch(/With an accommodation/);
  expect(rows.find((r) => r.startsWith("Ana,"))).toMatch(/,yes$/);
  expect(rows.find((r) => r.startsWith("Bia,"))).toMatch(/,$/);
  const wide = await (await fetch(`${base}/results.csv?locale=en`, { headers: auth })).text();
  expect(wide).toContain("q1_accommodated");
});
