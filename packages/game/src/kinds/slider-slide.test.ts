import { Game, IMAGE_PREPARE_MS } from "../game";
import type { PlayedQuestion, SliderSpec } from "../types";
import { toPhaseView, toPlayerPrivateView } from "../views";
import { KINDS } from "./index";
import { sliderBinOf, sliderBins, sliderCredit, snapToStep } from "./slider";

const layers: SliderSpec = { min: 0, max: 20, step: 1, answer: 5, tolerance: 0, unit: "camadas" };
const sliderQ = (spec: SliderSpec = layers, over: Partial<PlayedQuestion> = {}): PlayedQuestion => ({
  id: "s",
  type: "slider",
  prompt: "Quantas camadas?",
  options: [],
  correct: [],
  explanation: "RUN, COPY e ADD criam camadas.",
  timeLimitMs: 20_000,
  pointsMode: "standard",
  slider: spec,
  ...over,
});
const slideQ: PlayedQuestion = { id: "sl", type: "slide", prompt: "Camadas", options: [], correct: [], explanation: "Cada `RUN` cria uma camada.", timeLimitMs: 20_000, pointsMode: "standard" };
const singleQ: PlayedQuestion = { id: "q", type: "single", prompt: "?", options: ["a", "b"], correct: [1], explanation: "", timeLimitMs: 20_000, pointsMode: "standard" };

describe("slider: which guesses it takes", () => {
  // [value sent, accepted, stored as]
  const table: [number, boolean, number | null][] = [
    [5, true, 5],
    [0, true, 0],
    [20, true, 20],
    [5.4, true, 5],
    [5.6, true, 6],
    [-1, false, null],
    [20.5, false, null],
    [Number.NaN, false, null],
    [Number.POSITIVE_INFINITY, false, null],
  ];
  it.each(table)("%p: accepted %p, stored as %p", (value, accepted, stored) => {
    const q = sliderQ();
    expect(KINDS.slider.accepts(q, { value })).toBe(accepted);
    if (stored !== null) expect(KINDS.slider.normalize({ value }, q).value).toBe(stored);
  });
  it("refuses option indexes and texts; the choice kinds refuse a number", () => {
    expect(KINDS.slider.accepts(sliderQ(), { choices: [1] })).toBe(false);
    expect(KINDS.slider.accepts(sliderQ(), { text: "5" })).toBe(false);
    expect(KINDS.single.accepts(singleQ, { value: 1 })).toBe(false);
    expect(KINDS.typeAnswer.accepts({ ...singleQ, type: "typeAnswer" }, { value: 1 })).toBe(false);
  });
  it("a decimal step stores the value the slider stood on, without float noise", () => {
    const q = sliderQ({ min: 0, max: 1, step: 0.1, answer: 0.3, tolerance: 0, unit: "" });
    expect(KINDS.slider.normalize({ value: 0.1 + 0.2 }, q).value).toBe(0.3);
    expect(KINDS.slider.isRight(q, KINDS.slider.normalize({ value: 0.30000000000000004 }, q))).toBe(true);
    expect(snapToStep({ min: -2.5, max: 2.5, step: 0.25, unit: "" }, 1.13)).toBe(1.25);
  });
});

describe("slider: scored by closeness", () => {
  // scale 0–20, tolerance as given; the falloff is 10 % of the scale (2) beyond the tolerance.
  const table: [string, number, number, number, boolean][] = [
    ["exact", 0, 5, 1, true],
    ["one off, no tolerance: half", 0, 6, 0.5, false],
    ["two off, no tolerance: nothing", 0, 7, 0, false],
    ["far off", 0, 20, 0, false],
    ["within the tolerance", 1, 6, 1, true],
    ["at the tolerance below", 1, 4, 1, true],
    ["one past the tolerance: half", 1, 7, 0.5, false],
  ];
  it.each(table)("%s", (_, tolerance, guess, credit, right) => {
    const spec = { ...layers, tolerance };
    expect(sliderCredit(spec, guess)).toBeCloseTo(credit, 9);
    const q = sliderQ(spec);
    expect(KINDS.slider.isRight(q, KINDS.slider.normalize({ value: guess }, q))).toBe(right);
  });

  it("a near miss earns a share of the speed points but no streak; the reveal counts it in its bar", () => {
    const game = new Game({ questions: [sliderQ(), sliderQ()] });
    game.join("exact", "Ana");
    game.join("near", "Bia");
    game.join("far", "Caio");
    game.start(0);
    const exact = game.answer("exact", 0, { value: 5 }, 0);
    const near = game.answer("near", 0, { value: 6 }, 0);
    const far = game.answer("far", 0, { value: 15 }, 0);
    if (!exact.ok || !near.ok || !far.ok) throw new Error("refused");
    expect(exact.value.record).toMatchObject({ correct: true, points: 1000, value: 5 });
    expect(near.value.record).toMatchObject({ correct: false, points: 500, value: 6 });
    expect(far.value.record).toMatchObject({ correct: false, points: 0 });
    game.next(1);
    const reveal = toPhaseView(game, 1);
    if (reveal.kind !== "reveal") throw new Error(reveal.kind);
    // 21 positions: 10 bars of two values each; 5 in bar 2, 6 in bar 3, 15 in bar 7.
    expect(reveal.distribution).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0, 0]);
    expect(reveal.slider).toEqual(layers);
    expect(game.player("near")).toMatchObject({ score: 500, streak: 0, correctCount: 0 });
    expect(game.player("exact")).toMatchObject({ score: 1000, streak: 1, correctCount: 1 });
    expect(toPlayerPrivateView(game, "near")?.answeredValue).toBe(6);
  });

  it.each([
    { min: 0, max: 13, step: 1, unit: "" },
    { min: 1, max: 100, step: 1, unit: "" },
    { min: 0, max: 1, step: 0.05, unit: "" },
    { min: -10, max: 10, step: 1, unit: "" },
    { min: 0, max: 7, step: 1, unit: "" },
    { min: 1990, max: 2030, step: 1, unit: "" },
    { min: 0, max: 10_000, step: 1, unit: "" },
  ])("histogram of $min–$max step $step: every value is in the bar whose label holds it; bars don't overlap", (scale) => {
    const bins = sliderBins(scale);
    const positions = Math.round((scale.max - scale.min) / scale.step) + 1;
    for (let k = 0; k < positions; k++) {
      const value = snapToStep(scale, scale.min + k * scale.step);
      const bar = bins[sliderBinOf(scale, value)];
      expect(bar && value >= bar.from && value <= bar.to).toBe(true);
    }
    bins.forEach((bar, k) => {
      expect(bar.from).toBe(snapToStep(scale, bar.from));
      expect(bar.to).toBe(snapToStep(scale, bar.to));
      if (k > 0) expect(bar.from).toBeCloseTo(bins[k - 1]!.to + scale.step, 9);
    });
    expect(bins[0]?.from).toBe(scale.min);
    expect(bins.at(-1)?.to).toBe(scale.max);
  });

  it("histogram: one bar per value on a short scale, ten bars on a long one", () => {
    expect(sliderBins({ min: 1, max: 5, step: 1, unit: "" }).map((b) => b.from)).toEqual([1, 2, 3, 4, 5]);
    const long = { min: 1990, max: 2030, step: 1, unit: "" };
    expect(sliderBins(long)).toHaveLength(10);
    expect(sliderBinOf(long, 1990)).toBe(0);
    expect(sliderBinOf(long, 2013)).toBe(5);
    expect(sliderBinOf(long, 2030)).toBe(9);
  });
});

describe("slider: what a teacher may write", () => {
  const issues = (slider: SliderSpec | undefined, options: string[] = []) => KINDS.slider.draftIssues({ options, correct: [], slider }).map((i) => i.code);
  it.each([
    ["fine", layers, []],
    ["min not below max", { ...layers, min: 20, max: 20 }, ["SLIDER_RANGE"]],
    ["step not dividing the range", { ...layers, step: 3 }, ["SLIDER_STEP"]],
    ["zero step", { ...layers, step: 0 }, ["SLIDER_STEP"]],
    ["too many positions", { ...layers, max: 100_000, step: 1 }, ["SLIDER_STEP"]],
    ["answer off the scale", { ...layers, answer: 21 }, ["SLIDER_ANSWER"]],
    ["answer between steps", { ...layers, answer: 5.5 }, ["SLIDER_ANSWER"]],
    ["negative tolerance", { ...layers, tolerance: -1 }, ["SLIDER_TOLERANCE"]],
    ["tolerance of half the scale", { ...layers, tolerance: 10 }, ["SLIDER_TOLERANCE"]],
    ["a number too big to count steps with", { ...layers, max: 1e12 }, ["SLIDER_RANGE"]],
    ["a step finer than a millionth", { min: 0, max: 0.000001, step: 0.0000001, answer: 0, tolerance: 0, unit: "" }, ["SLIDER_STEP"]],
    ["a millionth step is fine", { min: 0, max: 0.00001, step: 0.000001, answer: 0.000003, tolerance: 0, unit: "" }, []],
  ] as [string, SliderSpec, string[]][])("%s", (_, spec, expected) => {
    expect(issues(spec)).toEqual(expected);
  });
  it("needs its scale, and has no options; other kinds have no scale", () => {
    expect(issues(undefined)).toEqual(["SLIDER_MISSING"]);
    expect(issues(layers, ["a"])).toEqual(["OPTIONS_NOT_USED"]);
    expect(KINDS.single.draftIssues({ options: ["a", "b"], correct: [0], slider: layers }).map((i) => i.code)).toContain("SLIDER_NOT_USED");
    expect(KINDS.slide.draftIssues({ options: [], correct: [], slider: layers }).map((i) => i.code)).toContain("SLIDER_NOT_USED");
  });
});

describe("what phones see of a slider and a slide", () => {
  it("a slider's scale, never its answer or tolerance (until the reveal)", () => {
    const game = new Game({ questions: [sliderQ({ ...layers, answer: 13, tolerance: 2 })] });
    game.join("a", "Ana");
    game.start(0);
    const view = toPhaseView(game, 0);
    if (view.kind !== "question") throw new Error(view.kind);
    expect(view.scale).toEqual({ min: 0, max: 20, step: 1, unit: "camadas" });
    expect(JSON.stringify(view)).not.toMatch(/answer|tolerance|13|RUN, COPY/);
  });
  it("a slide's text is on screen while it is", () => {
    const game = new Game({ questions: [slideQ, singleQ] });
    game.join("a", "Ana");
    game.start(0);
    const view = toPhaseView(game, 0);
    expect(view).toMatchObject({ kind: "question", type: "slide", prompt: "Camadas", text: "Cada `RUN` cria uma camada.", options: [], remainingMs: 0, opensInMs: 0 });
  });
});

describe("a slide in a game", () => {
  it("takes no answer, has no reveal: next goes on to the next question; standings and the tie-break untouched", () => {
    const game = new Game({ questions: [slideQ, singleQ, slideQ] });
    game.join("a", "Ana");
    game.start(0);
    expect(game.answer("a", 0, [0], 10)).toMatchObject({ ok: false, error: { code: "INVALID_CHOICE" } });
    expect(game.answer("a", 0, { value: 1 }, 10).ok).toBe(false);
    expect(game.closeQuestion(0)).toMatchObject({ ok: false, error: { code: "QUESTION_NOT_OPEN" } });
    expect(game.everyoneAnswered).toBe(false);
    expect(game.next(100)).toMatchObject({ ok: true, value: { kind: "question", index: 1 } });
    expect(game.answer("a", 1, [1], 200).ok).toBe(true);
    game.next(300); // reveal
    game.next(400); // leaderboard
    expect(game.next(500)).toMatchObject({ ok: true, value: { kind: "question", index: 2 } });
    // A slide as the last question: next is the podium.
    expect(game.next(600)).toMatchObject({ ok: true, value: { kind: "podium" } });
    expect(game.player("a")).toMatchObject({ correctCount: 1, totalResponseMs: 100 });
  });
  it("a late joiner is not charged for slides", () => {
    const game = new Game({ questions: [slideQ, singleQ] });
    game.join("a", "Ana");
    game.start(0);
    game.next(10);
    const late = game.checkJoin("Bia");
    expect(late.ok && late.value.totalResponseMs).toBe(0);
  });
});

describe("a question whose phones show a picture gets ready first", () => {
  const pictured: PlayedQuestion = { ...singleQ, image: { id: "abcdefghijklmnopqrstuv", alt: "Camadas de uma imagem", width: 800, height: 600, onPhones: true } };
  it("answers wait for the clock; it starts at its set time or when the owner says every phone is ready", () => {
    const game = new Game({ questions: [pictured, { ...pictured, image: { ...pictured.image!, onPhones: false } }] });
    game.join("a", "Ana");
    game.start(1000);
    expect(game.phase).toEqual({ kind: "question", index: 0, openedAt: 1000 + IMAGE_PREPARE_MS, deadline: 1000 + IMAGE_PREPARE_MS + 20_000 });
    expect(game.preparing(1500)).toBe(true);
    const view = toPhaseView(game, 1500);
    expect(view).toMatchObject({ kind: "question", opensInMs: IMAGE_PREPARE_MS - 500, remainingMs: 20_000, image: { alt: "Camadas de uma imagem" } });
    expect(game.answer("a", 0, [1], 1500)).toMatchObject({ ok: false, error: { code: "QUESTION_NOT_OPEN" } });
    const open = game.planOpenNow(0, 2000);
    if (!open.ok) throw new Error(open.error.code);
    game.applyTransition(open.value);
    expect(game.phase).toEqual({ kind: "question", index: 0, openedAt: 2000, deadline: 22_000 });
    expect(game.planOpenNow(0, 2100).ok).toBe(false);
    expect(game.answer("a", 0, [1], 3000)).toMatchObject({ ok: true, value: { record: { responseMs: 1000 } } });
    game.next(3100);
    game.next(3200);
    // Shown on the projector only: no waiting.
    expect(game.next(4000)).toMatchObject({ ok: true, value: { kind: "question", index: 1, openedAt: 4000 } });
  });
});
