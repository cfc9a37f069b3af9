import pino from "pino";
import { ANSWER_GRACE_MS, IMAGE_PREPARE_MS, type GameSettings, type PhaseView, type PlayedQuestion } from "@lousa/game";
import { MemoryGameRepository, withFaults, type Faults } from "@lousa/db";
import { ManualClock } from "../../../../tests/helpers/manual-clock";
import type { GameTransport } from "./game-transport";
import { CLOSE_RETRY_MS, GameRunner } from "./game-runner";

const question = (id: string): PlayedQuestion => ({ id, type: "single", prompt: id, options: ["a", "b", "c"], correct: [1], explanation: "", timeLimitMs: 20_000, pointsMode: "standard" });
const QUESTIONS = [question("q1"), question("q2")];

/** Every push the runner made, by kind: what phones and the projector would have seen. */
function recordingTransport() {
  const pushes: { kind: keyof GameTransport; detail: unknown }[] = [];
  const record =
    (kind: keyof GameTransport) =>
    (...args: unknown[]) =>
      pushes.push({ kind, detail: args[1] });
  const transport: GameTransport = {
    phase: record("phase"),
    you: record("you"),
    kicked: record("kicked"),
    roster: record("roster"),
    answers: record("answers"),
    answersToPlayers: record("answersToPlayers"),
    pacing: record("pacing"),
    hostStatus: record("hostStatus"),
    closed: record("closed"),
  };
  return { transport, phases: () => pushes.filter((p) => p.kind === "phase").map((p) => (p.detail as PhaseView).kind), pushes };
}

async function setup(opts: { identity?: { label: string | null; classList: { name: string; identifier: string }[] | null }; questions?: PlayedQuestion[]; settings?: Partial<GameSettings> } = {}) {
  const clock = new ManualClock();
  const memory = new MemoryGameRepository(new Map([["bank", "Bank"]]), () => clock.now());
  const { repo, faults } = withFaults(memory);
  const game = { id: "g1", pin: "123456", bankId: "bank", settings: { pointsMode: "bank" as const, timeLimitSec: null, ...opts.settings }, questions: opts.questions ?? QUESTIONS, hostSecretHash: "h", identity: opts.identity ?? null, ownerId: null, bankTitle: "Bank" };
  await repo.create(game);
  const stored = await repo.get("g1");
  if (!stored) throw new Error("game not stored");
  const { transport, phases, pushes } = recordingTransport();
  const runner = new GameRunner(stored, { games: repo, clock, transport, log: pino({ level: "silent" }) });
  return { runner, clock, repo, faults, phases, pushes, transport, stored };
}

async function joined(runner: GameRunner, nickname: string): Promise<string> {
  const r = await runner.join(nickname, null);
  if (!r.ok) throw new Error(r.error.code);
  return r.value.player.id;
}

/** Arms one failure of `method`, runs `command`, and checks it was refused with nothing changed in memory, storage or pushes. */
async function failsCleanly(ctx: Awaited<ReturnType<typeof setup>>, method: Parameters<Faults["failNext"]>[0], command: () => Promise<{ ok: boolean; error?: { code: string } }>) {
  const phaseBefore = ctx.runner.phaseView();
  const storedBefore = await ctx.repo.load("g1");
  const pushesBefore = ctx.pushes.length;
  ctx.faults.failNext(method);
  const r = await command();
  expect(r.ok).toBe(false);
  expect(r.error?.code).toBe("STORAGE_FAILED");
  expect(ctx.runner.phaseView()).toEqual(phaseBefore);
  expect(await ctx.repo.load("g1")).toEqual(storedBefore);
  expect(ctx.pushes.slice(pushesBefore).filter((p) => p.kind !== "roster")).toEqual([]);
}

describe("GameRunner: a failed write changes nothing, and a retry goes on", () => {
  it("at every host transition, from the lobby to the podium", async () => {
    const ctx = await setup();
    const { runner, clock } = ctx;
    const a = await joined(runner, "Ana");
    await joined(runner, "Bia"); // still thinking: nothing closes by itself
    await failsCleanly(ctx, "savePhase", () => runner.start());
    expect((await runner.start()).ok).toBe(true);
    expect((await runner.answer(a, 0, [1])).ok).toBe(true);
    clock.advance(1000);
    await failsCleanly(ctx, "savePhase", () => runner.next()); // closing the question
    expect(runner.game.player(a)?.score).toBe(0);
    expect((await runner.next()).ok).toBe(true);
    expect(runner.game.phase.kind).toBe("reveal");
    expect(runner.game.player(a)?.score).toBeGreaterThan(0);
    await failsCleanly(ctx, "savePhase", () => runner.next()); // reveal → leaderboard
    expect((await runner.next()).ok).toBe(true);
    await failsCleanly(ctx, "savePhase", () => runner.next()); // leaderboard → question 2
    expect((await runner.next()).ok).toBe(true);
    await failsCleanly(ctx, "savePhase", () => runner.endQuestion());
    expect((await runner.endQuestion()).ok).toBe(true);
    await failsCleanly(ctx, "savePhase", () => runner.end());
    expect((await runner.end()).ok).toBe(true);
    expect(runner.game.phase.kind).toBe("podium");
    expect(ctx.phases()).toEqual(["question", "reveal", "leaderboard", "question", "reveal", "podium"]);
    expect((await ctx.repo.get("g1"))?.phase).toBe("podium");
  });

  it("at an answer: not counted, not acknowledged, and the phone may send it again", async () => {
    const ctx = await setup();
    const a = await joined(ctx.runner, "Ana");
    await joined(ctx.runner, "Bia");
    await ctx.runner.start();
    await failsCleanly(ctx, "saveAnswers", () => ctx.runner.answer(a, 0, [1]));
    expect(ctx.runner.game.answered).toBe(0);
    const again = await ctx.runner.answer(a, 0, [2]);
    expect(again.ok && again.value.answeredCount).toBe(1);
    expect((await ctx.repo.load("g1"))?.answers.map((x) => x.choices)).toEqual([[2]]);
  });

  it("at a join: the nickname and the class-list line stay free", async () => {
    const ctx = await setup({ identity: { label: null, classList: [{ name: "Ana Souza", identifier: "2026001" }] } });
    await failsCleanly(ctx, "addPlayers", () => ctx.runner.join("Ana", "device-1", { classEntry: 0 }));
    expect(ctx.runner.joinRequirements().classList?.[0]?.taken).toBe(false);
    const r = await ctx.runner.join("Ana", "device-1", { classEntry: 0 });
    expect(r.ok).toBe(true);
    expect(ctx.runner.joinRequirements().classList?.[0]?.taken).toBe(true);
  });

  it("at a kick, a lock and a let-back-in", async () => {
    const ctx = await setup();
    const a = await joined(ctx.runner, "Ana");
    await failsCleanly(ctx, "setKicked", () => ctx.runner.kick(a));
    expect(ctx.runner.game.player(a)?.kicked).toBe(false);
    expect((await ctx.runner.kick(a)).ok).toBe(true);
    expect(ctx.pushes.filter((p) => p.kind === "kicked")).toHaveLength(1);
    await failsCleanly(ctx, "setAllowedBack", () => ctx.runner.allowBack(a));
    expect(ctx.runner.isAllowedBack(a)).toBe(false);
    expect((await ctx.runner.allowBack(a)).ok).toBe(true);
    await failsCleanly(ctx, "setLocked", () => ctx.runner.lock(true));
    expect(ctx.runner.game.locked).toBe(false);
    expect((await ctx.runner.lock(true)).ok).toBe(true);
    expect((await ctx.repo.get("g1"))?.locked).toBe(true);
  });

  it("at a timed close: the question stays open and the close is tried again until it is stored", async () => {
    const ctx = await setup();
    const { runner, clock } = ctx;
    const a = await joined(runner, "Ana");
    await joined(runner, "Bia");
    await runner.start();
    await runner.answer(a, 0, [1]);
    ctx.faults.failNext("savePhase", 2);
    clock.advance(20_000 + ANSWER_GRACE_MS);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("question");
    clock.advance(CLOSE_RETRY_MS);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("question");
    clock.advance(CLOSE_RETRY_MS);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("reveal");
    expect(ctx.faults.calls("savePhase")).toBe(4); // start + two failed closes + the stored one
    expect(ctx.phases()).toEqual(["question", "reveal"]);
  });

  it("at an early close (everyone answered): if someone joins before the retry, the deadline decides", async () => {
    const ctx = await setup();
    const { runner, clock } = ctx;
    const a = await joined(runner, "Ana");
    const b = await joined(runner, "Bia");
    await runner.start();
    ctx.faults.failNext("savePhase");
    await runner.answer(a, 0, [1]);
    await runner.answer(b, 0, [1]);
    await runner.idle(); // the early close ran and could not be stored
    expect(runner.game.phase.kind).toBe("question");
    await joined(runner, "Caio"); // a late joiner: not everyone has answered any more
    clock.advance(CLOSE_RETRY_MS);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("question");
    clock.advance(20_000 + ANSWER_GRACE_MS - CLOSE_RETRY_MS);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("reveal");
  });

  it("at a batch of answers: every one refused, none applied; sent again, all stored in one write", async () => {
    const ctx = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await joined(ctx.runner, `P${i}`));
    await ctx.runner.start();
    ctx.faults.failNext("saveAnswers");
    const failed = await Promise.all(ids.map((id) => ctx.runner.answer(id, 0, [1])));
    expect(failed.every((r) => !r.ok && r.error.code === "STORAGE_FAILED")).toBe(true);
    expect(ctx.runner.game.answered).toBe(0);
    const writes = ctx.faults.calls("saveAnswers");
    const stored = await Promise.all(ids.map((id) => ctx.runner.answer(id, 0, [1])));
    expect(stored.every((r) => r.ok)).toBe(true);
    expect(ctx.faults.calls("saveAnswers") - writes).toBe(1);
    await ctx.runner.idle();
    expect(ctx.runner.game.phase.kind).toBe("reveal"); // everyone answered
  });
});

describe("GameRunner: group commit", () => {
  it("answers read one after another in one event-loop turn share one write, though the driver never yields", async () => {
    const ctx = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await joined(ctx.runner, `P${i}`));
    await ctx.runner.start();
    const writes = ctx.faults.calls("saveAnswers");
    const acks = [];
    for (const id of ids.slice(0, 9)) {
      acks.push(ctx.runner.answer(id, 0, [1]));
      await Promise.resolve(); // the next socket message, after this one's microtasks ran
    }
    expect((await Promise.all(acks)).every((r) => r.ok)).toBe(true);
    expect(ctx.faults.calls("saveAnswers") - writes).toBe(1);
  });
});

describe("GameRunner: order and shutdown", () => {
  it("an answer that arrives after the close was asked for is refused, one that arrived before counts", async () => {
    const ctx = await setup();
    const a = await joined(ctx.runner, "Ana");
    const b = await joined(ctx.runner, "Bia");
    const c = await joined(ctx.runner, "Caio");
    await ctx.runner.start();
    const before = ctx.runner.answer(a, 0, [1]);
    const close = ctx.runner.endQuestion();
    const after = ctx.runner.answer(b, 0, [1]);
    expect((await before).ok).toBe(true);
    expect((await close).ok).toBe(true);
    const late = await after;
    expect(!late.ok && late.error.code).toBe("QUESTION_NOT_OPEN");
    expect(ctx.runner.game.player(a)?.score).toBeGreaterThan(0);
    expect(ctx.runner.game.player(c)?.score).toBe(0);
  });

  it("stop decides nothing: phones dropping on the way out do not close the open question", async () => {
    const ctx = await setup();
    const a = await joined(ctx.runner, "Ana");
    const b = await joined(ctx.runner, "Bia");
    await ctx.runner.start();
    await ctx.runner.answer(a, 0, [1]);
    await ctx.runner.stop();
    ctx.runner.playerSocket(a, -1);
    ctx.runner.playerSocket(b, -1);
    await ctx.runner.idle();
    expect(ctx.runner.game.phase.kind).toBe("question");
    expect((await ctx.repo.get("g1"))?.phase).toBe("question");
    const refused = await ctx.runner.answer(b, 0, [1]);
    expect(!refused.ok && refused.error.code).toBe("SERVER_RESTARTING");
  });
});

describe("GameRunner: a question whose phones load its picture first", () => {
  const pictured: PlayedQuestion = { ...question("p"), image: { id: "abcdefghijklmnopqrstuv", alt: "figura", width: 800, height: 600, onPhones: true } };
  const questionViews = (pushes: { kind: string; detail: unknown }[]) =>
    pushes.filter((p) => p.kind === "phase").map((p) => p.detail as PhaseView).filter((v): v is Extract<PhaseView, { kind: "question" }> => v.kind === "question");

  it("starts its clock at the set time when a phone never says it is ready, and then closes by its deadline", async () => {
    const { runner, clock, pushes } = await setup({ questions: [pictured] });
    const a = await joined(runner, "Ana");
    await joined(runner, "Bia");
    await runner.start();
    runner.ready(a, 0);
    expect(questionViews(pushes).map((v) => v.opensInMs)).toEqual([IMAGE_PREPARE_MS]);
    clock.advance(IMAGE_PREPARE_MS);
    await runner.idle();
    // The room is told the clock runs (full time), and answers count from now.
    expect(questionViews(pushes).map((v) => [v.opensInMs, v.remainingMs])).toEqual([
      [IMAGE_PREPARE_MS, 20_000],
      [0, 20_000],
    ]);
    expect((await runner.answer(a, 0, [1])).ok).toBe(true);
    clock.advance(20_000 + ANSWER_GRACE_MS);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("reveal");
  });

  it("starts at once when every connected phone is ready, a kicked or gone one included", async () => {
    const { runner, clock, pushes } = await setup({ questions: [pictured] });
    const a = await joined(runner, "Ana");
    const b = await joined(runner, "Bia");
    const c = await joined(runner, "Caio");
    await runner.start();
    clock.advance(1000);
    runner.ready(a, 0);
    runner.ready(a, 1); // another question: ignored
    runner.playerSocket(c, -1); // Caio's phone went away: nobody waits for it
    await runner.idle();
    expect(runner.game.preparing(clock.now())).toBe(true);
    await runner.kick(b); // the last one not ready
    await runner.idle();
    expect(runner.game.preparing(clock.now())).toBe(false);
    expect(runner.game.phase).toMatchObject({ kind: "question", openedAt: clock.now() });
    expect(questionViews(pushes).at(-1)?.opensInMs).toBe(0);
  });
});

describe("GameRunner: pacing", () => {
  const slide: PlayedQuestion = { id: "s", type: "slide", prompt: "Slide", options: [], correct: [], explanation: "texto", timeLimitMs: 8000, pointsMode: "standard" };

  it("moves on by itself: the reveal and the leaderboard stay their seconds, a slide its own time; pause stops it", async () => {
    const { runner, clock, phases, pushes } = await setup({ questions: [question("q1"), slide, question("q2")], settings: { autoAdvance: { revealSec: 5, leaderboardSec: 4 } } });
    runner.hostAttached(1);
    const a = await joined(runner, "Ana");
    await runner.start();
    await runner.answer(a, 0, [1]); // everyone answered: the reveal
    await runner.idle();
    expect(runner.game.phase.kind).toBe("reveal");
    expect(runner.pacingView()).toEqual({ autoAdvance: true, paused: false, advanceInMs: 5000 });
    clock.advance(5000);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("leaderboard");
    clock.advance(4000);
    await runner.idle();
    expect(runner.game.phase).toMatchObject({ kind: "question", index: 1 }); // the slide
    expect(runner.pause(true)).toMatchObject({ ok: true, value: { paused: true, advanceInMs: null } });
    clock.advance(60_000);
    await runner.idle();
    expect(runner.game.phase).toMatchObject({ kind: "question", index: 1 });
    runner.pause(false);
    clock.advance(8000);
    await runner.idle();
    expect(runner.game.phase).toMatchObject({ kind: "question", index: 2 });
    expect(phases()).toEqual(["question", "reveal", "leaderboard", "question", "question"]);
    expect(pushes.filter((p) => p.kind === "pacing").length).toBeGreaterThan(3);
  });

  it("a host's own 'next' wins over a pending timer, which then changes nothing", async () => {
    const { runner, clock } = await setup({ settings: { autoAdvance: { revealSec: 5, leaderboardSec: 5 } } });
    runner.hostAttached(1);
    const a = await joined(runner, "Ana");
    await runner.start();
    await runner.answer(a, 0, [1]);
    await runner.idle();
    await runner.next(); // the host skips the reveal's countdown
    clock.advance(4999);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("leaderboard");
    clock.advance(1);
    await runner.idle();
    expect(runner.game.phase).toMatchObject({ kind: "question", index: 1 });
  });

  it("holds while no projector is connected, and counts again in full when one comes back", async () => {
    const { runner, clock } = await setup({ settings: { autoAdvance: { revealSec: 5, leaderboardSec: 5 } } });
    runner.hostAttached(1);
    const a = await joined(runner, "Ana");
    await runner.start();
    await runner.answer(a, 0, [1]);
    await runner.idle();
    clock.advance(3000);
    runner.hostAttached(-1); // the laptop slept
    clock.advance(60_000);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("reveal");
    expect(runner.pacingView()).toMatchObject({ paused: false, advanceInMs: null });
    runner.hostAttached(1);
    expect(runner.pacingView().advanceInMs).toBe(5000);
    clock.advance(5000);
    await runner.idle();
    expect(runner.game.phase.kind).toBe("leaderboard");
  });

  it("comes back paused after a restart (a pause is not stored), and goes on when the teacher continues", async () => {
    const { runner, clock, repo, transport, stored } = await setup({ settings: { autoAdvance: { revealSec: 5, leaderboardSec: 5 } } });
    runner.hostAttached(1);
    const a = await joined(runner, "Ana");
    await runner.start();
    await runner.answer(a, 0, [1]);
    await runner.idle();
    runner.dispose();
    const record = await repo.load("g1");
    if (!record) throw new Error("not stored");
    const restarted = new GameRunner(stored, { games: repo, clock, transport, log: pino({ level: "silent" }) });
    await restarted.resume(record);
    restarted.hostAttached(1);
    expect(restarted.pacingView()).toMatchObject({ paused: true, advanceInMs: null });
    clock.advance(60_000);
    await restarted.idle();
    expect(restarted.game.phase.kind).toBe("reveal");
    restarted.pause(false);
    clock.advance(5000);
    await restarted.idle();
    expect(restarted.game.phase.kind).toBe("leaderboard");
  });

  it("a game moved on by its host has nothing to pause", async () => {
    const { runner } = await setup();
    expect(runner.pause(true)).toMatchObject({ ok: false, error: { code: "WRONG_PHASE" } });
    expect(runner.pacingView()).toEqual({ autoAdvance: false, paused: false, advanceInMs: null });
  });

  it("the leaderboard only at the end: each reveal goes on to the next question, the last to the podium", async () => {
    const { runner, phases } = await setup({ settings: { leaderboardEvery: 0 } });
    const a = await joined(runner, "Ana");
    await runner.start();
    await runner.answer(a, 0, [1]);
    await runner.idle();
    await runner.next();
    await runner.answer(a, 1, [1]);
    await runner.idle();
    await runner.next();
    expect(phases()).toEqual(["question", "reveal", "question", "reveal", "podium"]);
  });

  it("phones hear the answer count at most once a second", async () => {
    const { runner, clock, pushes } = await setup();
    const [a, b] = [await joined(runner, "Ana"), await joined(runner, "Bia")];
    await joined(runner, "Caio");
    await runner.start();
    await runner.answer(a, 0, [1]);
    await runner.answer(b, 0, [0]);
    expect(pushes.filter((p) => p.kind === "answersToPlayers")).toEqual([]);
    clock.advance(1000);
    expect(pushes.filter((p) => p.kind === "answersToPlayers").map((p) => p.detail)).toEqual([{ questionIndex: 0, answeredCount: 2, playerCount: 3 }]);
  });
});

describe("GameRunner: standings pushed once per question", () => {
  it("each phone gets its standing at the reveal and not again at the leaderboard, unless the class size changed", async () => {
    const ctx = await setup();
    const ids = [await joined(ctx.runner, "Ana"), await joined(ctx.runner, "Bruno"), await joined(ctx.runner, "Carla")];
    for (const id of ids) ctx.runner.playerSocket(id, 1);
    const yous = () => ctx.pushes.filter((p) => p.kind === "you").length;
    await ctx.runner.start();
    for (const id of ids) await ctx.runner.answer(id, 0, [1]);
    const beforeReveal = yous();
    await ctx.runner.endQuestion();
    expect(ctx.runner.phaseView().kind).toBe("reveal");
    expect(yous() - beforeReveal).toBe(3);
    expect((await ctx.runner.next()).ok).toBe(true);
    expect(ctx.runner.phaseView().kind).toBe("leaderboard");
    expect(yous() - beforeReveal).toBe(3);

    // Question 2: a late joiner arrives during the reveal, so the leaderboard's class size differs.
    await ctx.runner.next();
    await ctx.runner.endQuestion();
    const atReveal = yous();
    const late = await joined(ctx.runner, "Davi");
    ctx.runner.playerSocket(late, 1);
    await ctx.runner.next();
    expect(ctx.runner.phaseView().kind).toBe("leaderboard");
    expect(yous() - atReveal).toBe(4);
  });
});
