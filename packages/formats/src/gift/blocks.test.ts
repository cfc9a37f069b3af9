import { categoryTitle } from "../category";
import { splitBlocks } from "./blocks";
import { escapeGift, escapeLoose } from "./escape";

describe("splitBlocks: questions as Moodle splits them", () => {
  it("ends a question at a blank line, drops comment lines without ending it, and keeps each line's place", () => {
    const { blocks, categories } = splitBlocks("// intro\n$CATEGORY: $course$/A\n\n  ::T::Q\n// c\n{=a\n  ~b}\n \t \nQ2 {T}\n// end");
    expect(categories).toEqual([{ line: 2, path: "$course$/A" }]);
    expect(blocks).toEqual([
      { line: 4, text: "::T::Q\n{=a\n  ~b}", lines: [4, 6, 7] },
      { line: 9, text: "Q2 {T}", lines: [9] },
    ]);
  });

  it("reads a category line with a question right under it as both", () => {
    expect(splitBlocks("$CATEGORY: X\nQ {T}")).toEqual({ categories: [{ line: 1, path: "X" }], blocks: [{ line: 2, text: "Q {T}", lines: [2] }] });
  });
});

describe("categoryTitle", () => {
  it.each([
    ["$course$/top/Default for Física", "Default for Física"],
    ["$course$/Física/Óptica", "Óptica"],
    ["$system$/top/A//B", "A/B"],
    ["Ciências", "Ciências"],
    ["$course$/top", null],
    ["", null],
  ])("%s → %s", (path, title) => expect(categoryTitle(path)).toBe(title));
});

describe("escapeLoose: what Moodle reads literally, escaped for gift-pegjs", () => {
  it.each([
    ["::Q1:: 1+1=2 {T}", "::Q1:: 1+1\\=2 {T}"],
    ["::a=b:c:: Nota: x {=a:b ~c#d}", "::a\\=b\\:c:: Nota\\: x {=a\\:b ~c#d}"],
    ["Pi? {#3.14:0.01}", "Pi? {#3.14:0.01}"],
    ["Já \\= escapado \\\\ {=a}", "Já \\= escapado \\\\ {=a}"],
    ["Grant is {~a =b} in #1.", "Grant is {~a =b} in \\#1."],
    ["Sem fim {=a", "Sem fim {=a"],
  ])("%s", (input, output) => expect(escapeLoose(input)).toBe(output));
});

describe("escapeGift", () => {
  it("escapes the backslash first, then ~ = # { } : and line breaks", () => {
    expect(escapeGift("\\n~=#{}:\nx")).toBe("\\\\n\\~\\=\\#\\{\\}\\:\\nx");
  });
});
