import { matchKey, QUESTION_TYPES } from "@lousa/game";
import { BUILT_IN_BANKS, validateBank } from "./index";

describe("built-in banks", () => {
  it("has the three banks from the class notes", () => {
    expect(BUILT_IN_BANKS.map((b) => b.id)).toEqual(["kernel", "docker", "imagem-x-container"]);
  });

  describe.each(BUILT_IN_BANKS.map((b) => [b.title, b] as const))("%s", (_title, bank) => {
    it("is valid", () => expect(validateBank(bank)).toEqual([]));
    it("has at least 15 questions mixing every type", () => {
      expect(bank.questions.length).toBeGreaterThanOrEqual(15);
      expect(new Set(bank.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    });
    it("keeps its older questions where games find them: polls and ordering after the rest, then the typed answer, then slides and sliders", () => {
      // Games and tests play the banks by position: -01…-20 keep their places, newer kinds are appended.
      const older = bank.questions.slice(0, 20);
      const isNew = (type: string) => type === "poll" || type === "ordering" || type === "typeAnswer";
      const firstNew = older.findIndex((q) => isNew(q.type));
      expect(older.slice(firstNew).every((q) => isNew(q.type))).toBe(true);
      expect(firstNew).toBeGreaterThan(0);
      const typed = bank.questions.flatMap((q, i) => (q.type === "typeAnswer" ? [i] : []));
      expect(typed).toEqual([19]);
      // After the typed answer, only slides and sliders, each with the next id.
      expect(bank.questions.slice(20).every((q) => q.type === "slide" || q.type === "slider")).toBe(true);
      const prefix = bank.questions[0]?.id.replace(/-01$/, "");
      expect(bank.questions.map((q) => q.id)).toEqual(bank.questions.map((_, i) => `${prefix}-${String(i + 1).padStart(2, "0")}`));
    });
    it("opens its slides and sliders with a slide, which has only its title and text", () => {
      const last = bank.questions.slice(20);
      expect(last[0]?.type).toBe("slide");
      for (const q of last.filter((x) => x.type === "slide")) {
        expect(q).toEqual({ id: q.id, type: "slide", prompt: q.prompt, options: [], correct: [], explanation: q.explanation, timeLimitSec: 20 });
      }
    });
    it("asks each slider on a scale that doesn't give the answer away", () => {
      // Whether the scale holds together (step, answer on a step, tolerance under half) is the kind's rule,
      // run by validateBank above. A built-in bank asks more: a narrow tolerance (a tenth of the scale at
      // most) and an answer inside the scale, not at an end a student could reach by pushing the slider.
      const sliders = bank.questions.flatMap((q) => (q.type === "slider" && q.slider ? [q.slider] : []));
      expect(sliders.length).toBeGreaterThanOrEqual(1);
      for (const s of sliders) {
        expect(s.tolerance).toBeLessThanOrEqual((s.max - s.min) / 10);
        expect(s.answer).toBeGreaterThan(s.min);
        expect(s.answer).toBeLessThan(s.max);
      }
    });
    it("accepts each typed answer once, compared as the engine matches players' answers", () => {
      for (const q of bank.questions.filter((x) => x.type === "typeAnswer")) {
        expect(q.correct).toEqual([]);
        const keys = q.options.map((o) => matchKey(o, q.ignoreAccents === true));
        expect(new Set(keys).size).toBe(q.options.length);
        expect(q.options.every((o) => o === o.trim() && !/\s{2}/.test(o))).toBe(true);
      }
    });
    it("is in Brazilian Portuguese", () => expect(bank.language).toBe("pt-BR"));
  });

  it("the validator catches broken questions", () => {
    const bad = {
      id: "Bad Id",
      title: "",
      language: "pt-BR" as const,
      description: "",
      questions: [
        { id: "x", type: "single" as const, prompt: "?", options: ["a"], correct: [3], explanation: "", timeLimitSec: 1 },
        { id: "x", type: "truefalse" as const, prompt: "?", options: ["V", "F", "?"], correct: [0, 1], explanation: "ok", timeLimitSec: 20 },
        { id: "p", type: "poll" as const, prompt: "?", options: ["a", "b"], correct: [0], explanation: "ok", timeLimitSec: 20 },
        { id: "o", type: "ordering" as const, prompt: "?", options: ["a", "b", "c"], correct: [0, 2, 1], explanation: "ok", timeLimitSec: 20 },
        { id: "t", type: "typeAnswer" as const, prompt: "?", options: [], correct: [], explanation: "ok", timeLimitSec: 20 },
        { id: "u", type: "typeAnswer" as const, prompt: "?", options: ["docker ps", "Docker  PS"], correct: [], explanation: "ok", timeLimitSec: 20 },
        { id: "v", type: "typeAnswer" as const, prompt: "?", options: ["núcleo", "nucleo"], correct: [], explanation: "ok", timeLimitSec: 20, ignoreAccents: true },
        { id: "w", type: "typeAnswer" as const, prompt: "?", options: ["x".repeat(121)], correct: [], explanation: "ok", timeLimitSec: 20 },
        { id: "a", type: "single" as const, prompt: "?", options: ["a", "b"], correct: [0], explanation: "ok", timeLimitSec: 20, ignoreAccents: true },
        { id: "s1", type: "slider" as const, prompt: "?", options: ["a", "b"], correct: [0], explanation: "ok", timeLimitSec: 20 },
        { id: "s2", type: "slider" as const, prompt: "?", options: [], correct: [], explanation: "ok", timeLimitSec: 20, slider: { min: 0, max: 10, step: 3, answer: 3, tolerance: 0, unit: "" } },
        { id: "s3", type: "slider" as const, prompt: "?", options: [], correct: [], explanation: "ok", timeLimitSec: 20, slider: { min: 0, max: 10, step: 2, answer: 5, tolerance: 5, unit: "" } },
        { id: "s4", type: "slider" as const, prompt: "?", options: [], correct: [], explanation: "ok", timeLimitSec: 20, slider: { min: 0, max: 10, step: 1, answer: 3, tolerance: 0, unit: "" }, ignoreAccents: true },
        { id: "d1", type: "slide" as const, prompt: "Título", options: ["a"], correct: [], explanation: " ", timeLimitSec: 20, pointsMode: "double" as const },
        { id: "d2", type: "single" as const, prompt: "?", options: ["a", "b"], correct: [0], explanation: "ok", timeLimitSec: 20, slider: { min: 0, max: 10, step: 1, answer: 3, tolerance: 0, unit: "" } },
      ],
    };
    const problems = validateBank(bad).join("\n");
    for (const expected of ["slug", "title", "duplicate id", "2–6 options", "CORRECT_OUT_OF_RANGE", "explanation", "time limit", "SINGLE_NEEDS_ONE_CORRECT", "TRUEFALSE_NEEDS_TWO_OPTIONS", "(p): POLL_HAS_NO_CORRECT", "(o): ORDERING_NEEDS_SEQUENCE", "(t): needs 1–6 options", "(u): duplicate options", "(v): duplicate options", "(w): an accepted answer is longer than a player can type", "(a): ignoreAccents is for typeAnswer only", "(s1): OPTIONS_NOT_USED", "(s1): CORRECT_NOT_USED", "(s1): SLIDER_MISSING", "(s2): SLIDER_STEP", "(s3): SLIDER_ANSWER", "(s3): SLIDER_TOLERANCE", "(s4): ignoreAccents is for typeAnswer only", "(d1): OPTIONS_NOT_USED", "(d1): slide text (explanation) missing", "(d1): pointsMode is not for a slide", "(d2): SLIDER_NOT_USED"]) {
      expect(problems).toContain(expected);
    }
    // A slider or a slide has no options: it is never asked for a count of them.
    expect(problems).not.toMatch(/\((s\d|d\d)\): needs/);
  });
});
