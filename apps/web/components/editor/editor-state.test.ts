import type { QuestionDraft } from "@lousa/protocol";
import { editorReducer, fromDraft, moveItem, toDraft, type EditorDoc } from "./editor-state";

const q = (prompt: string): QuestionDraft => ({ type: "single", prompt, options: ["a", "b"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard" });
let n = 0;
const key = () => `k${++n}`;
const doc = (): EditorDoc => fromDraft({ title: "T", description: "", language: "pt-BR", questions: [q("one"), q("two"), q("three")] }, key);
const prompts = (d: EditorDoc) => d.items.map((it) => it.question.prompt);

describe("moveItem", () => {
  it.each([
    [0, 2, ["b", "c", "a"]],
    [2, 0, ["c", "a", "b"]],
    [1, 1, ["a", "b", "c"]],
    [0, 9, ["b", "c", "a"]],
    [2, -3, ["c", "a", "b"]],
    [5, 0, ["a", "b", "c"]],
  ])("from %i to %i", (from, to, expected) => {
    expect(moveItem(["a", "b", "c"], from, to)).toEqual(expected);
  });
});

describe("editorReducer", () => {
  it("moves a question by its key, keeping the key with it", () => {
    const d = doc();
    const first = d.items[0]!.key;
    const moved = editorReducer(d, { type: "move", key: first, to: 1 });
    expect(prompts(moved)).toEqual(["two", "one", "three"]);
    expect(moved.items[1]!.key).toBe(first);
  });
  it("duplicates right after the original, as an independent copy", () => {
    const d = doc();
    const dup = editorReducer(d, { type: "duplicate", key: d.items[1]!.key, newKey: "copy" });
    expect(prompts(dup)).toEqual(["one", "two", "two", "three"]);
    expect(dup.items[2]!.key).toBe("copy");
    expect(dup.items[2]!.question.options).not.toBe(d.items[1]!.question.options);
  });
  it("removes and inserts back at the same place (undo)", () => {
    const d = doc();
    const item = d.items[1]!;
    const removed = editorReducer(d, { type: "remove", key: item.key });
    expect(prompts(removed)).toEqual(["one", "three"]);
    expect(prompts(editorReducer(removed, { type: "insert", item, index: 1 }))).toEqual(["one", "two", "three"]);
  });
  it("updates one question and the bank's fields", () => {
    const d = doc();
    const updated = editorReducer(editorReducer(d, { type: "update", key: d.items[2]!.key, question: q("3") }), { type: "meta", patch: { title: "New" } });
    expect(prompts(updated)).toEqual(["one", "two", "3"]);
    expect(toDraft(updated)).toMatchObject({ title: "New", language: "pt-BR", questions: [q("one"), q("two"), q("3")] });
  });
});
