import type { QuestionDraft } from "@lousa/protocol";
import { KINDS } from "./index";
import { withoutForeignFields } from "./kind-fields";
import { addAccepted, MAX_ACCEPTED, removeAccepted, setAccepted, toTypeAnswer } from "./type-answer-ops";

jest.mock("../editor.module.css", () => ({}));
jest.mock("../media.module.css", () => ({}));

const base = { prompt: "P", explanation: "", timeLimitSec: 20, pointsMode: "standard" } as const;

describe("type-answer kind", () => {
  it("starts with one blank accepted answer, accents counting", () => {
    expect(KINDS.typeAnswer.blank("pt-BR")).toMatchObject({ type: "typeAnswer", options: [""], correct: [], ignoreAccents: false });
  });

  it("keeps 1 to 6 accepted answers", () => {
    const one: QuestionDraft = { ...base, type: "typeAnswer", options: ["núcleo"], correct: [] };
    expect(removeAccepted(one, 0)).toBe(one);
    let q = one;
    for (let i = 0; i < 10; i++) q = addAccepted(q);
    expect(q.options).toHaveLength(MAX_ACCEPTED);
    expect(setAccepted(removeAccepted(q, 0), 0, "kernel").options[0]).toBe("kernel");
  });

  it("turns the right options into the accepted answers, or keeps what was written when nothing was marked", () => {
    const single: QuestionDraft = { ...base, type: "single", options: ["kernel", "shell", ""], correct: [0] };
    expect(toTypeAnswer(single)).toMatchObject({ type: "typeAnswer", options: ["kernel"], correct: [], ignoreAccents: false });
    const poll: QuestionDraft = { ...base, type: "poll", options: ["a", " ", "b"], correct: [] };
    expect(toTypeAnswer(poll).options).toEqual(["a", "b"]);
    expect(toTypeAnswer({ ...poll, options: ["", ""] }).options).toEqual([""]);
  });

  it("drops ignoreAccents when the question becomes another kind", () => {
    const typed: QuestionDraft = { ...base, type: "typeAnswer", options: ["núcleo"], correct: [], ignoreAccents: true };
    expect(withoutForeignFields(typed)).toEqual(typed);
    const single = withoutForeignFields(KINDS.single.convert(typed, "pt-BR"));
    expect(single.type).toBe("single");
    expect("ignoreAccents" in single).toBe(false);
  });
});
