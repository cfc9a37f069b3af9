import pino from "pino";
import { ANSWER_GRACE_MS, type GameIdentity, type PhaseView, type PlayedQuestion, type PlayerPrivateView } from "@lousa/game";
import { MemoryGameRepository } from "@lousa/db";
import { ManualClock } from "../../../../tests/helpers/manual-clock";
import type { GameTransport } from "./game-transport";
import { GameRunner } from "./game-runner";

const LIMIT = 20_000;
const question = (id: string): PlayedQuestion => ({ id, type: "single", prompt: id, options: ["a", "b", "c"], correct: [1], explanation: "", timeLimitMs: LIMIT, pointsMode: "standard" });

/** Pushes the room (`phase`) and each phone (`you`) got, in order. */
function recordingTransport() {
  const phases: PhaseView[] = [];
  const you: { playerId: string; view: PlayerPrivateView }[] = [];
  const none = () => undefined;
  const transport: GameTransport = {
    phase: (_id, view) => phases.push(view),
    you: (_id, playerId, view) => you.push({ playerId, view }),
    kicked: none,
    roster: none,
    answers: none,
    answersToPlayers: none,
    pacing: none,
    hostStatus: none,
    closed: none,
  };
  return { transport, phases, you };
}

async function setup(identity: GameIdentity | null = null) {
  const clock = new ManualClock();
  const repo = new MemoryGameRepository(new Map([["bank", "Bank"]]), () => clock.now());
  await repo.create({ id: "g1", pin: "123456", bankId: "bank", settings: { pointsMode: "bank", timeLimitSec: null }, questions: [question("q1"), question("q2")], hostSecretHash: "h", identity, ownerId: null, bankTitle: "Bank" });
  const stored = await repo.get("g1");
  if (!stored) throw new Error("game not stored");
  const pushes = recordingTransport();
  const runner = new GameRunner(stored, { games: repo, clock, transport: pushes.transport, log: pino({ level: "silent" }) });
  const ids: string[] = [];
  for (const [classEntry, name] of ["Ana", "Bia", "Caio"].entries()) {
    const r = await runner.join(name, null, identity?.classList ? { classEntry } : {});
    if (!r.ok) throw new Error(r.error.code);
    ids.push(r.value.player.id);
  }
  const [ana = "", bia = "", caio = ""] = ids;
  return { runner, clock, repo, ...pushes, ana, bia, caio };
}

describe("GameRunner: accommodations on the server clock", () => {
  it("holds the reveal for a ×2 student, scores them against their own limit, and shows the room only a neutral countdown", async () => {
    const { runner, clock, repo, phases, you, ana, bia, caio } = await setup();
    const set = await runner.accommodate(ana, { time: "x2", noSpeedPenalty: false });
    expect(set.ok && set.value).toMatchObject({ playerId: ana, accommodation: { time: "x2", noSpeedPenalty: false } });
    // Stored before it is applied (a restart keeps it).
    expect((await repo.load("g1"))?.players.find((p) => p.id === ana)?.accommodation).toEqual({ time: "x2", noSpeedPenalty: false });

    expect((await runner.start()).ok).toBe(true);
    // The room sees everyone's 20 s and that the question may be held to 40 s; only Ana's phone gets her 40 s.
    expect(phases.at(-1)).toMatchObject({ kind: "question", remainingMs: LIMIT, extendedRemainingMs: 2 * LIMIT });
    expect(you.filter((y) => y.playerId === ana).at(-1)?.view.yourRemainingMs).toBe(2 * LIMIT);
    expect(you.filter((y) => y.playerId !== ana)).toEqual([]);
    expect((await runner.answer(bia, 0, [1])).ok).toBe(true);

    clock.advance(LIMIT + ANSWER_GRACE_MS + 1);
    await runner.idle();
    // Past everyone's deadline: still open for Ana, Caio is too late.
    expect(runner.game.phase.kind).toBe("question");
    const late = await runner.answer(caio, 0, [1]);
    expect(!late.ok && late.error.code).toBe("TOO_LATE");
    expect(runner.phaseView()).toMatchObject({ kind: "question", remainingMs: 0, extendedRemainingMs: LIMIT - ANSWER_GRACE_MS - 1 });

    clock.advance(8_999); // Ana answers at 30 s of her 40 s
    const mine = await runner.answer(ana, 0, [1]);
    expect(mine.ok).toBe(true);
    await runner.idle();
    clock.advance(0);
    await runner.idle();
    // Nobody else was still allowed to answer: the question closes at once.
    expect(runner.game.phase.kind).toBe("reveal");
    expect(runner.game.player(ana)?.score).toBe(625); // 1000 × (1 − (30/40)/2)
    const stored = (await repo.load("g1"))?.answers.find((a) => a.playerId === ana);
    expect(stored).toMatchObject({ points: 625, accommodated: true });
    // Nothing the room was sent names anyone or the accommodation.
    for (const view of phases) expect(JSON.stringify(view)).not.toMatch(new RegExp(`${ana}|Ana|x2|accommodat`));
    for (const push of you.filter((y) => y.playerId !== ana)) expect(push.view.yourRemainingMs).toBeNull();
  });

  it("stops waiting when the student leaves, caps 'no limit', and the host's end question always works", async () => {
    const { runner, clock, ana, bia, caio } = await setup();
    expect((await runner.accommodate(ana, { time: "unlimited", noSpeedPenalty: true })).ok).toBe(true);
    expect((await runner.start()).ok).toBe(true);
    for (const id of [bia, caio]) expect((await runner.answer(id, 0, [0])).ok).toBe(true);
    clock.advance(3 * LIMIT);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("question");
    // Her phone drops: nobody holds the question open any more.
    runner.playerSocket(ana, -1);
    clock.advance(0);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("reveal");

    // Next question: she is back, with no limit — capped at 5× the limit.
    runner.playerSocket(ana, 1);
    expect((await runner.next()).ok).toBe(true);
    if (runner.game.phase.kind === "leaderboard") expect((await runner.next()).ok).toBe(true);
    expect(runner.phaseView()).toMatchObject({ kind: "question", index: 1, extendedRemainingMs: 5 * LIMIT });
    for (const id of [bia, caio]) expect((await runner.answer(id, 1, [1])).ok).toBe(true);
    clock.advance(5 * LIMIT + ANSWER_GRACE_MS);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("reveal");
  });

  it("lets the host end a held question, and take an accommodation back mid-question", async () => {
    const { runner, clock, ana } = await setup();
    expect((await runner.accommodate(ana, { time: "x1.5", noSpeedPenalty: false })).ok).toBe(true);
    expect((await runner.start()).ok).toBe(true);
    expect(runner.phaseView()).toMatchObject({ extendedRemainingMs: 1.5 * LIMIT });
    expect((await runner.accommodate(ana, null)).ok).toBe(true);
    expect(runner.phaseView()).toMatchObject({ extendedRemainingMs: null });
    expect((await runner.accommodate(ana, { time: "x2", noSpeedPenalty: false })).ok).toBe(true);
    clock.advance(LIMIT + ANSWER_GRACE_MS + 1);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("question");
    expect((await runner.endQuestion()).ok).toBe(true);
    expect(runner.game.phase.kind).toBe("reveal");
    const ghost = await runner.accommodate("ghost", null);
    expect(!ghost.ok && ghost.error.code).toBe("PLAYER_NOT_FOUND");
  });

  it("keeps accommodations across a restart", async () => {
    const { runner, clock, repo, ana } = await setup();
    expect((await runner.accommodate(ana, { time: "x2", noSpeedPenalty: true })).ok).toBe(true);
    expect((await runner.start()).ok).toBe(true);
    await runner.stop();
    const record = await repo.load("g1");
    if (!record) throw new Error("not stored");
    const { transport } = recordingTransport();
    const resumed = new GameRunner(record.game, { games: repo, clock, transport, log: pino({ level: "silent" }) });
    await resumed.resume(record);
    expect(resumed.game.player(ana)?.accommodation).toEqual({ time: "x2", noSpeedPenalty: true });
    // Back on her phone: the re-opened question waits for her again, with her own countdown.
    resumed.playerSocket(ana, 1);
    expect(resumed.phaseView()).toMatchObject({ kind: "question", extendedRemainingMs: 2 * LIMIT });
    expect(resumed.privateView(ana)?.yourRemainingMs).toBe(2 * LIMIT);
    resumed.dispose();
  });

  it("starts a student with the accommodation the teacher put on their class-list line, which phones never see", async () => {
    const classList = [{ name: "Ana Souza", identifier: "1", accommodation: { time: "x1.5" as const, noSpeedPenalty: true } }, { name: "Bia Lima", identifier: "2" }, { name: "Caio Reis", identifier: "3" }];
    const { runner, repo, ana, bia } = await setup({ label: null, classList });
    expect(runner.game.player(ana)?.accommodation).toEqual({ time: "x1.5", noSpeedPenalty: true });
    expect(runner.game.player(bia)?.accommodation).toBeNull();
    expect((await repo.load("g1"))?.players.find((p) => p.id === ana)?.accommodation).toEqual({ time: "x1.5", noSpeedPenalty: true });
    expect(JSON.stringify(runner.joinRequirements())).not.toMatch(/accommodat|x1\.5/);
  });
});
