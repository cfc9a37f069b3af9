import { bankDraftSchema, bankIssues, questionDraftSchema, questionIssues, type QuestionDraft } from "./question-schema";

const good: QuestionDraft = { type: "single", prompt: "Qual é o núcleo?", options: ["Kernel", "Shell"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard" };
const codes = (value: unknown) => questionIssues(value).map((i) => i.code);

describe("question drafts: one schema for the editor, the importers and the server", () => {
  it("accepts a valid question", () => expect(questionIssues(good)).toEqual([]));
  it.each<[string, Partial<QuestionDraft>, string]>([
    ["empty prompt", { prompt: "   " }, "PROMPT_EMPTY"],
    ["one option", { options: ["a"] }, "OPTIONS_COUNT"],
    ["seven options", { options: ["a", "b", "c", "d", "e", "f", "g"] }, "OPTIONS_COUNT"],
    ["an empty option", { options: ["a", " "] }, "OPTION_EMPTY"],
    ["the same option twice", { options: ["Sim", "sim"] }, "OPTIONS_DUPLICATE"],
    ["no correct option", { correct: [] }, "CORRECT_NONE"],
    ["a correct option out of range", { correct: [2] }, "CORRECT_OUT_OF_RANGE"],
    ["two correct on a single-choice question", { correct: [0, 1] }, "SINGLE_NEEDS_ONE_CORRECT"],
    ["true/false with three options", { type: "truefalse", options: ["V", "F", "?"] }, "TRUEFALSE_NEEDS_TWO_OPTIONS"],
    ["4 seconds", { timeLimitSec: 4 }, "TIME_LIMIT_RANGE"],
    ["241 seconds", { timeLimitSec: 241 }, "TIME_LIMIT_RANGE"],
    ["a prompt over 1,000 characters", { prompt: "x".repeat(1001) }, "PROMPT_TOO_LONG"],
  ])("refuses %s", (_, change, code) => expect(codes({ ...good, ...change })).toContain(code));
  it("reports where: the option's index", () => expect(questionIssues({ ...good, options: ["a", ""] })[0]?.path).toEqual(["options", 1]));
  it("reports a question's path inside a bank", () => {
    expect(bankIssues({ title: "T", description: "", language: "pt-BR", questions: [good, { ...good, prompt: "" }] })).toEqual([{ path: ["questions", 1, "prompt"], code: "PROMPT_EMPTY" }]);
  });

  describe("text is cleaned the same way in every field before the rules run", () => {
    const decomposed = "Cafe\u0301"; // "Café" typed as e + combining accent (macOS, some keyboards)
    it("normalises to NFC, so lengths and duplicate checks agree with what is stored", () => {
      const parsed = questionDraftSchema.parse({ ...good, prompt: decomposed, options: [decomposed, "Chá"], explanation: decomposed });
      expect([parsed.prompt, parsed.options[0], parsed.explanation]).toEqual(["Café", "Café", "Café"]);
      expect(codes({ ...good, options: [decomposed, "Café"] })).toContain("OPTIONS_DUPLICATE");
      expect(codes({ ...good, prompt: "e\u0301".repeat(1000) })).toEqual([]);
    });
    it("removes control characters but keeps line breaks and tabs", () => {
      const parsed = questionDraftSchema.parse({ ...good, prompt: "Linha\u0000 1\r\n\tLinha\u001b 2\u007f\u0085", options: ["a\u0007", "b"] });
      expect(parsed.prompt).toBe("Linha 1\n\tLinha 2");
      expect(parsed.options).toEqual(["a", "b"]);
    });
    it("a text of control characters only is empty", () => {
      expect(codes({ ...good, prompt: "\u0001\u0002" })).toEqual(["PROMPT_EMPTY"]);
      expect(codes({ ...good, options: ["a", "\u0008"] })).toEqual(["OPTION_EMPTY"]);
    });
    it("cleans the bank's title and description too", () => {
      const bank = bankDraftSchema.parse({ title: "Revis\u0000a\u0303o", description: "x\u001f", language: "pt-BR", questions: [good] });
      expect([bank.title, bank.description]).toEqual(["Revisão", "x"]);
    });
  });

  describe("each kind's own rules", () => {
    it("a poll has no right answer", () => {
      expect(codes({ ...good, type: "poll", correct: [] })).toEqual([]);
      expect(codes({ ...good, type: "poll", correct: [0] })).toEqual(["POLL_HAS_NO_CORRECT"]);
    });
    it("ordering is written in the right order, all items in the sequence", () => {
      const items = { ...good, type: "ordering", options: ["a", "b", "c"] };
      expect(codes({ ...items, correct: [0, 1, 2] })).toEqual([]);
      expect(codes({ ...items, correct: [1, 0, 2] })).toEqual(["ORDERING_NEEDS_SEQUENCE"]);
      expect(codes({ ...items, correct: [0, 1] })).toEqual(["ORDERING_NEEDS_SEQUENCE"]);
    });
    it("single choice still needs exactly one right option, multiple at least one", () => {
      expect(codes({ ...good, correct: [] })).toEqual(["CORRECT_NONE"]);
      expect(codes({ ...good, type: "multiple", correct: [] })).toEqual(["CORRECT_NONE"]);
      expect(codes({ ...good, type: "multiple", correct: [0, 1] })).toEqual([]);
    });
  });

  describe("type answer", () => {
    const typed = { ...good, type: "typeAnswer", options: ["uname -r"], correct: [] };
    it("accepts a single accepted answer, and the accents flag", () => {
      expect(codes(typed)).toEqual([]);
      expect(codes({ ...typed, options: ["núcleo", "kernel"], ignoreAccents: true })).toEqual([]);
    });
    it("has no right option to mark, and its answers are checked like options", () => {
      expect(codes({ ...typed, correct: [0] })).toEqual(["CORRECT_NOT_USED"]);
      expect(codes({ ...typed, options: [] })).toEqual(["OPTIONS_COUNT"]);
      expect(codes({ ...typed, options: ["a", "A"] })).toEqual(["OPTIONS_DUPLICATE"]);
    });
    it("the choice kinds still need two options", () => {
      expect(codes({ ...good, options: ["só uma"], correct: [0] })).toEqual(["OPTIONS_COUNT"]);
      expect(codes({ ...good, type: "poll", options: ["só uma"], correct: [] })).toEqual(["OPTIONS_COUNT"]);
    });
  });
});
