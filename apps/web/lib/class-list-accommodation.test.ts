import { parseAccommodation } from "./class-list-accommodation";
import { parseClassList } from "./class-list";

describe("parseAccommodation (a class list's third column)", () => {
  it.each([
    ["x1,5", { time: "x1.5", noSpeedPenalty: false }],
    ["×1.5", { time: "x1.5", noSpeedPenalty: false }],
    ["2x", { time: "x2", noSpeedPenalty: false }],
    ["Sem limite", { time: "unlimited", noSpeedPenalty: false }],
    ["sem penalidade", { time: null, noSpeedPenalty: true }],
    ["x2 + sem penalidade", { time: "x2", noSpeedPenalty: true }],
    ["no limit, no speed penalty", { time: "unlimited", noSpeedPenalty: true }],
  ])("reads %s", (text, expected) => {
    expect(parseAccommodation(text)).toEqual(expected);
  });

  it("grants nothing for empty or unknown text (another column of the spreadsheet)", () => {
    expect(parseAccommodation("")).toBeNull();
    expect(parseAccommodation("Turma 9A")).toBeNull();
    expect(parseAccommodation("12")).toBeNull();
  });

  it("rides along the class list only where a line has one", () => {
    expect(parseClassList("Nome;Matrícula;Adaptação\nMaria;2026001;x2\nJoão;2026002;\n")).toEqual({
      ok: true,
      lines: [{ name: "Maria", identifier: "2026001", accommodation: { time: "x2", noSpeedPenalty: false } }, { name: "João", identifier: "2026002" }],
    });
  });
});
