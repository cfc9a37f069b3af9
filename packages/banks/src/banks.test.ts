import { QUESTION_TYPES } from "@lousa/game";
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
    it("keeps its older questions where games find them: polls and ordering come after the rest", () => {
      const firstNew = bank.questions.findIndex((q) => q.type === "poll" || q.type === "ordering");
      expect(bank.questions.slice(firstNew).every((q) => q.type === "poll" || q.type === "ordering")).toBe(true);
      expect(firstNew).toBeGreaterThan(0);
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
      ],
    };
    const problems = validateBank(bad).join("\n");
    for (const expected of ["slug", "title", "duplicate id", "2–6 options", "CORRECT_OUT_OF_RANGE", "explanation", "time limit", "SINGLE_NEEDS_ONE_CORRECT", "TRUEFALSE_NEEDS_TWO_OPTIONS", "(p): POLL_HAS_NO_CORRECT", "(o): ORDERING_NEEDS_SEQUENCE"]) {
      expect(problems).toContain(expected);
    }
  });
});
