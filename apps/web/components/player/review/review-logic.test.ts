import type { ReviewQuestion } from "@lousa/protocol";
import { reviewVerdict, rightAnswer, sentAnswer } from "./review-logic";

const base: ReviewQuestion = {
  index: 0,
  type: "single",
  prompt: "Qual comando lista arquivos?",
  options: ["ls", "cd", "rm"],
  correct: [0],
  explanation: "ls lista.",
  slider: null,
  image: null,
  answer: { choices: [1], text: null, value: null },
  graded: true,
  right: false,
  points: 0,
};
const q = (over: Partial<ReviewQuestion>): ReviewQuestion => ({ ...base, ...over });

describe("review mapping", () => {
  it.each([
    ["right", q({ answer: { choices: [0], text: null, value: null }, right: true, points: 950 })],
    ["wrong", q({})],
    ["none", q({ answer: null })],
    ["poll", q({ type: "poll", graded: false, correct: [] })],
    ["close", q({ type: "slider", options: [], correct: [], answer: { choices: [], text: null, value: 1990 }, points: 400, slider: { min: 1980, max: 2000, step: 1, answer: 1991, tolerance: 2, unit: "" } })],
    ["wrong", q({ type: "slider", options: [], correct: [], answer: { choices: [], text: null, value: 1980 }, points: 0, slider: { min: 1980, max: 2000, step: 1, answer: 1991, tolerance: 0, unit: "" } })],
  ])("marks %s", (verdict, question) => {
    expect(reviewVerdict(question)).toBe(verdict);
  });

  it("gives the right answer and the student's in one shape per kind", () => {
    expect(rightAnswer(base)).toEqual({ kind: "options", indices: [0] });
    expect(sentAnswer(base)).toEqual({ kind: "options", indices: [1] });
    const ordering = q({ type: "ordering", correct: [2, 0, 1], answer: { choices: [0, 2, 1], text: null, value: null } });
    expect(rightAnswer(ordering)).toEqual({ kind: "order", indices: [2, 0, 1] });
    expect(sentAnswer(ordering)).toEqual({ kind: "order", indices: [0, 2, 1] });
    const typed = q({ type: "typeAnswer", options: ["Kernel", "Núcleo"], correct: [], answer: { choices: [], text: "kernell", value: null } });
    expect(rightAnswer(typed)).toEqual({ kind: "texts", texts: ["Kernel", "Núcleo"] });
    expect(sentAnswer(typed)).toEqual({ kind: "texts", texts: ["kernell"] });
    const slider = q({ type: "slider", options: [], correct: [], answer: { choices: [], text: null, value: 1990 }, slider: { min: 1980, max: 2000, step: 1, answer: 1991, tolerance: 0, unit: "" } });
    expect(rightAnswer(slider)).toEqual({ kind: "value", value: 1991 });
    expect(sentAnswer(slider)).toEqual({ kind: "value", value: 1990 });
    expect(rightAnswer(q({ type: "poll", graded: false, correct: [] }))).toBeNull();
    expect(sentAnswer(q({ answer: null }))).toBeNull();
  });
});
