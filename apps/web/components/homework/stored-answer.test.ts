import type { PublicQuestion } from "@lousa/game";
import { storedAnswerText } from "./stored-answer";

const q = (type: PublicQuestion["type"], options: string[]): PublicQuestion => ({ index: 0, total: 1, type, prompt: "?", options, pointsMode: "standard", timeLimitMs: 20_000, scale: null, text: "", image: null });

describe("storedAnswerText", () => {
  it("says the options picked, an ordering's in its order", () => {
    expect(storedAnswerText("pt-BR", q("multiple", ["vim", "nano", "grep"]), { choices: [0, 1], text: null, value: null })).toBe("vim, nano");
    expect(storedAnswerText("pt-BR", q("ordering", ["a", "b", "c"]), { choices: [2, 0, 1], text: null, value: null })).toBe("c → a → b");
    expect(storedAnswerText("pt-BR", q("single", ["`ls`", "cd"]), { choices: [0], text: null, value: null })).toBe("ls");
  });
  it("says the text typed or the value picked, and nothing for nothing", () => {
    expect(storedAnswerText("pt-BR", q("typeAnswer", []), { choices: [], text: "kernel", value: null })).toBe("kernel");
    expect(storedAnswerText("pt-BR", { ...q("slider", []), scale: { min: 0, max: 10, step: 0.5, unit: "km" } }, { choices: [], text: null, value: 2.5 })).toContain("2,5");
    expect(storedAnswerText("pt-BR", q("single", ["a"]), { choices: [], text: null, value: null })).toBeNull();
  });
});
