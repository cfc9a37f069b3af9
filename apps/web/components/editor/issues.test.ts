import { bankIssues, type BankDraft } from "@lousa/protocol";
import { MESSAGES, messageFor } from "../../lib/messages";
import { fieldId, issueText, IssueIndex, placeIssue } from "./issues";

const draft: BankDraft = {
  title: "",
  description: "",
  language: "pt-BR",
  questions: [
    { type: "single", prompt: "ok", options: ["a", "b"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard" },
    { type: "single", prompt: " ", options: ["a", ""], correct: [0, 1], explanation: "", timeLimitSec: 999, pointsMode: "standard" },
  ],
};

describe("issues at their fields", () => {
  it("places each schema issue at the field the editor shows it", () => {
    expect(placeIssue({ path: ["questions", 1, "options", 1], code: "OPTION_EMPTY" })).toEqual({ question: 1, field: "option-1", code: "OPTION_EMPTY" });
    expect(placeIssue({ path: ["questions", 0, "correct"], code: "SINGLE_NEEDS_ONE_CORRECT" })).toEqual({ question: 0, field: "correct", code: "SINGLE_NEEDS_ONE_CORRECT" });
    expect(placeIssue({ path: ["title"], code: "TITLE_EMPTY" })).toEqual({ question: null, field: "title", code: "TITLE_EMPTY" });
    expect(placeIssue({ path: ["questions"], code: "QUESTIONS_NONE" })).toEqual({ question: null, field: "questions", code: "QUESTIONS_NONE" });
  });

  it("indexes a draft's issues: count, per field, per question, first on the page", () => {
    const index = new IssueIndex(bankIssues(draft));
    expect(index.at(1, "prompt")).toEqual(["PROMPT_EMPTY"]);
    expect(index.at(1, "option-1")).toEqual(["OPTION_EMPTY"]);
    expect(index.at(1, "correct")).toEqual(["SINGLE_NEEDS_ONE_CORRECT"]);
    expect(index.at(1, "timeLimitSec")).toEqual(["TIME_LIMIT_RANGE"]);
    expect(index.inQuestion(0)).toBe(0);
    expect(index.inQuestion(1)).toBe(4);
    expect(index.count).toBe(5);
    expect(index.first()).toEqual({ question: null, field: "title", code: "TITLE_EMPTY" });
    expect(fieldId(1, "option-1")).toBe("editor-q1-option-1");
    expect(fieldId(null, "title")).toBe("editor-title");
  });

  it("says every issue in both languages, with the protocol's limits", () => {
    const t = (locale: "pt-BR" | "en") => (key: Parameters<typeof messageFor>[1], vars?: Record<string, string | number>) => messageFor(locale, key, vars);
    expect(issueText("TIME_LIMIT_RANGE", t("pt-BR"))).toBe("O tempo vai de 5 a 240 segundos.");
    expect(issueText("OPTIONS_COUNT", t("en"))).toBe("Use 2 to 6 options.");
    for (const locale of ["pt-BR", "en"] as const) {
      for (const [key, text] of Object.entries(MESSAGES[locale]).filter(([k]) => k.startsWith("issue."))) expect([key, text.trim().length > 0]).toEqual([key, true]);
    }
  });

  it("places slider and picture issues where they are fixed", () => {
    expect(placeIssue({ path: ["questions", 2, "slider"], code: "SLIDER_ANSWER" })).toEqual({ question: 2, field: "slider", code: "SLIDER_ANSWER" });
    expect(placeIssue({ path: ["questions", 2, "slider", "unit"], code: "SLIDER_UNIT_TOO_LONG" })).toEqual({ question: 2, field: "slider", code: "SLIDER_UNIT_TOO_LONG" });
    expect(placeIssue({ path: ["questions", 0, "image", "alt"], code: "IMAGE_ALT_EMPTY" })).toEqual({ question: 0, field: "image-alt", code: "IMAGE_ALT_EMPTY" });
    expect(placeIssue({ path: ["questions", 0, "image"], code: "IMAGE_NOT_FOUND" })).toEqual({ question: 0, field: "image", code: "IMAGE_NOT_FOUND" });
    expect(fieldId(2, "slider", "SLIDER_ANSWER")).toBe("editor-q2-slider-answer");
    expect(fieldId(2, "slider", "SLIDER_RANGE")).toBe("editor-q2-slider-min");
    expect(fieldId(0, "image-alt")).toBe("editor-q0-image-alt");
    expect(fieldId(0, "image")).toBe("editor-q0-image-file");
    const index = new IssueIndex(
      bankIssues({
        ...draft,
        title: "T",
        questions: [{ type: "slider", prompt: "p", options: [], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard", slider: { min: 0, max: 10, step: 1, answer: 11, tolerance: 0, unit: "" }, image: { id: "a".repeat(22), alt: " ", width: 4, height: 3, onPhones: true } }],
      }),
    );
    expect(index.at(0, "slider")).toEqual(["SLIDER_ANSWER"]);
    expect(index.at(0, "image-alt")).toEqual(["IMAGE_ALT_EMPTY"]);
  });
});
