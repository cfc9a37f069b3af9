import { ANSWER_GRACE_MS, Game } from "./game";
import type { PlayedQuestion } from "./types";
import { toPhaseView, toPlayerPrivateView } from "./views";

const q = (over: Partial<PlayedQuestion> = {}): PlayedQuestion => ({
  id: "q",
  type: "single",
  prompt: "2 + 2?",
  options: ["3", "4", "5"],
  correct: [1],
  explanation: "Arithmetic.",
  timeLimitMs: 20_000,
  pointsMode: "standard",
  ...over,
});

function setup(questions: PlayedQuestion[] = [q(), q({ id: "q2", type: "multiple", options: ["a", "b", "c", "d"], correct: [0, 2] }), q({ id: "q3" })]) {
  const game = new Game({ questions });
  const t0 = 1_000_000;
  for (const [id, name] of [["a", "Ana"], ["b", "Bruno"], ["c", "Carla"]] as const) expect(game.join(id, name).ok).toBe(true);
  expect(game.start(t0).ok).toBe(true);
  return { game, t0 };
}

describe("Game", () => {
  it("plays a full game: scoring, streaks, ranking by score then time", () => {
    const { game, t0 } = setup();
    expect(game.answer("a", 0, [1], t0 + 10_000).ok).toBe(true); // 750
    expect(game.answer("b", 0, [1], t0 + 2_000).ok).toBe(true); // 950
    const last = game.answer("c", 0, [0], t0 + 1_000);
    expect(last.ok && last.value.everyoneAnswered).toBe(true);
    expect(game.closeQuestion(0).ok).toBe(true);
    expect(game.player("a")?.score).toBe(750);
    expect(game.player("b")?.score).toBe(950);
    expect(game.player("c")?.score).toBe(0);
    expect(game.leaderboard().map((e) => e.nickname)).toEqual(["Bruno", "Ana", "Carla"]);

    expect(game.next(t0 + 30_000).ok).toBe(true); // leaderboard
    expect(game.next(t0 + 31_000).ok).toBe(true); // question 2 opens at t0+31s
    const t1 = t0 + 31_000;
    game.answer("a", 1, [2, 0], t1); // correct, full points + streak bonus 100
    game.answer("b", 1, [0], t1); // partial = wrong
    game.closeQuestion(1);
    expect(game.player("a")?.score).toBe(750 + 1000 + 100);
    expect(game.player("a")?.streak).toBe(2);
    expect(game.player("b")?.streak).toBe(0);
    expect(game.player("c")?.streak).toBe(0);

    game.next(t1 + 1);
    game.next(t1 + 2);
    game.closeQuestion(2); // nobody answered
    game.next(t1 + 3);
    expect(game.next(t1 + 4).ok && game.phase.kind).toBe("podium");
    expect(game.finished).toBe(true);
  });

  it("breaks score ties by lower total response time", () => {
    const game = new Game({ questions: [q({ pointsMode: "none" })] });
    game.join("slow", "Slow");
    game.join("fast", "Fast");
    game.start(0);
    game.answer("slow", 0, [1], 9_000);
    game.answer("fast", 0, [1], 1_000);
    game.closeQuestion(0);
    expect(game.leaderboard().map((e) => e.playerId)).toEqual(["fast", "slow"]);
  });

  it.each([
    ["answer to another question", (g: Game, t: number) => g.answer("a", 1, [1], t), "QUESTION_NOT_OPEN"],
    ["unknown player", (g: Game, t: number) => g.answer("zz", 0, [1], t), "PLAYER_NOT_FOUND"],
    ["option out of range", (g: Game, t: number) => g.answer("a", 0, [3], t), "INVALID_CHOICE"],
    ["two options on a single-choice question", (g: Game, t: number) => g.answer("a", 0, [0, 1], t), "INVALID_CHOICE"],
    ["no option", (g: Game, t: number) => g.answer("a", 0, [], t), "INVALID_CHOICE"],
    ["received before the question opened", (g: Game, t: number) => g.answer("a", 0, [1], t - 1), "QUESTION_NOT_OPEN"],
    ["after the deadline and the grace", (g: Game, t: number) => g.answer("a", 0, [1], t + 20_000 + ANSWER_GRACE_MS + 1), "TOO_LATE"],
    ["start twice", (g: Game, t: number) => g.start(t), "WRONG_PHASE"],
  ])("refuses %s and changes nothing", (_label, act, code) => {
    const { game, t0 } = setup();
    const before = JSON.stringify(toPhaseView(game, t0));
    const r = act(game, t0);
    expect(!r.ok && r.error.code).toBe(code);
    expect(game.answered).toBe(0);
    expect(JSON.stringify(toPhaseView(game, t0))).toBe(before);
  });

  it("refuses a second answer and keeps the first", () => {
    const { game, t0 } = setup();
    game.answer("a", 0, [1], t0 + 1000);
    const r = game.answer("a", 0, [0], t0 + 2000);
    expect(!r.ok && r.error.code).toBe("ALREADY_ANSWERED");
    expect(game.player("a")?.answers.get(0)?.choices).toEqual([1]);
    expect(game.optionCounts).toEqual([0, 1, 0]);
  });

  it("accepts an answer inside the grace window, scored as at the deadline", () => {
    const { game, t0 } = setup();
    const r = game.answer("a", 0, [1], t0 + 20_000 + ANSWER_GRACE_MS);
    expect(r.ok && r.value.record.points).toBe(500);
  });

  it("ignores a stale close for a question that is no longer open", () => {
    const { game } = setup();
    game.closeQuestion(0);
    expect(game.closeQuestion(0).ok).toBe(false);
    expect(game.phase.kind).toBe("reveal");
  });

  it("never puts the answer key in a question view", () => {
    const { game, t0 } = setup();
    const view = toPhaseView(game, t0);
    expect(JSON.stringify(view)).not.toContain("correct");
    expect(JSON.stringify(view)).not.toContain("explanation");
    game.closeQuestion(0);
    const reveal = toPhaseView(game, t0);
    expect(reveal.kind === "reveal" && reveal.correct).toEqual([1]);
  });

  it("counts only connected players when deciding everyone answered", () => {
    const { game, t0 } = setup();
    game.setConnected("c", false);
    game.answer("a", 0, [1], t0);
    const r = game.answer("b", 0, [1], t0);
    expect(r.ok && r.value.everyoneAnswered).toBe(true);
  });

  it("kicked players leave the ranking and cannot answer", () => {
    const { game, t0 } = setup();
    game.kick("b");
    const r = game.answer("b", 0, [1], t0);
    expect(!r.ok && r.error.code).toBe("PLAYER_KICKED");
    game.closeQuestion(0);
    expect(game.leaderboard().map((e) => e.playerId)).not.toContain("b");
  });

  it("a player kicked at the leaderboard is not on the podium", () => {
    const { game, t0 } = setup([q()]);
    game.answer("a", 0, [1], t0);
    game.closeQuestion(0);
    game.next(t0 + 1); // leaderboard
    expect(game.leaderboard()[0]?.playerId).toBe("a");
    game.kick("a");
    game.next(t0 + 2); // podium
    expect(game.leaderboard().map((e) => e.playerId)).toEqual(["b", "c"]);
    expect(game.leaderboard()[0]?.rank).toBe(1);
  });

  it("ending from the lobby ranks everyone", () => {
    const game = new Game({ questions: [q()] });
    game.join("a", "Ana");
    game.end();
    expect(game.leaderboard()).toEqual([expect.objectContaining({ playerId: "a", rank: 1 })]);
  });

  it("refuses taken nicknames (ignoring case) and joins when locked", () => {
    const game = new Game({ questions: [q()] });
    game.join("a", "Ana");
    const taken = game.join("b", "ANA");
    expect(!taken.ok && taken.error.code).toBe("NICKNAME_TAKEN");
    game.setLocked(true);
    const locked = game.join("c", "Caio");
    expect(!locked.ok && locked.error.code).toBe("GAME_LOCKED");
  });

  it("will not start without players", () => {
    const game = new Game({ questions: [q()] });
    const r = game.start(0);
    expect(!r.ok && r.error.code).toBe("NO_PLAYERS");
  });

  it("checking an answer changes nothing until it is applied", () => {
    const { game, t0 } = setup();
    const r = game.checkAnswer("a", 0, [1], t0);
    if (!r.ok) throw new Error("expected ok");
    expect(game.answered).toBe(0);
    expect(game.optionCounts).toEqual([0, 0, 0]);
    expect(game.checkAnswer("a", 0, [2], t0, new Set(["a"])).ok).toBe(false); // same batch: already answered
    game.applyAnswer(r.value);
    expect(game.answered).toBe(1);
    expect(game.optionCounts).toEqual([0, 1, 0]);
  });

  it("a planned close changes no score until it is applied", () => {
    const { game, t0 } = setup();
    game.answer("a", 0, [1], t0);
    const plan = game.planClose(0);
    if (!plan.ok) throw new Error("expected ok");
    expect(game.phase.kind).toBe("question");
    expect(game.player("a")?.score).toBe(0);
    expect(plan.value.standings?.find((s) => s.id === "a")?.score).toBe(1000);
    game.applyTransition(plan.value);
    expect(game.phase.kind).toBe("reveal");
    expect(game.player("a")?.score).toBe(1000);
    expect(game.rankedPlayers[0]?.id).toBe("a");
  });

  it("private view shows a player's result only after the reveal", () => {
    const { game, t0 } = setup();
    game.answer("a", 0, [1], t0);
    expect(toPlayerPrivateView(game, "a")?.lastResult).toBeNull();
    game.closeQuestion(0);
    expect(toPlayerPrivateView(game, "a")?.lastResult).toMatchObject({ correct: true, points: 1000 });
  });
});

describe("Game bookkeeping", () => {
  it("a checked join reserves nothing until it is added", () => {
    const game = new Game({ questions: [q()] });
    const checked = game.checkJoin("Ana");
    if (!checked.ok) throw new Error("expected ok");
    expect(game.activePlayerCount).toBe(0);
    expect(game.checkJoin("ANA", { reservedKeys: new Set([checked.value.nicknameKey]) }).ok).toBe(false); // same batch
    game.addPlayer("a", checked.value);
    expect(game.activePlayerCount).toBe(1);
    expect(game.checkJoin("ana").ok).toBe(false);
  });
});

describe("a player's own standing", () => {
  it("says how far behind the one above, and how many right of how many graded so far (polls and slides don't count)", () => {
    const poll = q({ id: "p", type: "poll", options: ["sim", "não"], correct: [] });
    const slide = q({ id: "s", type: "slide", options: [], correct: [], explanation: "texto" });
    const { game, t0 } = setup([q(), poll, slide, q({ id: "q4" })]);
    game.answer("a", 0, [1], t0 + 1_000);
    game.answer("b", 0, [1], t0 + 10_000);
    game.answer("c", 0, [0], t0 + 1_000);
    game.next(t0 + 11_000); // reveal
    const ana = toPlayerPrivateView(game, "a");
    const bruno = toPlayerPrivateView(game, "b");
    expect(ana).toMatchObject({ rank: 1, pointsBehind: null, correctCount: 1, gradedCount: 1 });
    expect(bruno).toMatchObject({ rank: 2, pointsBehind: (ana?.score ?? 0) - (bruno?.score ?? 0), correctCount: 1, gradedCount: 1 });
    expect(toPlayerPrivateView(game, "c")).toMatchObject({ rank: 3, pointsBehind: bruno?.score, correctCount: 0 });
    game.next(t0 + 12_000); // leaderboard
    game.next(t0 + 13_000); // the poll
    game.answer("a", 1, [0], t0 + 14_000);
    game.next(t0 + 15_000); // its reveal
    expect(toPlayerPrivateView(game, "a")).toMatchObject({ correctCount: 1, gradedCount: 1 });
    game.end();
    expect(toPlayerPrivateView(game, "a")).toMatchObject({ gradedCount: 1 });
  });

  it("the leaderboard every 2 questions, or only at the end", () => {
    for (const [every, expected] of [
      [2, ["reveal", "question", "reveal", "leaderboard", "question"]],
      [0, ["reveal", "question", "reveal", "question"]],
    ] as const) {
      const game = new Game({ questions: [q(), q({ id: "q2" }), q({ id: "q3" })], leaderboardEvery: every });
      game.join("a", "Ana");
      game.start(0);
      const seen = [];
      for (let i = 0; i < expected.length; i++) {
        const r = game.next(1000 * (i + 1));
        if (r.ok) seen.push(r.value.kind);
      }
      expect(seen).toEqual(expected);
    }
  });

  it("every N counts the questions students answer, not slides; only at the end keeps places off the phones until the podium", () => {
    const slide = q({ id: "s", type: "slide", options: [], correct: [], explanation: "texto" });
    const game = new Game({ questions: [q(), slide, q({ id: "q3" }), q({ id: "q4" })], leaderboardEvery: 2 });
    expect([0, 1, 2, 3].map((i) => game.leaderboardAfter(i))).toEqual([false, false, true, false]);
    const hidden = new Game({ questions: [q(), q({ id: "q2" })], leaderboardEvery: 0 });
    hidden.join("a", "Ana");
    hidden.join("b", "Bia");
    hidden.start(0);
    hidden.answer("a", 0, [1], 1000);
    hidden.answer("b", 0, [0], 1000);
    expect(toPlayerPrivateView(hidden, "b")).toMatchObject({ rank: null, pointsBehind: null, correctCount: 0 });
    hidden.next(2000); // straight to question 2
    hidden.end();
    expect(toPlayerPrivateView(hidden, "b")).toMatchObject({ rank: 2 });
    expect(toPlayerPrivateView(hidden, "b")?.pointsBehind).toBeGreaterThan(0);
  });
});

