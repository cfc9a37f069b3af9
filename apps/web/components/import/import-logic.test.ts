import type { ImportResult } from "@lousa/protocol";
import { messageFor } from "../../lib/messages";
import type { Translate } from "../editor/issues";
import { positionText, problemText, splitProblems, suggestedTitle } from "./problem-text";

const pt: Translate = (key, vars) => messageFor("pt-BR", key, vars);
const en: Translate = (key, vars) => messageFor("en", key, vars);

describe("import problems in the teacher's words", () => {
  it("says where: line, spreadsheet row (with its sheet), question", () => {
    expect(positionText({ line: 12 }, pt)).toBe("Linha 12");
    expect(positionText({ row: 3 }, en)).toBe("Spreadsheet row 3");
    expect(positionText({ row: 3, sheet: "Quiz" }, pt)).toBe("Planilha “Quiz”, linha 3");
  });

  it("translates codes with their params, schema codes like the editor", () => {
    expect(problemText({ at: { line: 1 }, code: "UNSUPPORTED_KIND", message: "", params: { kind: "essay" } }, pt)).toContain("“dissertativa”");
    expect(problemText({ at: { line: 1 }, code: "UNSUPPORTED_KIND", message: "", params: { kind: "ddwtos" } }, en)).toContain("“ddwtos”");
    expect(problemText({ at: { line: 4 }, code: "PROMPT_EMPTY", message: "" }, pt)).toBe("Escreva o enunciado.");
    expect(problemText({ at: { row: 1 }, code: "LAYOUT", message: "", params: { columns: "Pergunta" } }, pt)).toContain("falta a coluna Pergunta");
    expect(problemText({ at: { line: 1 }, code: "FILE_TOO_MANY_QUESTIONS", message: "", params: { count: 600, max: 500 } }, en)).toBe("The file has 600 questions and a bank holds 500 at most: split it.");
    expect(problemText({ at: { line: 2 }, code: "FIELD_DROPPED", message: "", params: { kind: "image" } }, pt)).toContain("uma imagem");
  });

  it("lists unsupported kinds apart, everything in file order", () => {
    const result: ImportResult = {
      format: "gift",
      title: null,
      questions: [],
      problems: [
        { at: { line: 9 }, code: "SYNTAX", message: "" },
        { at: { line: 3 }, code: "UNSUPPORTED_KIND", message: "", params: { kind: "essay" } },
        { at: { line: 2 }, code: "PROMPT_EMPTY", message: "" },
      ],
    };
    const { unsupported, toFix } = splitProblems(result);
    expect(unsupported.map((p) => p.at)).toEqual([{ line: 3 }]);
    expect(toFix.map((p) => p.code)).toEqual(["PROMPT_EMPTY", "SYNTAX"]);
  });

  it("suggests a title from the file, else from its name", () => {
    expect(suggestedTitle("Capítulo 2", "x.gift")).toBe("Capítulo 2");
    expect(suggestedTitle(null, "C:\\aulas\\revisao_prova-1.gift.txt")).toBe("revisao prova 1.gift");
    expect(suggestedTitle("  ", "Química.xlsx")).toBe("Química");
  });
});
