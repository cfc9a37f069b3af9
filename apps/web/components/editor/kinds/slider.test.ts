import { sliderCredit } from "@lousa/game";
import { questionIssues, type QuestionDraft } from "@lousa/protocol";
import { messageFor, type MessageKey } from "../../../lib/messages";
import { formatDecimal, parseDecimal } from "./decimal";
import { KINDS } from "./index";
import { toSlide, withoutForeignFields } from "./kind-fields";
import { BLANK_SLIDER, setSliderField, sliderBoxesAtFault, sliderScoring, sliderScoringText, toSlider } from "./slider-ops";

jest.mock("../editor.module.css", () => ({}));
jest.mock("../media.module.css", () => ({}));

const base = { prompt: "P", explanation: "e", timeLimitSec: 30, pointsMode: "double" } as const;
const t = (locale: "pt-BR" | "en") => (key: MessageKey, vars?: Record<string, string | number>) => messageFor(locale, key, vars);

describe("numbers typed in the slider's boxes", () => {
  it.each([
    ["2,5", "pt-BR", 2.5],
    ["2.5", "pt-BR", 2.5],
    [" -0,25 ", "pt-BR", -0.25],
    ["−3", "pt-BR", -3],
    ["1.500", "pt-BR", 1500],
    ["1.500,5", "pt-BR", 1500.5],
    ["1,500", "en", 1500],
    ["2,5", "en", 2.5],
    ["1 000", "pt-BR", 1000],
    [",5", "pt-BR", 0.5],
    ["42", "en", 42],
  ] as const)("reads %j in %s as %d", (text, locale, value) => {
    expect(parseDecimal(text, locale)).toBe(value);
  });

  it.each(["", "abc", "2,5,5", "1..2", "-", "1e5", "2,5.1", "Infinity"])("refuses %j", (text) => {
    expect(parseDecimal(text, "pt-BR")).toBeNull();
  });

  it("writes numbers the way they read back, without float noise", () => {
    expect(formatDecimal(2.5, "pt-BR")).toBe("2,5");
    expect(formatDecimal(2.5, "en")).toBe("2.5");
    expect(formatDecimal(0.1 + 0.2, "pt-BR")).toBe("0,3");
    expect(formatDecimal(1500, "pt-BR")).toBe("1500");
    expect(formatDecimal(Number.NaN, "en")).toBe("");
    for (const n of [0, -7, 0.001, 123456.75, 1e9]) for (const l of ["pt-BR", "en"] as const) expect(parseDecimal(formatDecimal(n, l), l)).toBe(n);
  });
});

describe("slider kind", () => {
  it("starts as a 0–10 scale, step 1, answer 5, tolerance 0, valid once the prompt is written", () => {
    const q = KINDS.slider.blank("pt-BR");
    expect(q).toMatchObject({ type: "slider", options: [], correct: [], slider: { min: 0, max: 10, step: 1, answer: 5, tolerance: 0, unit: "" } });
    expect(questionIssues({ ...q, prompt: "Quantos?" })).toEqual([]);
  });

  it("reports an answer off the scale, and a number that isn't one, at the slider", () => {
    const q = { ...KINDS.slider.blank("pt-BR"), prompt: "Quantos?" };
    expect(questionIssues(setSliderField(q, "answer", 50))).toEqual([{ path: ["slider"], code: "SLIDER_ANSWER" }]);
    expect(questionIssues(setSliderField(q, "min", Number.NaN)).map((i) => i.code)).toContain("SLIDER_RANGE");
  });

  it("turns a question into a slider keeping what it can, and drops the scale when it leaves", () => {
    const single: QuestionDraft = { ...base, type: "single", options: ["a", "b"], correct: [1], image: { id: "a".repeat(22), alt: "x", width: 10, height: 10, onPhones: false } };
    const asSlider = withoutForeignFields(KINDS.slider.convert(single, "pt-BR"));
    expect(asSlider).toMatchObject({ type: "slider", prompt: "P", explanation: "e", timeLimitSec: 30, pointsMode: "double", options: [], correct: [], slider: BLANK_SLIDER, image: single.image });
    expect(questionIssues(asSlider)).toEqual([]);
    const tuned = setSliderField(asSlider, "max", 20);
    for (const type of ["single", "multiple", "truefalse", "poll", "ordering", "typeAnswer", "slide"] as const) {
      const away = withoutForeignFields(KINDS[type].convert(tuned, "pt-BR"));
      expect(away.type).toBe(type);
      expect("slider" in away).toBe(false);
      expect(away.image).toEqual(single.image);
    }
    // A scale it still carries (converting back before the editor dropped it) comes back, not the blank one.
    expect(toSlider(tuned).slider?.max).toBe(20);
  });

  it("explains the closeness scoring with the scale's own numbers, as the engine scores", () => {
    const spec = { min: 0, max: 20, step: 1, answer: 12, tolerance: 2, unit: "" };
    expect(sliderScoring(spec)).toEqual({ exact: false, lo: 10, hi: 14, half: 1, zero: 2 });
    expect(sliderCredit(spec, 14)).toBe(1);
    expect(sliderCredit(spec, 15)).toBeCloseTo(0.5);
    expect(sliderCredit(spec, 16)).toBe(0);
    expect(sliderScoringText(spec, t("pt-BR"), "pt-BR")).toBe("Vale tudo entre 10 e 14; metade dos pontos a 1 de distância, nenhum ponto a 2 ou mais.");
    expect(sliderScoringText(spec, t("en"), "en")).toBe("Anything from 10 to 14 counts; half the points 1 away, no points 2 or more away.");
    const exact = { min: 0, max: 5, step: 0.5, answer: 2.5, tolerance: 0, unit: "kg" };
    expect(sliderScoringText(exact, t("pt-BR"), "pt-BR")).toBe("Só 2,5 kg vale os pontos cheios; metade dos pontos a 0,25 kg de distância, nenhum ponto a 0,5 kg ou mais.");
    // The band stays on the scale.
    expect(sliderScoring({ ...spec, answer: 1 })).toMatchObject({ lo: 0, hi: 3 });
    // No line while the scale has a problem: its issue says what.
    expect(sliderScoringText({ ...spec, answer: 50 }, t("pt-BR"), "pt-BR")).toBeNull();
    // Only the boxes a rule is about are marked.
    const q: QuestionDraft = { ...base, type: "slider", options: [], correct: [], slider: { ...spec, answer: 50 } };
    expect([...sliderBoxesAtFault(q)]).toEqual(["answer"]);
    expect([...sliderBoxesAtFault({ ...q, slider: { ...spec, min: 30 } })].sort()).toEqual(["max", "min"]);
  });
});

describe("slide kind", () => {
  it("is a title and a text: no options, answers or scale", () => {
    const q = KINDS.slide.blank("en");
    expect(q).toMatchObject({ type: "slide", options: [], correct: [], explanation: "" });
    expect(questionIssues({ ...q, prompt: "Intro", explanation: "```python\nprint(1)\n```" })).toEqual([]);
    const typed: QuestionDraft = { ...base, type: "typeAnswer", options: ["núcleo"], correct: [], ignoreAccents: true };
    const asSlide = withoutForeignFields(toSlide(typed));
    expect(asSlide).toEqual({ ...base, type: "slide", options: [], correct: [] });
    expect(questionIssues(asSlide)).toEqual([]);
    // Back to a question: the options are to be written again (the toast offered undo when they went).
    expect(KINDS.single.convert(asSlide, "en")).toMatchObject({ type: "single", options: ["", ""], prompt: "P", explanation: "e" });
  });
});
