// Tests read their fixtures from disk; the formats source itself does no I/O (see eslint.config.mjs).
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULTS_EN, DEFAULTS_PT, MAX_IMPORT_BYTES, type ImportResult } from "../types";
import { importLousaCsv } from "./lousa-import";

const fixture = (name: string): Uint8Array => readFileSync(join(__dirname, "../../fixtures/spreadsheet", name));
const csv = (text: string): Uint8Array => new TextEncoder().encode(text);
const codesAt = (r: ImportResult): [number | string, string][] => r.problems.map((p) => ["row" in p.at ? p.at.row : "line" in p.at ? `line ${p.at.line}` : "?", p.code]);
const rows = (r: ImportResult): number[] => r.questions.map((q) => ("row" in q.at ? q.at.row : -1));

describe("Lousa CSV import: the hand-written fixtures", () => {
  it("reads `;`, a BOM, CRLF, quoted line breaks and accents, with each question at its spreadsheet row", () => {
    const r = importLousaCsv(fixture("lousa-pt-semicolon-bom-crlf.csv"), DEFAULTS_PT);
    expect(r.problems).toEqual([]);
    expect(r.format).toBe("lousa-csv");
    expect(rows(r)).toEqual([2, 3, 5, 6, 7, 8]);
    const [kernel, calls, container, twoLines, colours, sky] = r.questions.map((q) => q.question);
    expect(kernel).toEqual({
      type: "single",
      prompt: "Qual é a função do kernel?",
      options: ["Gerenciar o hardware", "Desenhar janelas", "Compilar programas"],
      correct: [0],
      explanation: "O kernel é o núcleo:\nele gerencia CPU, memória e dispositivos.",
      timeLimitSec: 20,
      pointsMode: "standard",
    });
    expect(calls).toMatchObject({ type: "multiple", prompt: 'Quais são "chamadas de sistema"?', correct: [0, 2], timeLimitSec: 30, pointsMode: "double" });
    // A true/false row without options gets the bank language's words.
    expect(container).toMatchObject({ type: "truefalse", options: ["Verdadeiro", "Falso"], correct: [1], timeLimitSec: 20, pointsMode: "none" });
    expect(twoLines).toMatchObject({ type: "single", prompt: "Pergunta com\nduas linhas", options: ["ação", "reação"], correct: [1] });
    // No type written: two correct → multiple; the true/false words → truefalse, and the option's text as the answer.
    expect(colours).toMatchObject({ type: "multiple", correct: [0, 2] });
    expect(sky).toMatchObject({ type: "truefalse", options: ["Verdadeiro", "Falso"], correct: [0], timeLimitSec: 10 });
  });

  it("reads `,`, English headers in any case and spacing, and quoted separators", () => {
    const r = importLousaCsv(fixture("lousa-en-comma.csv"), DEFAULTS_EN);
    expect(r.problems).toEqual([]);
    expect(r.questions.map((q) => q.question.type)).toEqual(["single", "multiple", "truefalse", "single"]);
    expect(r.questions[1]?.question).toMatchObject({ prompt: "Which are system calls, in Linux?", options: ["open", "printf", "read"], correct: [0, 2], explanation: "open and read enter the kernel;\nprintf is a library function." });
    expect(r.questions[2]?.question).toMatchObject({ options: ["True", "False"], pointsMode: "none" });
    expect(r.questions[3]?.question).toMatchObject({ prompt: 'Quote "inside" and émoji ✓', timeLimitSec: 45 });
  });

  it("reads what Excel saves: padded rows, runs of separators as empty rows", () => {
    const r = importLousaCsv(fixture("lousa-excel-ptbr.csv"), DEFAULTS_PT);
    expect(r.problems).toEqual([]);
    expect(rows(r)).toEqual([2, 4]);
    expect(r.questions[1]?.question).toMatchObject({ prompt: "Quais arquivos definem uma imagem?\nMarque todas.", options: ["Dockerfile", "docker-compose.yml", "README.md"], correct: [0, 1] });
  });

  it("reads a Windows-1252 file (Excel's plain CSV on a Brazilian Windows)", () => {
    const r = importLousaCsv(fixture("lousa-windows1252.csv"), DEFAULTS_PT);
    expect(r.problems).toEqual([]);
    expect(r.questions[0]?.question).toMatchObject({ prompt: 'Qual é a tradução de "kernel"?', options: ["núcleo", "cérebro"], explanation: "Kernel significa núcleo — o coração do SO." });
  });

  it("takes away the apostrophes the export put in front of = + - @", () => {
    const r = importLousaCsv(fixture("lousa-guarded.csv"), DEFAULTS_PT);
    expect(r.problems).toEqual([]);
    expect(r.questions.map((q) => [q.question.prompt, ...q.question.options])).toEqual([
      ["=2+2 é quanto?", "-4", "4"],
      ["Resultado: x,-1 ou y;+1", "@todos", "'=literal"],
    ]);
  });
});

describe("Lousa CSV import: problems at the row the teacher sees", () => {
  it("reports a wrong correct number, missing options and bad times at their rows, and keeps the good row", () => {
    const r = importLousaCsv(fixture("lousa-problems.csv"), DEFAULTS_PT);
    expect(rows(r)).toEqual([2]);
    expect(codesAt(r)).toEqual([
      [1, "LAYOUT"],
      [3, "CORRECT_OUT_OF_RANGE"],
      [4, "OPTIONS_COUNT"],
      [5, "TIME_LIMIT_RANGE"],
      [6, "TIME_LIMIT_RANGE"],
      [7, "CORRECT_OUT_OF_RANGE"],
      [8, "CORRECT_OUT_OF_RANGE"],
    ]);
    expect(r.problems[0]).toMatchObject({ params: { column: "H", label: "Dificuldade" } });
    expect(r.problems[3]?.message).toMatch(/row 5: time "logo" is not a number/);
    expect(r.problems[5]?.message).toMatch(/"x" is not an option number/);
    expect(r.problems[6]?.message).toMatch(/correct answer 3 points at an empty option/);
  });

  it("lists unknown and repeated columns without stopping, and takes a line above the header as the title", () => {
    const r = importLousaCsv(fixture("lousa-unknown-columns.csv"), DEFAULTS_PT);
    // The title line has a `;` but the header splits on `,`: the separator is read off the header line.
    expect(r.title).toBe("Título: Revisão de redes; turma A");
    expect(r.questions.map((q) => q.question.prompt)).toEqual(["O que é IP?", "O que é DNS?"]);
    expect(r.problems.map((p) => [p.at, p.code, p.params?.column])).toEqual([
      [{ row: 2 }, "LAYOUT", "E"],
      [{ row: 2 }, "LAYOUT", "F"],
    ]);
    expect(r.problems[1]?.message).toMatch(/repeats an earlier column/);
  });

  it("notes options that moved up past an empty one", () => {
    const r = importLousaCsv(csv("pergunta;opção 1;opção 2;opção 3;correta\nQ?;a;;c;3\n"), DEFAULTS_PT);
    expect(r.questions[0]?.question).toMatchObject({ options: ["a", "c"], correct: [1] });
    expect(r.questions[0]?.notes.map((n) => n.code)).toEqual(["OPTION_EMPTY"]);
  });

  it("lists kinds Lousa can't play yet and types it doesn't know, with everything else wrong in the row", () => {
    const r = importLousaCsv(csv("tipo;pergunta;opção 1;opção 2;correta;pontos\ndissertativa;Explique.;;;;\nquiz;Q?;a;a;1;triplo\n"), DEFAULTS_PT);
    expect(r.questions).toEqual([]);
    expect(codesAt(r)).toEqual([
      [2, "UNSUPPORTED_KIND"],
      [3, "TYPE_UNKNOWN"],
      [3, "POINTS_MODE_UNKNOWN"],
      [3, "OPTIONS_DUPLICATE"],
    ]);
  });

  it("honours Excel's `sep=` line and tells a broken quote's line", () => {
    // The header alone has more `;` than `,`: only the sep line says the file is split on commas.
    const withSep = importLousaCsv(csv("sep=,\npergunta,opção 1,opção 2,correta,notas;a;b;c;d;e\nQ;1?,a,b,2\n"), DEFAULTS_PT);
    expect(withSep.questions[0]?.question).toMatchObject({ prompt: "Q;1?", correct: [1] });
    expect(rows(withSep)).toEqual([2]);
    expect(codesAt(withSep)).toEqual([[1, "LAYOUT"]]);
    const broken = importLousaCsv(fixture("lousa-unclosed-quote.csv"), DEFAULTS_PT);
    expect(broken.questions).toEqual([]);
    expect(broken.problems).toEqual([expect.objectContaining({ at: { line: 2 }, code: "SYNTAX" })]);
  });
});

describe("Lousa CSV import: files that are not what they say are refused whole", () => {
  const refused = (r: ImportResult) => ({ questions: r.questions.length, codes: r.problems.map((p) => p.code) });

  it("refuses a file over the size limit before reading it", () => {
    expect(refused(importLousaCsv(new Uint8Array(MAX_IMPORT_BYTES + 1), DEFAULTS_PT))).toEqual({ questions: 0, codes: ["FILE_TOO_LARGE"] });
  });
  it("refuses a binary file, an xlsx, an old .xls and an empty file as unreadable", () => {
    const binary = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(refused(importLousaCsv(binary, DEFAULTS_PT)).codes).toEqual(["FILE_UNREADABLE"]);
    const xlsx = importLousaCsv(fixture("kahoot-template.xlsx"), DEFAULTS_PT);
    expect(xlsx.problems[0]).toMatchObject({ code: "FILE_UNREADABLE", message: expect.stringMatching(/XLSX/) });
    expect(refused(importLousaCsv(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), DEFAULTS_PT)).codes).toEqual(["FILE_UNREADABLE"]);
    expect(refused(importLousaCsv(csv("\uFEFF\n\n"), DEFAULTS_PT)).codes).toEqual(["FILE_UNREADABLE"]);
  });
  it("refuses plain text as unreadable and a table without the required columns as a layout to fix", () => {
    expect(refused(importLousaCsv(csv("::Q1:: 2+2? {=4 ~3}\n"), DEFAULTS_PT)).codes).toEqual(["FILE_UNREADABLE"]);
    const noCorrect = importLousaCsv(csv("pergunta;opção 1;opção 2\nQ?;a;b\n"), DEFAULTS_PT);
    expect(noCorrect.problems).toEqual([expect.objectContaining({ at: { row: 1 }, code: "LAYOUT", params: { columns: "Correta(s) / Correct" } })]);
    expect(refused(importLousaCsv(csv("nome;nota\nAna;10\n"), DEFAULTS_PT)).codes).toEqual(["LAYOUT"]);
  });
  it("refuses more questions than a bank holds", () => {
    const body = Array.from({ length: 501 }, (_, i) => `Q${i}?;a;b;1`).join("\n");
    expect(refused(importLousaCsv(csv(`pergunta;opção 1;opção 2;correta\n${body}\n`), DEFAULTS_PT))).toEqual({ questions: 0, codes: ["FILE_TOO_MANY_QUESTIONS"] });
  });
});
