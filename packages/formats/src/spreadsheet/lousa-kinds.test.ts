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
    expect(read("quiz;Q;a;b;;;1;\n").problems[0]?.message).toMatch(/enquete, ordenar, digitar, controle deslizante or slide \(single, multiple, true\/false, poll, ordering, type answer, slider, slide\)/);
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
    expect(lines("pt-BR").slice(1, 4)).toEqual(["ordenar;Ordene;x;y;z;;;;;;20;padrão;;;;;;;", "enquete;Ordene;Sim;Não;;;;;;;20;padrão;;;;;;;", "única;Ordene;a;b;;;;;2;;20;padrão;;;;;;;"]);
    expect(lines("en").slice(1, 3)).toEqual(["ordering,Ordene,x,y,z,,,,,,20,standard,,,,,,,", "poll,Ordene,Sim,Não,,,,,,,20,standard,,,,,,,"]);
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

describe("Lousa layout: typed-answer rows", () => {
  const ACCENTS = "tipo;pergunta;opção 1;opção 2;opção 3;correta;ignorar acentos\n";
  const typed = (rows: string): ImportResult => importLousaCsv(csv(ACCENTS + rows), DEFAULTS_PT);

  it("reads every type word; the option columns are the accepted answers (one is enough), Correct empty", () => {
    const r = read(
      [
        "digitar;Qual comando mostra a versão do kernel?;uname -r;uname --kernel-release;;;;`uname -r` imprime a release.",
        "Resposta;Q2;a;;;;;",
        "typeanswer;Q3;a;b;c;d;;",
        "Type Answer;Q4;a;;;;;",
        "resposta curta;Q5;a;;;;;",
        "digitada;Q6;;;b;;;",
      ].join("\n"),
    );
    expect(r.problems).toEqual([]);
    expect(r.questions[0]?.question).toEqual({ type: "typeAnswer", prompt: "Qual comando mostra a versão do kernel?", options: ["uname -r", "uname --kernel-release"], correct: [], explanation: "`uname -r` imprime a release.", timeLimitSec: 20, pointsMode: "standard" });
    expect(r.questions.map((x) => [x.question.type, x.question.options, x.question.correct])).toEqual([
      ["typeAnswer", ["uname -r", "uname --kernel-release"], []],
      ["typeAnswer", ["a"], []],
      ["typeAnswer", ["a", "b", "c", "d"], []],
      ["typeAnswer", ["a"], []],
      ["typeAnswer", ["a"], []],
      ["typeAnswer", ["b"], []],
    ]);
    // An answer in the third column alone: it moved up, as options do (noted).
    expect(r.questions[5]?.notes.map((n) => n.code)).toEqual(["OPTION_EMPTY"]);
  });

  it("refuses a number in Correct with a message that says the option columns are the accepted answers", () => {
    const r = read("digitar;Capital?;Brasília;Brasilia;;;1;\n");
    expect(codesAt(r)).toEqual([[2, "CORRECT_NOT_USED"]]);
    expect(r.problems[0]?.message).toBe('row 2: a typed answer has no option to mark: every option column holds an answer it accepts (players type one of them), so leave Correta(s) / Correct empty (it says "1"); take out of the option columns any answer that should not count');
  });

  it("refuses a typed answer with no answer, and repeated answers (compared without case)", () => {
    expect(codesAt(read("digitar;Nada?;;;;;;\n"))).toEqual([[2, "OPTIONS_COUNT"]]);
    expect(codesAt(read("digitar;Repetida?;Docker;docker;;;;\n"))).toEqual([[2, "OPTIONS_DUPLICATE"]]);
  });

  it("reads Ignorar acentos as sim/não (yes/no, s/n…) on a typed answer, and leaves it unset when empty", () => {
    const r = typed(["digitar;A;núcleo;;;;sim", "digitar;B;núcleo;;;;Não", "digitar;C;núcleo;;;;", "digitar;D;núcleo;;;;YES", "digitar;E;núcleo;;;;n"].join("\n"));
    expect(r.problems).toEqual([]);
    expect(r.questions.map((x) => x.question.ignoreAccents)).toEqual([true, false, undefined, true, false]);
    expect(r.questions[2]?.question).not.toHaveProperty("ignoreAccents");
    // English header, too.
    const en = importLousaCsv(csv("Type,Question,Option 1,Option 2,Correct,Ignore accents\ntype answer,Capital?,Brasília,,,yes\n"), DEFAULTS_EN);
    expect(en.questions.map((x) => x.question)).toEqual([{ type: "typeAnswer", prompt: "Capital?", options: ["Brasília"], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard", ignoreAccents: true }]);
  });

  it("refuses an Ignorar acentos it can't read, and a sim on a row that is not a typed answer (não there is harmless)", () => {
    const r = typed(["digitar;A;núcleo;;;;talvez", "única;B;a;b;;1;sim", "única;C;a;b;;1;não", ";D;a;b;;2;sim"].join("\n"));
    expect(codesAt(r)).toEqual([
      [2, "LAYOUT"],
      [3, "LAYOUT"],
      [5, "LAYOUT"],
    ]);
    expect(r.problems[0]?.message).toBe('row 2: Ignorar acentos / Ignore accents "talvez" is not sim or não (yes or no)');
    expect(r.problems[1]?.message).toMatch(/is for typed answers only \(Tipo digitar/);
    expect(r.questions.map((x) => x.question)).toEqual([{ type: "single", prompt: "C", options: ["a", "b"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard" }]);
  });

  it("still reads files written before the column existed (no Ignorar acentos header)", () => {
    expect(read("digitar;Q;a;;;;;\n").questions.map((x) => x.question.ignoreAccents)).toEqual([undefined]);
  });
});

describe("Lousa layout: slider and slide rows", () => {
  const header = "Tipo;Pergunta;Opção 1;Opção 2;Correta(s);Explicação;Min;Max;Passo;Resposta;Tolerância;Unidade\n";
  const readRows = (rows: string) => importLousaCsv(new TextEncoder().encode(header + rows), DEFAULTS_PT);

  it.each([
    ["controle deslizante;Camadas?;;;;;0;20;1;5;1;camadas", { min: 0, max: 20, step: 1, answer: 5, tolerance: 1, unit: "camadas" }],
    ["slider;pH?;;;;;6,5;8,5;0,05;7,4;0,1;", { min: 6.5, max: 8.5, step: 0.05, answer: 7.4, tolerance: 0.1, unit: "" }],
    ["numérica;Frio?;;;;;-40;10;;-15;;°C", { min: -40, max: 10, step: 1, answer: -15, tolerance: 0, unit: "°C" }],
    [";Sem tipo;;;;;0;10;0.5;2.5;;", { min: 0, max: 10, step: 0.5, answer: 2.5, tolerance: 0, unit: "" }],
  ])("%s", (row, slider) => {
    const r = readRows(`${row}\n`);
    expect(r.problems).toEqual([]);
    expect(r.questions[0]?.question).toMatchObject({ type: "slider", options: [], correct: [], slider });
  });

  it("Min and Max empty: a scale around the answer, noted", () => {
    const r = readRows("slider;Ano?;;;;;;;;1822;;\n");
    expect(r.questions[0]?.question.slider).toEqual({ min: 378, max: 3111, step: 1, answer: 1822, tolerance: 0, unit: "" });
    expect(r.questions[0]?.notes.map((n) => n.params?.kind)).toEqual(["slider-scale"]);
  });

  it.each([
    ["slider;Q;;;;;0;10;1;;;", "SLIDER_MISSING_OR_LAYOUT"],
    ["slider;Q;;;;;0;10;1;abc;;", "LAYOUT"],
    ["slider;Q;;;;;0;1,500;;1;;", "LAYOUT"],
    ["slider;Q;;;;;0;10;3;5;;", "SLIDER_STEP"],
    ["slider;Q;;;;;10;0;1;5;;", "SLIDER_RANGE"],
    ["slider;Q;;;;;0;10;1;5;6;", "SLIDER_TOLERANCE"],
    ["slider;Q;;;2;;0;10;1;5;;", "CORRECT_NOT_USED"],
    ["slider;Q;;;;;0;10;;;;", "LAYOUT"],
    ["única;Q;a;b;1;;;;;5;;", "LAYOUT"],
    ["slide;Q;;;1;;;;;;;", "CORRECT_NOT_USED"],
    ["slide;Q;a;;;;;;;;;", "OPTIONS_NOT_USED"],
  ])("%s is refused at its row (%s)", (row, code) => {
    const r = readRows(`${row}\n`);
    expect(r.questions).toEqual([]);
    expect(r.problems[0]?.at).toEqual({ row: 2 });
    expect(code === "SLIDER_MISSING_OR_LAYOUT" ? "LAYOUT" : code).toBe(r.problems[0]?.code);
  });

  it("a slide: title in Pergunta, text in Explicação", () => {
    const r = readRows('slide;Intervalo;;;;"Voltamos às 10h.\n`docker ps`";;;;;;\n');
    expect(r.problems).toEqual([]);
    expect(r.questions[0]?.question).toEqual({ type: "slide", prompt: "Intervalo", options: [], correct: [], explanation: "Voltamos às 10h.\n`docker ps`", timeLimitSec: 20, pointsMode: "standard" });
  });

  it("exports note each question's picture, left out (the layout has no column for it)", () => {
    const image = { id: "e".repeat(32), alt: "Figura", width: 10, height: 10, onPhones: true };
    const bank: BankDraft = { title: "T", description: "", language: "pt-BR", questions: [{ type: "slide", prompt: "A", options: [], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard", image }] };
    expect(exportLousaCsv(bank, "pt-BR").notes).toEqual([{ question: 1, code: "FIELD_DROPPED", message: "Question 1: picture left out: the CSV file has no pictures (add it again after importing)" }]);
  });
});
