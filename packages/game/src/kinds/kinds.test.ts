import { Game } from "../game";
import type { PlayedQuestion, QuestionType } from "../types";
import { toPhaseView } from "../views";
import { KINDS } from "./index";

const q = (type: QuestionType, over: Partial<PlayedQuestion> = {}): PlayedQuestion => ({
  id: `q-${type}`,
  type,
  prompt: "?",
  options: ["a", "b", "c", "d"],
  correct: type === "poll" ? [] : type === "multiple" ? [0, 2] : type === "ordering" ? [2, 0, 3, 1] : [1],
  explanation: "",
  timeLimitMs: 20_000,
  pointsMode: "standard",
  ...over,
});

describe("each kind's answers", () => {
  // [kind, answer, accepted, right]
  const table: [QuestionType, number[], boolean, boolean][] = [
    ["single", [1], true, true],
    ["single", [0], true, false],
    ["single", [0, 1], false, false],
    ["single", [4], false, false],
    ["single", [-1], false, false],
    ["single", [1.5], false, false],
    ["single", [], false, false],
    ["truefalse", [1], true, true],
    ["multiple", [2, 0], true, true],
    ["multiple", [0], true, false],
    ["multiple", [0, 1, 2], true, false],
    ["multiple", [0, 0], false, false],
    ["multiple", [], false, false],
    ["poll", [3], true, false],
    ["poll", [0, 1], false, false],
    ["poll", [], false, false],
    ["ordering", [2, 0, 3, 1], true, true],
    ["ordering", [0, 2, 3, 1], true, false],
    ["ordering", [2, 0, 3], false, false],
    ["ordering", [2, 0, 3, 3], false, false],
    ["ordering", [2, 0, 3, 1, 4], false, false],
  ];
  it.each(table)("%s %j: accepted %s, right %s", (type, answer, accepted, right) => {
    const kind = KINDS[type];
    const question = q(type);
    expect(kind.accepts(question, { choices: answer })).toBe(accepted);
    if (accepted) expect(kind.scored && kind.isRight(question, kind.normalize({ choices: answer }, question))).toBe(right);
  });

  it("sets are stored sorted, sequences as given", () => {
    expect(KINDS.multiple.normalize({ choices: [2, 0] }, q("multiple"))).toEqual({ choices: [0, 2], text: null, value: null });
    expect(KINDS.ordering.normalize({ choices: [2, 0, 3, 1] }, q("ordering"))).toEqual({ choices: [2, 0, 3, 1], text: null, value: null });
  });

  it("ordering counts, per item, who put it in its right place", () => {
    expect(KINDS.ordering.counted(q("ordering"), { choices: [2, 3, 0, 1], text: null, value: null })).toEqual([2, 1]);
  });
});

describe("ordering as a game plays it", () => {
  const bank = q("ordering", { options: ["build", "push", "pull", "run"], correct: [0, 1, 2, 3] });

  it("shuffles the items uniformly and keeps the right sequence", () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const seen = new Map<string, number>();
    for (let i = 0; i < 2400; i++) {
      const played = KINDS.ordering.forPlay(bank, random);
      expect([...played.options].sort()).toEqual([...bank.options].sort());
      expect(played.correct.map((c) => played.options[c])).toEqual(["build", "push", "pull", "run"]);
      seen.set(played.options.join(), (seen.get(played.options.join()) ?? 0) + 1);
    }
    // All 24 orders come up, the right one too (ruling it out would tell students one wrong order).
    expect(seen.size).toBe(24);
    for (const count of seen.values()) expect(count).toBeGreaterThan(40);
  });

  it("two items are as likely shown in the right order as reversed", () => {
    const two = q("ordering", { options: ["primeiro", "segundo"], correct: [0, 1] });
    expect(KINDS.ordering.forPlay(two, () => 0.99).options).toEqual(["primeiro", "segundo"]);
    const reversed = KINDS.ordering.forPlay(two, () => 0);
    expect(reversed.options).toEqual(["segundo", "primeiro"]);
    expect(reversed.correct).toEqual([1, 0]);
  });

  it("other kinds are played as the bank has them", () => {
    for (const type of ["single", "multiple", "truefalse", "poll"] as const) expect(KINDS[type].forPlay(q(type), Math.random)).toEqual(q(type));
  });
});

describe("a poll changes nobody's standing", () => {
  it("no points, streaks and the time tie-break kept, answered or not; the distribution is the reveal", () => {
    const game = new Game({ questions: [q("single"), q("poll", { options: ["sim", "não"] }), q("single")] });
    for (const [id, name] of [["a", "Ana"], ["b", "Bruno"]] as const) game.join(id, name);
    const t0 = 1_000_000;
    game.start(t0);
    game.answer("a", 0, [1], t0 + 1000);
    game.answer("b", 0, [1], t0 + 5000);
    game.closeQuestion(0);
    const before = ["a", "b"].map((id) => ({ ...game.player(id) }));
    game.next(t0 + 30_000);
    game.next(t0 + 31_000);
    const answered = game.answer("a", 1, [0], t0 + 32_000);
    expect(answered.ok && answered.value.record).toMatchObject({ points: 0, streakBonus: 0, correct: false });
    expect(game.closeQuestion(1).ok).toBe(true); // Bruno didn't answer
    for (const [i, id] of ["a", "b"].entries()) {
      const p = game.player(id);
      expect({ score: p?.score, streak: p?.streak, correctCount: p?.correctCount, totalResponseMs: p?.totalResponseMs }).toEqual({
        score: before[i]?.score,
        streak: before[i]?.streak,
        correctCount: before[i]?.correctCount,
        totalResponseMs: before[i]?.totalResponseMs,
      });
    }
    const reveal = toPhaseView(game, t0 + 33_000);
    expect(reveal).toMatchObject({ kind: "reveal", type: "poll", correct: [], distribution: [1, 0] });
  });
});

describe("what phones see while a question is open", () => {
  it.each(Object.keys(KINDS) as QuestionType[])("%s: never the answer", (type) => {
    const game = new Game({ questions: [KINDS[type].forPlay(q(type), Math.random)] });
    game.join("a", "Ana");
    game.start(0);
    const view = toPhaseView(game, 1);
    expect(view.kind).toBe("question");
    expect(JSON.stringify(view)).not.toMatch(/correct|explanation/);
  });
});

describe("a kicked player's answer", () => {
  it("leaves the question's count at once, as the report leaves the player out", () => {
    const game = new Game({ questions: [q("poll", { options: ["sim", "não"] })] });
    for (const [id, name] of [["a", "Ana"], ["b", "Bruno"], ["c", "Carla"]] as const) game.join(id, name);
    game.start(0);
    game.answer("a", 0, [0], 1000);
    game.answer("b", 0, [1], 1000);
    expect(game.kick("b").ok).toBe(true);
    expect(toPhaseView(game, 1000)).toMatchObject({ kind: "question" });
    game.answer("c", 0, [0], 1200);
    game.closeQuestion(0);
    expect(toPhaseView(game, 2000)).toMatchObject({ kind: "reveal", distribution: [2, 0], answeredCount: 2 });
  });
});

describe("type answer", () => {
  const kernelQ = (ignoreAccents: boolean): PlayedQuestion => ({ ...q("typeAnswer", { options: ["Núcleo", "kernel"], correct: [] }), ignoreAccents });
  // [typed, ignoreAccents, accepted, right, counted as]
  const table: [string, boolean, boolean, boolean, number[]][] = [
    ["Núcleo", false, true, true, [0]],
    ["  núcleo  ", false, true, true, [0]],
    ["NÚCLEO", false, true, true, [0]],
    ["nucleo", false, true, false, []],
    ["nucleo", true, true, true, [0]],
    ["Nu\u0301cleo", false, true, true, [0]],
    ["KERNEL", false, true, true, [1]],
    ["ker  nel", false, true, false, []],
    ["kernell", true, true, false, []],
    ["   ", false, false, false, []],
    ["", false, false, false, []],
    ["x".repeat(121), false, false, false, []],
    ["ＫＥＲＮＥＬ", false, true, true, [1]],
    ["ker\u200Bnel", false, true, true, [1]],
    ["\u202Ekernel", false, true, true, [1]],
    ["`kernel`", false, true, true, [1]],
    ["\u200B", false, false, false, []],
    ["a\u0301\u0301\u0301\u0301", false, false, false, []],
  ];
  it.each(table)("%j (ignore accents %s): accepted %s, right %s", (typed, ignoreAccents, accepted, right, counted) => {
    const question = kernelQ(ignoreAccents);
    expect(KINDS.typeAnswer.accepts(question, { text: typed })).toBe(accepted);
    if (!accepted) return;
    const a = KINDS.typeAnswer.normalize({ text: typed }, question);
    expect(KINDS.typeAnswer.isRight(question, a)).toBe(right);
    expect(KINDS.typeAnswer.counted(question, a)).toEqual(counted);
  });

  it("refuses option indexes, and choice kinds refuse a text", () => {
    expect(KINDS.typeAnswer.accepts(kernelQ(false), { choices: [0] })).toBe(false);
    expect(KINDS.single.accepts(q("single"), { text: "b" })).toBe(false);
  });

  it("phones never see the accepted answers before the reveal; the reveal lists the commonest wrong texts", () => {
    const game = new Game({ questions: [kernelQ(true)] });
    for (const [id, name] of [["a", "Ana"], ["b", "Bia"], ["c", "Caio"], ["d", "Duda"]] as const) game.join(id, name);
    game.start(0);
    const open = toPhaseView(game, 1);
    expect(open).toMatchObject({ kind: "question", type: "typeAnswer", options: [] });
    expect(JSON.stringify(open)).not.toMatch(/cleo|kernel/i);
    const sent = game.answer("a", 0, { text: " nucleo " }, 1000);
    expect(sent.ok && sent.value.record).toMatchObject({ text: "nucleo", choices: [], correct: true });
    game.answer("b", 0, { text: "Kernell" }, 1000);
    game.answer("c", 0, { text: "kernell " }, 1000);
    game.answer("d", 0, { text: "shell" }, 1000);
    game.closeQuestion(0);
    expect(toPhaseView(game, 2000)).toMatchObject({
      kind: "reveal",
      options: ["Núcleo", "kernel"],
      distribution: [1, 0],
      // "shell" was typed once: one student's text never reaches the whole class.
      typed: [{ text: "Kernell", count: 2 }],
    });
  });
});

describe("type answer: look-alikes from phone keyboards and code markup", () => {
  const uname: PlayedQuestion = { ...q("typeAnswer", { options: ["`uname --kernel-release`", "it's"], correct: [] }) };
  it.each([
    ["uname --kernel-release", 0],
    ["uname \u2014kernel-release", 0],
    ["it\u2019s", 1],
  ])("%j matches accepted answer %i", (typed, index) => {
    expect(KINDS.typeAnswer.counted(uname, KINDS.typeAnswer.normalize({ text: typed }, uname))).toEqual([index]);
  });
  it("the typed text is stored without invisible characters", () => {
    expect(KINDS.typeAnswer.normalize({ text: " ab\u0000c\u200B " }, uname)).toEqual({ choices: [], text: "abc", value: null });
  });
  it("an accepted answer longer than a student may type, or two that match alike, are refused", () => {
    expect(KINDS.typeAnswer.draftIssues({ options: ["x".repeat(121)], correct: [] })).toEqual([{ code: "OPTION_TOO_LONG", field: "options" }]);
    expect(KINDS.typeAnswer.draftIssues({ options: ["uname -r", "UNAME  -R"], correct: [] })).toEqual([{ code: "OPTIONS_DUPLICATE", field: "options" }]);
  });
});
