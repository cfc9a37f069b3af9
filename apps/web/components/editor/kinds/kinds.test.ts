import { questionIssues, type QuestionDraft } from "@lousa/protocol";
import { KIND_ORDER, KINDS } from "./index";
import { addOption, droppedOptions, pickCorrect, removeOption, toggleCorrect } from "./options-ops";
import { addItem, moveItem, removeItem, setItem } from "./ordering-ops";

// The kinds' option editors bring their CSS module along (hoisted above the imports); these tests only need the rules.
jest.mock("../editor.module.css", () => ({}));
jest.mock("../media.module.css", () => ({}));

const filled = (q: QuestionDraft): QuestionDraft => ({ ...q, prompt: "Qual?", options: q.options.map((o, i) => o || `opção ${i + 1}`) });

describe("question kinds", () => {
  it("every type has a blank question of its type that is valid once its texts are filled in", () => {
    for (const type of KIND_ORDER) {
      const blank = KINDS[type].blank("pt-BR");
      expect(blank.type).toBe(type);
      expect(questionIssues(filled(blank))).toEqual([]);
    }
  });

  it("converts between every pair of types, keeping the prompt", () => {
    const source: QuestionDraft = { type: "multiple", prompt: "P", options: ["a", "b", "c"], correct: [1, 2], explanation: "e", timeLimitSec: 30, pointsMode: "double" };
    for (const type of KIND_ORDER) {
      const converted = KINDS[type].convert(source, "en");
      expect(converted).toMatchObject({ type, prompt: "P", explanation: "e", timeLimitSec: 30, pointsMode: "double" });
    }
    expect(KINDS.single.convert(source, "en").correct).toEqual([1]);
    expect(KINDS.truefalse.convert(source, "en")).toMatchObject({ options: ["True", "False"], correct: [] });
    const yesNo: QuestionDraft = { ...source, type: "single", options: ["Certo", "Errado"], correct: [1] };
    expect(KINDS.truefalse.convert(yesNo, "pt-BR")).toMatchObject({ options: ["Certo", "Errado"], correct: [1] });
    // The editor offers "Desfazer" when a conversion throws typed options away.
    expect(droppedOptions(source, KINDS.truefalse.convert(source, "en"))).toEqual(["a", "b", "c"]);
    expect(droppedOptions(yesNo, KINDS.truefalse.convert(yesNo, "pt-BR"))).toEqual([]);
    expect(droppedOptions(source, KINDS.ordering.convert(source, "en"))).toEqual([]);
    expect(droppedOptions({ ...source, options: ["a", " ", ""] }, KINDS.truefalse.convert(source, "en"))).toEqual(["a"]);
    expect(questionIssues(KINDS.multiple.convert(KINDS.truefalse.blank("pt-BR"), "pt-BR"))).toEqual([{ path: ["prompt"], code: "PROMPT_EMPTY" }]);
  });

  it("option operations keep the right answers on the same texts", () => {
    const q: QuestionDraft = { type: "multiple", prompt: "P", options: ["a", "b", "c", "d"], correct: [1, 3], explanation: "", timeLimitSec: 20, pointsMode: "standard" };
    expect(removeOption(q, 0)).toMatchObject({ options: ["b", "c", "d"], correct: [0, 2] });
    expect(removeOption(q, 1)).toMatchObject({ options: ["a", "c", "d"], correct: [2] });
    expect(toggleCorrect(q, 2).correct).toEqual([1, 2, 3]);
    expect(toggleCorrect(q, 1).correct).toEqual([3]);
    expect(pickCorrect(q, 2).correct).toEqual([2]);
    expect(addOption(addOption(addOption(q))).options).toHaveLength(6);
    expect(removeOption({ ...q, options: ["a", "b"] }, 0).options).toEqual(["a", "b"]);
  });

  it("a poll keeps the options and drops what was right; converting back asks the teacher to mark it", () => {
    const q: QuestionDraft = { type: "single", prompt: "P", options: ["a", "b", "c"], correct: [2], explanation: "", timeLimitSec: 20, pointsMode: "double" };
    const asPoll = KINDS.poll.convert(q, "pt-BR");
    expect(asPoll).toMatchObject({ type: "poll", options: ["a", "b", "c"], correct: [], pointsMode: "double" });
    expect(questionIssues(asPoll)).toEqual([]);
    expect(KINDS.single.convert(asPoll, "pt-BR").correct).toEqual([]);
    expect(KINDS.multiple.convert(asPoll, "pt-BR").correct).toEqual([]);
  });

  it("ordering turns the options into items in the order written; its sequence is no right answer for the others", () => {
    const q: QuestionDraft = { type: "multiple", prompt: "P", options: ["a", "b", "c"], correct: [0, 2], explanation: "", timeLimitSec: 20, pointsMode: "standard" };
    const asOrdering = KINDS.ordering.convert(q, "en");
    expect(asOrdering).toMatchObject({ type: "ordering", options: ["a", "b", "c"], correct: [0, 1, 2] });
    expect(questionIssues(asOrdering)).toEqual([]);
    expect(KINDS.single.convert(asOrdering, "en").correct).toEqual([]);
    expect(KINDS.truefalse.convert({ ...asOrdering, options: ["x", "y"], correct: [0, 1] }, "en")).toMatchObject({ options: ["x", "y"], correct: [] });
  });

  it("item operations keep an ordering question's correct as 0…n − 1", () => {
    const q: QuestionDraft = { type: "ordering", prompt: "P", options: ["a", "b", "c", "d"], correct: [0, 1, 2, 3], explanation: "", timeLimitSec: 20, pointsMode: "standard" };
    expect(moveItem(q, 3, 0)).toMatchObject({ options: ["d", "a", "b", "c"], correct: [0, 1, 2, 3] });
    expect(moveItem(q, 0, 1).options).toEqual(["b", "a", "c", "d"]);
    expect(moveItem(q, 0, -1)).toBe(q);
    expect(moveItem(q, 3, 4)).toBe(q);
    expect(removeItem(q, 1)).toMatchObject({ options: ["a", "c", "d"], correct: [0, 1, 2] });
    expect(addItem(q)).toMatchObject({ options: ["a", "b", "c", "d", ""], correct: [0, 1, 2, 3, 4] });
    expect(setItem(q, 2, "z").options).toEqual(["a", "b", "z", "d"]);
    expect(questionIssues(moveItem(q, 1, 2))).toEqual([]);
  });
});
