import { DEFAULTS_PT, type BankDraft, type ImportResult, type QuestionDraft } from "../types";
import { exportGift } from "./export-gift";
import { importGift } from "./import-gift";

// GIFT's numerical questions ↔ sliders, its descriptions ↔ slides.
const gift = (text: string): ImportResult => importGift(new TextEncoder().encode(text), DEFAULTS_PT);
const base: Pick<QuestionDraft, "options" | "correct" | "explanation" | "timeLimitSec" | "pointsMode"> = { options: [], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard" };
const slider = (prompt: string, spec: NonNullable<QuestionDraft["slider"]>, over: Partial<QuestionDraft> = {}): QuestionDraft => ({ ...base, type: "slider", prompt, slider: spec, ...over });
const slide = (prompt: string, explanation: string): QuestionDraft => ({ ...base, type: "slide", prompt, explanation });
const bankOf = (questions: QuestionDraft[]): BankDraft => ({ title: "Teste", description: "", language: "pt-BR", questions });
const text = (bank: BankDraft): string => new TextDecoder().decode(exportGift(bank).body);
const kinds = (r: ImportResult) => r.problems.map((p) => `${p.code}@${"line" in p.at ? p.at.line : "?"}`);

describe("importGift: numerical questions become sliders", () => {
  it.each([
    ["::t::Quantas camadas? {#5}", { answer: 5, tolerance: 0, min: 0, max: 18, step: 1 }, []],
    ["Quantas camadas? {#5:1}", { answer: 5, tolerance: 1, min: 0, max: 18, step: 1 }, []],
    ["Quantas camadas? {#4..6}", { answer: 5, tolerance: 1, min: 0, max: 18, step: 1 }, []],
    ["Meio? {#4..5}", { answer: 4.5, tolerance: 0.5, min: 1.1, max: 8, step: 0.1 }, []],
    ["π? {#3.1415:0.0005}", { answer: 3.1415, tolerance: 0.0005, min: 1.2245, max: 5.9375, step: 0.001 }, []],
    ["Frio? {#-3.25}", { answer: -3.25, tolerance: 0, min: -5.36, max: -0.47, step: 0.01 }, []],
    ["Quantas camadas? {# =5:0 =%50%6:0}", { answer: 5, tolerance: 0, min: 0, max: 18, step: 1 }, ["partial-credit"]],
    ["Quantas? {#=%100%5 =7}", { answer: 5, tolerance: 0, min: 0, max: 18, step: 1 }, ["partial-credit"]],
    ["Ano? {#=1822 ~1821#quase}", { answer: 1822, tolerance: 0, min: 378, max: 3111, step: 1 }, ["answer-feedback"]],
  ])("%s", (source, spec, extraNotes) => {
    const r = gift(source);
    expect(r.problems).toEqual([]);
    const [q] = r.questions;
    expect(q?.question).toMatchObject({ type: "slider", options: [], correct: [], slider: { ...spec, unit: "" } });
    expect(q?.at).toEqual({ line: 1 });
    // The scale GIFT doesn't have is always said, with the one chosen.
    expect(q?.notes.map((n) => n.params?.kind).sort()).toEqual([...extraNotes, "slider-scale"].sort());
    expect(q?.notes.find((n) => n.params?.kind === "slider-scale")?.message).toBe(`line 1: GIFT has no scale for a numerical answer: the slider goes from ${spec.min} to ${spec.max} in steps of ${spec.step}; check it in the editor`);
  });

  it("names the partial answers it leaves out, and keeps the title out of the prompt", () => {
    const [q] = gift("::t::Quantas camadas? {# =5:0 =%50%6:0}").questions;
    expect(q?.question.prompt).toBe("Quantas camadas?");
    expect(q?.notes[0]?.message).toBe("line 1: a slider has one right value: 5 (within 0) is kept, the other answers are left out (6:0)");
  });

  it("general feedback is the explanation", () => {
    expect(gift("Ano? {#1822####Independência.}").questions[0]?.question.explanation).toBe("Independência.");
  });

  it.each([
    ["{#abc}", "SYNTAX"],
    ["{#5:-1}", "SYNTAX_OR_TOLERANCE"],
    ["{#6..4}", "SLIDER_RANGE"],
    ["{#=%50%5}", "SLIDER_ANSWER"],
    ["{#~5}", "SLIDER_ANSWER"],
    ["{#2000000000}", "SLIDER_RANGE"],
    ["{#5:2000000000}", "SLIDER_RANGE"],
  ])("malformed %s: a problem at its line, the questions around it still import", (answers, code) => {
    const r = gift(`Antes? {T}\n\nQuantas? ${answers}\n\nDepois? {F}`);
    expect(r.questions.map((q) => q.question.type)).toEqual(["truefalse", "truefalse"]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.at).toEqual({ line: 3 });
    // gift-pegjs reads a negative tolerance; Lousa refuses it.
    expect(code === "SYNTAX_OR_TOLERANCE" ? ["SLIDER_TOLERANCE"] : [code]).toContain(r.problems[0]?.code);
  });

  it("says what to write instead", () => {
    expect(gift("Q? {#6..4}").problems[0]?.message).toBe("line 1: this numerical question can't become a slider: the range 6..4 runs backwards: write the lower number first ({#4..6})");
    expect(gift("Q? {#5:-1}").problems[0]?.message).toBe("line 1: this numerical question can't become a slider: the tolerance -1 is negative: write {#5:1}");
    expect(kinds(gift("Q? {#=%50%5}"))).toEqual(["SLIDER_ANSWER@1"]);
  });
});

describe("importGift: descriptions become slides", () => {
  it.each([
    ["::Intervalo::Voltamos às 10h.", "Intervalo", "Voltamos às 10h."],
    ["::Código::[markdown]Rode `uname -r`\\n```\\nls -la\\n```", "Código", "Rode `uname -r`\n```\nls -la\n```"],
    ["Só um título", "Só um título", ""],
    ["Título\\nE o texto.", "Título", "E o texto."],
  ])("%s", (source, prompt, explanation) => {
    const r = gift(`Q? {T}\n\n${source}`);
    expect(r.problems).toEqual([]);
    expect(r.questions[1]).toEqual({ at: { line: 3 }, question: { ...base, type: "slide", prompt, explanation }, notes: [] });
  });

  it("a file of slides alone is read (each has a ::title::); prose with no title and no braces is still refused", () => {
    expect(gift("::A::um\n\n::B::dois").questions.map((q) => q.question.prompt)).toEqual(["A", "B"]);
    expect(gift("Um parágrafo.\n\nOutro.").problems.map((p) => p.code)).toEqual(["FILE_UNREADABLE"]);
  });
});

describe("exportGift: sliders and slides", () => {
  it("writes a slider as {#answer:tolerance} and notes its scale and unit", () => {
    const file = exportGift(bankOf([slider("Quantas camadas?", { min: 0, max: 20, step: 1, answer: 5, tolerance: 1, unit: "camadas" }, { explanation: "Cinco." })]));
    expect(new TextDecoder().decode(file.body)).toContain("::Q1::Quantas camadas?{#5:1####Cinco.}\n");
    expect(file.notes).toEqual([{ question: 1, code: "FIELD_DROPPED", message: "GIFT's numerical question has no scale and no unit: only the answer and its tolerance are written (an import makes a scale around the answer): question 1" }]);
  });

  it("writes a slide as a description, ::title::text with no braces, and notes nothing for its time or points", () => {
    const out = text(bankOf([slide("Intervalo: 10 min", "Voltamos às 10h = já já.\nTragam `docker ps`."), { ...slide("Só título", ""), timeLimitSec: 60 }]));
    expect(out).toContain("\n::Intervalo\\: 10 min::Voltamos às 10h \\= já já.\\nTragam `docker ps`.\n");
    expect(out).toContain("\nSó título\n");
    expect(exportGift(bankOf([{ ...slide("A", "b"), timeLimitSec: 60, pointsMode: "double" }])).notes).toEqual([]);
  });

  it("round trip: a slide comes back whole; a slider keeps its answer, tolerance and explanation, on a made-up scale", () => {
    const questions = [
      slide("Intervalo: 10 min", "Voltamos às 10h = já já.\n```sh\ndocker ps -a\n```"),
      slide("Só título", ""),
      slider("Quantas camadas?", { min: 0, max: 20, step: 1, answer: 5, tolerance: 1, unit: "camadas" }, { explanation: "Cinco." }),
      slider("pH?", { min: 0, max: 14, step: 0.1, answer: 7.4, tolerance: 0.2, unit: "" }),
    ];
    const r = importGift(exportGift(bankOf(questions)).body, DEFAULTS_PT);
    expect(r.problems).toEqual([]);
    expect(r.questions.slice(0, 2).map((q) => q.question)).toEqual(questions.slice(0, 2));
    expect(r.questions.slice(2).map((q) => [q.question.prompt, q.question.explanation, q.question.slider?.answer, q.question.slider?.tolerance])).toEqual([
      ["Quantas camadas?", "Cinco.", 5, 1],
      ["pH?", "", 7.4, 0.2],
    ]);
  });

  it("notes each question's picture, left out of the file", () => {
    const image = { id: "a".repeat(32), alt: "Diagrama", width: 800, height: 600, onPhones: true };
    const file = exportGift(bankOf([{ ...slide("A", "b"), image }]));
    expect(file.notes).toEqual([{ question: 1, code: "FIELD_DROPPED", message: "Question 1: picture left out: the GIFT file has no pictures (add it again after importing)" }]);
  });
});
