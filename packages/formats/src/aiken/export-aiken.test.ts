import { BUILT_IN_BANKS, draftOf, isNotChoiceQuizType, isPollOrOrderingType, leftOut, numbersWhere } from "../built-in-drafts.test-helper";
import { DEFAULTS_EN, DEFAULTS_PT, type BankDraft, type QuestionDraft } from "../types";
import { exportAiken } from "./export-aiken";
import { importAiken } from "./import-aiken";


const q = (over: Partial<QuestionDraft>): QuestionDraft => ({ type: "single", prompt: "P?", options: ["a", "b"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard", ...over });
const bankOf = (questions: QuestionDraft[], language: BankDraft["language"] = "pt-BR"): BankDraft => ({ title: "Teste", description: "", language, questions });
const carried = (x: QuestionDraft) => ({ type: x.type, prompt: x.prompt, options: x.options, correct: x.correct });
const roundTrip = (bank: BankDraft) => importAiken(exportAiken(bank).body, bank.language === "pt-BR" ? DEFAULTS_PT : DEFAULTS_EN);

describe("exportAiken", () => {
  it("writes the question line, lettered options and ANSWER:, a blank line between questions", () => {
    const file = exportAiken(bankOf([q({ prompt: "Capital?", options: ["Rio", "Brasília"], correct: [1] }), q({ type: "truefalse", prompt: "Sol?", options: ["Verdadeiro", "Falso"] })]));
    expect(new TextDecoder().decode(file.body)).toBe("Capital?\nA) Rio\nB) Brasília\nANSWER: B\n\nSol?\nA) Verdadeiro\nB) Falso\nANSWER: A\n");
    expect(file).toMatchObject({ filename: "teste.aiken.txt", contentType: "text/plain; charset=utf-8", notes: [] });
  });

  it("leaves multiple-answer questions out, each with a note, and notes each other loss once with its questions", () => {
    const file = exportAiken(
      bankOf([q({ type: "multiple", options: ["a", "b", "c"], correct: [0, 2] }), q({ explanation: "Porque sim." }), q({ timeLimitSec: 30, pointsMode: "none" }), q({ prompt: "Duas\nlinhas" }), q({ type: "truefalse", options: ["Sim", "Não"] }), q({ explanation: "Também." })]),
    );
    expect(file.notes).toEqual([
      { question: 1, code: "FIELD_DROPPED", message: "Question 1 is left out: Aiken has one right answer per question, and this one has 2" },
      { question: 2, code: "FIELD_DROPPED", message: "Aiken has no explanation: questions 2, 6" },
      { question: 3, code: "FIELD_DROPPED", message: "Aiken has no time limit (an import gives 20 s): question 3" },
      { question: 3, code: "FIELD_DROPPED", message: "Aiken has no points setting (an import gives standard points): question 3" },
      { question: 4, code: "FIELD_DROPPED", message: "Aiken texts are one line (line breaks became spaces): question 4" },
      { question: 5, code: "FIELD_DROPPED", message: 'Aiken has no true/false: with options other than "Verdadeiro"/"Falso" they come back as single choice: question 5' },
    ]);
    expect(new TextDecoder().decode(file.body)).not.toContain("A) a\nB) b\nC) c");
    expect(importAiken(file.body, DEFAULTS_PT).questions.map((x) => x.question.prompt)).toEqual(["P?", "P?", "Duas linhas", "P?", "P?"]);
  });
});

describe("exportAiken: kinds with no single right answer", () => {
  it("leaves polls and ordering questions out, each with its note, never as a question with a made-up answer", () => {
    const file = exportAiken(bankOf([q({ type: "poll", options: ["Sim", "Não"], correct: [], explanation: "Opinião." }), q({ prompt: "Fica" }), q({ type: "ordering", options: ["1º", "2º"], correct: [0, 1] })]));
    expect(file.notes).toEqual([
      { question: 1, code: "FIELD_DROPPED", message: "Question 1 is left out: Aiken has no poll (a question with no right answer)" },
      { question: 3, code: "FIELD_DROPPED", message: "Question 3 is left out: Aiken has no ordering question (items to put in order)" },
    ]);
    expect(new TextDecoder().decode(file.body)).toBe("Fica\nA) a\nB) b\nANSWER: A\n");
  });
});

describe("exportAiken: sliders, slides and pictures", () => {
  it("leaves sliders and slides out, each with its note, and notes a picture on a question it writes", () => {
    const image = { id: "b".repeat(32), alt: "Mapa", width: 640, height: 480, onPhones: false };
    const file = exportAiken(
      bankOf([
        q({ type: "slider", options: [], correct: [], slider: { min: 0, max: 10, step: 1, answer: 5, tolerance: 0, unit: "" } }),
        q({ type: "slide", prompt: "Intervalo", options: [], correct: [], explanation: "10 min", image }),
        q({ prompt: "Com figura", image }),
      ]),
    );
    expect(file.notes).toEqual([
      { question: 1, code: "FIELD_DROPPED", message: "Question 1 is left out: Aiken has no slider question (a number picked on a scale)" },
      { question: 2, code: "FIELD_DROPPED", message: "Question 2 is left out: Aiken has no slide (an information screen with no answers)" },
      { question: 3, code: "FIELD_DROPPED", message: "Question 3: picture left out: the Aiken file has no pictures (add it again after importing)" },
    ]);
    expect(new TextDecoder().decode(file.body)).toBe("Com figura\nA) a\nB) b\nANSWER: A\n");
  });
});

describe("Aiken round trip: importAiken(exportAiken(bank)) gives back the questions Aiken can carry", () => {
  it.each(BUILT_IN_BANKS.map((b) => [b.id, b] as const))("built-in bank %s", (_id, bank) => {
    const draft = draftOf(bank);
    const file = exportAiken(draft);
    const r = roundTrip(draft);
    expect(r.problems).toEqual([]);
    const carriedByAiken = draft.questions.filter((x) => x.type !== "multiple" && !isNotChoiceQuizType(x.type));
    expect(r.questions.map((x) => carried(x.question))).toEqual(carriedByAiken.map(carried));
    // Every question Aiken can't carry is in the notes, by its number: multiple answer, polls, ordering, typed answers.
    expect(leftOut(file.notes)).toEqual(numbersWhere(draft.questions, (type) => type === "multiple" || isNotChoiceQuizType(type)));
    expect(numbersWhere(draft.questions, isPollOrOrderingType).length).toBeGreaterThanOrEqual(2);
    const typed = numbersWhere(draft.questions, (type) => type === "typeAnswer");
    expect(typed).toHaveLength(1);
    expect(file.notes.find((n) => n.question === typed[0])?.message).toBe(`Question ${typed[0]} is left out: Aiken has no typed-answer question (players type the answer)`);
  });

  it("keeps true/false in English, and texts that look like Aiken's own syntax", () => {
    const tricky = [q({ type: "truefalse", prompt: "True?", options: ["True", "False"], correct: [1] }), q({ prompt: "A) looks like an option", options: ["ANSWER: A", "B) b"], correct: [1] })];
    expect(roundTrip(bankOf(tricky, "en")).questions.map((x) => carried(x.question))).toEqual(tricky.map(carried));
  });
});
