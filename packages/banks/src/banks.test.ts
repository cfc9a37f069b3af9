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
    it("keeps its older questions where games find them: polls and ordering come after the rest, then the typed answer", () => {
      const isNew = (type: string) => type === "poll" || type === "ordering" || type === "typeAnswer";
      const firstNew = bank.questions.findIndex((q) => isNew(q.type));
      expect(bank.questions.slice(firstNew).every((q) => isNew(q.type))).toBe(true);
      expect(firstNew).toBeGreaterThan(0);
      // The newest kind is appended last: -01…-19 keep their places, the typed answer is -20.
      const typed = bank.questions.flatMap((q, i) => (q.type === "typeAnswer" ? [i] : []));
      expect(typed).toEqual([bank.questions.length - 1]);
      const prefix = bank.questions[0]?.id.replace(/-01$/, "");
      expect(bank.questions.map((q) => q.id)).toEqual(Array.from({ length: 20 }, (_, i) => `${prefix}-${String(i + 1).padStart(2, "0")}`));
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
      ],
    };
    const problems = validateBank(bad).join("\n");
    for (const expected of ["slug", "title", "duplicate id", "2–6 options", "CORRECT_OUT_OF_RANGE", "explanation", "time limit", "SINGLE_NEEDS_ONE_CORRECT", "TRUEFALSE_NEEDS_TWO_OPTIONS", "(p): POLL_HAS_NO_CORRECT", "(o): ORDERING_NEEDS_SEQUENCE", "(t): needs 1–6 options", "(u): duplicate options", "(v): duplicate options", "(w): an accepted answer is longer than a player can type", "(a): ignoreAccents is for typeAnswer only"]) {
      expect(problems).toContain(expected);
    }
  });
});
