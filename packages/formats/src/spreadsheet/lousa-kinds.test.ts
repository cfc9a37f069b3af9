import ExcelJS from "exceljs";
import { DEFAULTS_EN, DEFAULTS_PT, type BankDraft, type ImportResult, type QuestionDraft } from "../types";
import { exportLousaCsv, exportLousaXlsx } from "./lousa-export";
import { importLousaCsv, importLousaXlsx } from "./lousa-import";

const csv = (text: string): Uint8Array => new TextEncoder().encode(text);
const HEADER = "tipo;pergunta;opção 1;opção 2;opção 3;opção 4;correta;explicação\n";
const read = (rows: string): ImportResult => importLousaCsv(csv(HEADER + rows), DEFAULTS_PT);
const codesAt = (r: ImportResult): [number | string, string][] => r.problems.map((p) => ["row" in p.at ? p.at.row : "?", p.code]);
const q = (over: Partial<QuestionDraft>): QuestionDraft => ({ type: "ordering", prompt: "Ordene", options: ["a", "b", "c"], correct: [0, 1, 2], explanation: "", timeLimitSec: 20, pointsMode: "standard", ...over });

describe("Lousa layout: ordering rows", () => {
  it("reads the items in the option columns as the right order, with Correct empty or that whole order", () => {
    const r = read(
      [
        "ordenar;Do Sol para fora;Mercúrio;Vênus;Terra;Marte;;Nesta ordem.",
        'Ordering;Q2;a;b;c;d;"1;2;3;4";',
        'ORDEM;Q3;a;b;c;d;"1,2,3,4";',
        "ordenação;Q4;a;b;c;d;1 > 2 > 3 > 4;",
        "puzzle;Q5;a;b;c;d;1 e 2 e 3 e 4;",
        "ordenar;Q6;a;b;;;1.2;",
      ].join("\n"),
    );
    expect(r.problems).toEqual([]);
    expect(r.questions[0]?.question).toEqual({ type: "ordering", prompt: "Do Sol para fora", options: ["Mercúrio", "Vênus", "Terra", "Marte"], correct: [0, 1, 2, 3], explanation: "Nesta ordem.", timeLimitSec: 20, pointsMode: "standard" });
    expect(r.questions.map((x) => [x.question.type, x.question.correct])).toEqual([
      ["ordering", [0, 1, 2, 3]],
      ["ordering", [0, 1, 2, 3]],
      ["ordering", [0, 1, 2, 3]],
      ["ordering", [0, 1, 2, 3]],
      ["ordering", [0, 1, 2, 3]],
      // A Portuguese spreadsheet that turned "1,2" into the number 1,2 (saved as 1.2) still reads as the order.
      ["ordering", [0, 1]],
    ]);
  });

  it("counts items by column, as every row does: an empty column between items moves the rest up (noted)", () => {
    const r = read("ordenar;Q;a;;c;d;1;3;4\nordenar;Q;a;;c;d;;\n".replace(/1;3;4/, '"1;3;4"'));
    expect(r.problems).toEqual([]);
    expect(r.questions.map((x) => [x.question.options, x.question.correct, x.notes.map((n) => n.code)])).toEqual([
      [["a", "c", "d"], [0, 1, 2], ["OPTION_EMPTY"]],
      [["a", "c", "d"], [0, 1, 2], ["OPTION_EMPTY"]],
    ]);
  });

  it("refuses at its row a Correct cell that contradicts the columns' order, saying what to do", () => {
    const r = read(
      [
        'ordenar;Reordenada;a;b;c;;"3;1;2";',
        'ordenar;Parcial;a;b;c;;"1;2";',
        'ordenar;Demais;a;b;c;;"1;2;3;4";',
        'ordenar;Repetida;a;b;c;;"1;1;2;3";',
        "ordenar;Texto;a;b;c;;b;",
        'ordenar;Vazia no meio;a;;c;;"1;2;3";',
        "ordenar;Uma só;a;;;;;",
        "ordenar;Duplicadas;a;A;c;;;",
      ].join("\n"),
    );
    expect(r.questions).toEqual([]);
    expect(codesAt(r)).toEqual([
      [2, "ORDERING_NEEDS_SEQUENCE"],
      [3, "ORDERING_NEEDS_SEQUENCE"],
      [4, "ORDERING_NEEDS_SEQUENCE"],
      [5, "ORDERING_NEEDS_SEQUENCE"],
      [6, "ORDERING_NEEDS_SEQUENCE"],
      [7, "ORDERING_NEEDS_SEQUENCE"],
      [8, "OPTIONS_COUNT"],
      [9, "OPTIONS_DUPLICATE"],
    ]);
    const messages = r.problems.map((p) => p.message);
    expect(messages[0]).toBe('row 2: "3;1;2" is not the order of the option columns: an ordering question has its items in the option columns in the right order, so Correta(s) / Correct is left empty or lists them in that order (1;2;3): to use the order "3;1;2", move the items into the option columns in that order');
    // A sequence that is not a reordering of every item gets the rule without the hint.
    expect(messages[1]).toMatch(/^row 3: "1;2" is not the order of the option columns: .* \(1;2;3\)$/);
    expect(messages[5]).toMatch(/^row 7: "1;2;3" is not the order/);
    expect(r.problems[0]).toMatchObject({ params: { field: "correct" } });
  });
});

describe("Lousa layout: poll rows", () => {
  it("reads a poll with an empty Correct column as a question with no right answer", () => {
    const r = read("enquete;Como foi a aula?;Ótima;Boa;Cansativa;;;Obrigado!\nPoll;Q;a;b;;;;\nPESQUISA;Q2;a;b;;;;\n");
    expect(r.problems).toEqual([]);
    expect(r.questions.map((x) => x.question)).toEqual([
      { type: "poll", prompt: "Como foi a aula?", options: ["Ótima", "Boa", "Cansativa"], correct: [], explanation: "Obrigado!", timeLimitSec: 20, pointsMode: "standard" },
      expect.objectContaining({ type: "poll", correct: [] }),
      expect.objectContaining({ type: "poll", correct: [] }),
    ]);
  });

  it("refuses a poll with a right answer at its row, with everything else wrong in it", () => {
    const r = read("enquete;Q;a;b;;;2;\nenquete;Q;a;a;;;Sim;\n");
    expect(r.questions).toEqual([]);
    expect(codesAt(r)).toEqual([
      [2, "POLL_HAS_NO_CORRECT"],
      [3, "POLL_HAS_NO_CORRECT"],
      [3, "OPTIONS_DUPLICATE"],
    ]);
    expect(r.problems[0]?.message).toBe('row 2: a poll has no right answer: leave Correta(s) / Correct empty (it says "2")');
  });

  it("never takes a row with no type and no right answer for a poll: it is a question missing its answer", () => {
    const r = read(";Esqueci a resposta;a;b;;;;\n");
    expect(codesAt(r)).toEqual([[2, "CORRECT_NONE"]]);
  });

  it("names the new kinds when a type is unknown", () => {
    expect(read("quiz;Q;a;b;;;1;\n").problems[0]?.message).toMatch(/enquete or ordenar \(single, multiple, true\/false, poll, ordering\)/);
  });
});

describe("Lousa layout: exporting polls and ordering questions", () => {
  const bank: BankDraft = {
    title: "Tipos",
    description: "",
    language: "pt-BR",
    questions: [q({ options: ["x", "y", "z"], correct: [0, 1, 2] }), q({ type: "poll", options: ["Sim", "Não"], correct: [] }), q({ type: "single", options: ["a", "b"], correct: [1] })],
  };

  it("writes the type's word and leaves Correct empty for both, so editing the items keeps the row valid", async () => {
    const lines = (locale: "pt-BR" | "en") => new TextDecoder().decode(exportLousaCsv(bank, locale).body).split("\r\n");
    expect(lines("pt-BR").slice(1, 4)).toEqual(["ordenar;Ordene;x;y;z;;;;;;20;padrão", "enquete;Ordene;Sim;Não;;;;;;;20;padrão", "única;Ordene;a;b;;;;;2;;20;padrão"]);
    expect(lines("en").slice(1, 3)).toEqual(["ordering,Ordene,x,y,z,,,,,,20,standard", "poll,Ordene,Sim,Não,,,,,,,20,standard"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array((await exportLousaXlsx(bank, "pt-BR")).body).buffer);
    const row = book.worksheets[0]?.getRow(2);
    expect([row?.getCell(1).value, row?.getCell(9).value ?? ""]).toEqual(["ordenar", ""]);
  });

  it("reads its own files back the same, in both languages, and an items-moved copy as the new order", async () => {
    for (const [locale, defaults] of [["pt-BR", DEFAULTS_PT], ["en", DEFAULTS_EN]] as const) {
      expect(importLousaCsv(exportLousaCsv(bank, locale).body, defaults).questions.map((x) => x.question)).toEqual(bank.questions);
      expect((await importLousaXlsx((await exportLousaXlsx(bank, locale)).body, defaults)).questions.map((x) => x.question)).toEqual(bank.questions);
    }
    // A teacher swaps two items and deletes one in the exported sheet: the row still reads, in its new order.
    const edited = new TextDecoder().decode(exportLousaCsv(bank, "pt-BR").body).replace("ordenar;Ordene;x;y;z;", "ordenar;Ordene;z;x;;");
    expect(importLousaCsv(csv(edited), DEFAULTS_PT).questions[0]?.question).toMatchObject({ options: ["z", "x"], correct: [0, 1] });
  });
});
