// Tests read their fixtures from disk; the formats source itself does no I/O (see eslint.config.mjs).
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DEFAULTS_EN, type BankDraft, type QuestionDraft } from "../types";
import { exportKahootXlsx } from "./kahoot-export";
import { importKahootXlsx } from "./kahoot-import";
import { KAHOOT_HEADERS, nearestKahootTime } from "./kahoot-layout";
import { exportLousaXlsx } from "./lousa-export";
import { importLousaXlsx } from "./lousa-import";

const fixture = (name: string): Uint8Array => readFileSync(join(__dirname, "../../fixtures/spreadsheet", name));
const HEADER = [KAHOOT_HEADERS.prompt, ...KAHOOT_HEADERS.answers, KAHOOT_HEADERS.time, KAHOOT_HEADERS.correct];

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet("Sheet1"));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("Kahoot template import", () => {
  it("reads the committed template: banner, numbered rows, rich text, formulas, numbers, two correct → multiple", async () => {
    const r = await importKahootXlsx(fixture("kahoot-template.xlsx"), DEFAULTS_EN);
    expect(r.format).toBe("kahoot-xlsx");
    expect(r.questions.map((q) => q.at)).toEqual([9, 10, 11, 13, 16].map((row) => ({ row, sheet: "Sheet1" })));
    const [capital, primes, flat, fruit, long] = r.questions.map((q) => q.question);
    expect(capital).toEqual({ type: "single", prompt: "What is the capital of France?", options: ["Paris", "London", "Berlin", "Madrid"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard" });
    expect(primes).toMatchObject({ type: "multiple", prompt: "Which of these are prime numbers?", options: ["2", "4", "7", "9"], correct: [0, 2], timeLimitSec: 30 });
    expect(flat).toMatchObject({ type: "truefalse", options: ["True", "False"], correct: [1], timeLimitSec: 10 });
    expect(fruit).toMatchObject({ type: "single", options: ["Carrot", "Apple"], correct: [1], timeLimitSec: 60 });
    expect(r.questions[3]?.notes.map((n) => n.code)).toEqual(["OPTION_EMPTY"]);
    expect(long?.timeLimitSec).toBe(240);
    expect(r.problems.map((p) => [p.at, p.code])).toEqual([
      [{ row: 14, sheet: "Sheet1" }, "TIME_LIMIT_RANGE"],
      [{ row: 15, sheet: "Sheet1" }, "CORRECT_OUT_OF_RANGE"],
    ]);
  });

  it("finds the header by its labels wherever it is, not by its row number", async () => {
    for (const headerRow of [1, 12]) {
      const bytes = await workbook((sheet) => {
        if (headerRow > 1) sheet.getCell("B1").value = "My quiz";
        sheet.getRow(headerRow).values = ["#", ...HEADER];
        sheet.getRow(headerRow + 1).values = [1, "Q?", "a", "b", null, null, 5, 2];
      });
      const r = await importKahootXlsx(bytes, DEFAULTS_EN);
      expect(r.problems).toEqual([]);
      expect(r.questions.map((q) => [q.at, q.question.correct, q.question.timeLimitSec])).toEqual([[{ row: headerRow + 1, sheet: "Sheet1" }, [1], 5]]);
    }
  });

  it("refuses a workbook that is not Kahoot's template, and a file that is not a workbook", async () => {
    const lousa = await exportLousaXlsx({ title: "x", description: "", language: "en", questions: [q({})] }, "en");
    expect((await importKahootXlsx(lousa.body, DEFAULTS_EN)).problems.map((p) => p.code)).toEqual(["LAYOUT"]);
    const noAnswer2 = await workbook((sheet) => {
      sheet.getRow(1).values = [KAHOOT_HEADERS.prompt, KAHOOT_HEADERS.answers[0], KAHOOT_HEADERS.correct];
    });
    expect((await importKahootXlsx(noAnswer2, DEFAULTS_EN)).problems).toEqual([expect.objectContaining({ code: "LAYOUT", params: { columns: "Answer 2" } })]);
    expect((await importKahootXlsx(new TextEncoder().encode("Question,Answer 1\n"), DEFAULTS_EN)).problems.map((p) => p.code)).toEqual(["FILE_UNREADABLE"]);
  });

  it("is recognised when given to Lousa's XLSX import by mistake", async () => {
    const r = await importLousaXlsx(fixture("kahoot-template.xlsx"), DEFAULTS_EN);
    expect(r.problems).toEqual([expect.objectContaining({ code: "LAYOUT", message: expect.stringMatching(/Kahoot's quiz template/) })]);
  });
});

const q = (over: Partial<QuestionDraft>): QuestionDraft => ({ type: "single", prompt: "Q?", options: ["a", "b"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard", ...over });

describe("Kahoot template export", () => {
  const bank: BankDraft = {
    title: "Mixed",
    description: "",
    language: "en",
    questions: [
      q({ prompt: "Fits", explanation: "Because." }),
      q({ prompt: "Six options", options: ["1", "2", "3", "4", "5", "6"] }),
      q({ prompt: "x".repeat(121), options: ["short", "y".repeat(76)], timeLimitSec: 25 }),
      q({ prompt: "Several", type: "multiple", options: ["a", "b", "c"], correct: [0, 2], timeLimitSec: 15, explanation: "Also." }),
    ],
  };

  it("writes Kahoot's layout: title area, header in row 8, questions from row 9", async () => {
    const file = await exportKahootXlsx(bank);
    expect(file.filename).toBe("mixed-kahoot.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(file.body).buffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getCell("B2").value).toBe("Quiz template");
    expect(HEADER.map((_, i) => sheet?.getRow(8).getCell(i + 2).value)).toEqual(HEADER);
    expect(sheet?.getRow(9).values).toEqual([undefined, 1, "Fits", "a", "b", undefined, undefined, 20, 1]);
    // The six-option question is left out: the next row holds the third question.
    expect(sheet?.getCell("B10").value).toBe("x".repeat(121));
    expect(sheet?.getRow(11).values).toEqual([undefined, 3, "Several", "a", "b", "c", undefined, 20, "1,3"]);
    expect(sheet?.getCell("B12").value).toBeNull();
  });

  it("says which questions don't fit and why, and that explanations are dropped, once", async () => {
    const file = await exportKahootXlsx(bank);
    expect(file.notes.map((n) => [n.question, n.code])).toEqual([
      [1, "FIELD_DROPPED"],
      [2, "TOO_MANY_OPTIONS"],
      [3, "TEXT_TOO_LONG"],
      [3, "TIME_LIMIT_NOT_ALLOWED"],
      [4, "TIME_LIMIT_NOT_ALLOWED"],
    ]);
    expect(file.notes[1]?.message).toMatch(/left out/);
    expect(file.notes[2]?.message).toMatch(/121 characters.*answer 2 has 76/);
    expect(file.notes[3]?.message).toMatch(/25 s.*30 s/);
    expect(file.notes[0]?.message).toMatch(/2 question/);
  });

  it("leaves sliders and slides out, each with its note, and notes a picture on a question it writes", async () => {
    const image = { id: "c".repeat(32), alt: "Chart", width: 800, height: 450, onPhones: true };
    const file = await exportKahootXlsx({
      ...bank,
      questions: [
        q({ type: "slider", options: [], correct: [], slider: { min: 0, max: 100, step: 5, answer: 40, tolerance: 5, unit: "%" } }),
        q({ type: "slide", prompt: "Break", options: [], correct: [], image }),
        q({ prompt: "With a picture", image }),
      ],
    });
    expect(file.notes).toEqual([
      { question: 1, code: "FIELD_DROPPED", message: "Question 1 is left out: Kahoot's quiz template has no slider question (a number picked on a scale)" },
      { question: 2, code: "FIELD_DROPPED", message: "Question 2 is left out: Kahoot's quiz template has no slide (an information screen with no answers)" },
      { question: 3, code: "FIELD_DROPPED", message: "Question 3: picture left out: the Kahoot template file has no pictures (add it again after importing)" },
    ]);
    expect((await importKahootXlsx(file.body, DEFAULTS_EN)).questions.map((x) => x.question.prompt)).toEqual(["With a picture"]);
  });

  it("rounds times to the nearest one Kahoot allows, the longer on a tie", () => {
    expect([5, 7, 8, 15, 25, 45, 100, 180, 240].map(nearestKahootTime)).toEqual([5, 5, 10, 20, 30, 60, 90, 240, 240]);
  });
});
