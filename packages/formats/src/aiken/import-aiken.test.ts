// eslint-disable-next-line no-restricted-imports -- the test reads fixture files; the importer itself does no I/O
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { QUESTION_LIMITS } from "@lousa/protocol";
import { DEFAULTS_EN, DEFAULTS_PT, MAX_IMPORT_BYTES, type ImportResult } from "../types";
import { importAiken } from "./import-aiken";

const FIXTURES = join(__dirname, "../../fixtures/aiken");
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));
const read = (name: string): ImportResult => importAiken(fixture(name), DEFAULTS_PT);
const lineOf = (name: string, text: string): number => {
  const index = fixture(name).toString("utf8").split(/\r?\n/).findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`${text} not in ${name}`);
  return index + 1;
};
const where = (r: ImportResult) => r.problems.map((p) => `${p.code}@${"line" in p.at ? p.at.line : "?"}`);

describe("importAiken: the examples of Moodle's Aiken documentation", () => {
  it("reads both option styles, A. and A), up to six options, as single choice at their lines", () => {
    const r = read("moodle-docs-constructs.aiken.txt");
    expect(r.problems).toEqual([]);
    expect(r.title).toBeNull();
    expect(r.questions.map((q) => [q.at, q.question.type, q.question.options.length, q.question.correct])).toEqual([
      [{ line: 1 }, "single", 4, [3]],
      [{ line: 8 }, "single", 6, [0]],
    ]);
    expect(r.questions[0]?.question).toEqual({
      type: "single",
      prompt: "Qual é a resposta certa desta questão?",
      options: ["Será esta?", "Talvez esta?", "Quem sabe esta?", "Só pode ser esta!"],
      correct: [3],
      explanation: "",
      timeLimitSec: 20,
      pointsMode: "standard",
    });
  });
});

describe("importAiken: edge cases", () => {
  const name = "edge-cases.aiken.txt";
  const r = read(name);

  it("imports what it can: a multi-line question, a first line that looks like an option, labels by letter", () => {
    expect(r.questions.map((q) => [q.at, q.question.prompt, q.question.correct])).toEqual([
      [{ line: 1 }, "Qual destes é um mamífero\nque põe ovos?", [0]],
      [{ line: lineOf(name, "E. coli") }, "E. coli é uma bactéria?", [0]],
      [{ line: lineOf(name, "Rótulos pulando") }, "Rótulos pulando uma letra.", [2]],
      [{ line: lineOf(name, "Última, correta") }, "Última, correta: ação, lição, pão?", [2]],
    ]);
  });

  it("reads options that are the language's true/false words as true/false", () => {
    expect(r.questions[1]?.question).toMatchObject({ type: "truefalse", options: ["Verdadeiro", "Falso"], correct: [0] });
    const en = importAiken(new TextEncoder().encode("Is it?\nA) True\nB) False\nANSWER: B"), DEFAULTS_EN);
    expect(en.questions[0]?.question).toMatchObject({ type: "truefalse", correct: [1] });
  });

  it("reports each problem at its line: no ANSWER, a letter not among the options, one option, two letters…", () => {
    expect(where(r)).toEqual([
      `SYNTAX@${lineOf(name, "esqueceu a linha")}`,
      `CORRECT_OUT_OF_RANGE@${lineOf(name, "ANSWER: E")}`,
      `SYNTAX@${lineOf(name, "ANSWER: A, C")}`,
      `SYNTAX@${lineOf(name, "ANSWER: B")}`,
      `OPTIONS_COUNT@${lineOf(name, "Só uma opção")}`,
      `OPTIONS_DUPLICATE@${lineOf(name, "Opções repetidas")}`,
      `OPTIONS_COUNT@${lineOf(name, "Sete opções")}`,
    ]);
    expect(r.problems[1]).toMatchObject({ params: { answer: "E" }, message: expect.stringContaining("(A, B)") });
  });
});

describe("importAiken: wrong files", () => {
  it("reads a file saved with a BOM and CRLF line ends", () => {
    const r = read("bom-crlf.aiken.txt");
    expect(r.questions.map((q) => [q.at, q.question.prompt, q.question.options, q.question.correct])).toEqual([
      [{ line: 1 }, "Arquivo do Bloco de Notas?", ["sim", "não"], [0]],
      [{ line: 6 }, "Segunda pergunta", ["x", "y"], [1]],
    ]);
  });

  it("refuses an empty file, a file of another format, a binary file and a file over the size limit, whole", () => {
    const codes = (x: ImportResult) => [x.questions.length, x.problems.map((p) => p.code)];
    expect(codes(importAiken(new Uint8Array(0), DEFAULTS_PT))).toEqual([0, ["FILE_UNREADABLE"]]);
    expect(codes(read("not-aiken.gift"))).toEqual([0, ["FILE_UNREADABLE"]]);
    expect(codes(importAiken(Uint8Array.from([0xff, 0xd8, 0xff, 0x00]), DEFAULTS_PT))).toEqual([0, ["FILE_UNREADABLE"]]);
    expect(codes(importAiken(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41), DEFAULTS_PT))).toEqual([0, ["FILE_TOO_LARGE"]]);
  });

  it("refuses a file with more questions than a bank holds, whole", () => {
    const text = Array.from({ length: QUESTION_LIMITS.questionsPerBank + 1 }, (_, i) => `Pergunta ${i}?\nA) sim\nB) não\nANSWER: A`).join("\n\n");
    const r = importAiken(new TextEncoder().encode(text), DEFAULTS_PT);
    expect([r.questions.length, r.problems.map((p) => p.code)]).toEqual([0, ["FILE_TOO_MANY_QUESTIONS"]]);
  });
});
