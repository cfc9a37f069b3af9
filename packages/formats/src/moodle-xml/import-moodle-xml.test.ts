import { DEFAULTS_EN, DEFAULTS_PT, type ImportDefaults } from "../types";
import { categoryPath, categoryTitle } from "../category";
import { fixture, lineOf } from "./fixtures.test-helper";
import { importMoodleXml } from "./import-moodle-xml";

const read = (name: string, defaults: ImportDefaults = DEFAULTS_PT) => importMoodleXml(fixture(name), defaults);
const kinds = (notes: readonly { params?: Readonly<Record<string, string | number>> }[]) => notes.map((n) => n.params?.["kind"]);

describe("importMoodleXml: multiple choice", () => {
  const r = read("multichoice-single.xml");

  it("reads a single-answer question from Moodle's HTML: paragraphs, <br>, &nbsp;, entities and accents", () => {
    expect(r.problems).toEqual([]);
    expect(r.questions[0]).toEqual({
      at: { line: lineOf("multichoice-single.xml", '<question type="multichoice">') },
      question: {
        type: "single",
        prompt: "Quando a luz passa do ar para a água, o que acontece com a sua velocidade?\n\nConsidere o índice de refração n = 1,33 & ignore a absorção.",
        options: ["Diminui", "Aumenta", "Não se altera"],
        correct: [0],
        explanation: "A velocidade diminui: v = c / n, e n > 1 na água.",
        timeLimitSec: 20,
        pointsMode: "standard",
      },
      notes: [expect.objectContaining({ params: { kind: "answer-feedback", field: "explanation" } })],
    });
  });

  it("names the bank after the category's last segment, without $course$/top", () => {
    expect(r.title).toBe("Óptica & Ondas");
  });

  it("drops an image with a note, skips a blank answer, and makes partial credit wrong with a note", () => {
    const q = r.questions[1];
    expect(q?.at).toEqual({ line: lineOf("multichoice-single.xml", '<question type="multichoice">', 1) });
    expect(q?.question).toMatchObject({ prompt: "Observe a figura:\nQue tipo de espelho é esse?", options: ["Côncavo", "Parabólico", "Convexo"], correct: [0] });
    expect(kinds(q?.notes ?? [])).toEqual(["image", "partial-credit", "answer-feedback"]);
    expect(q?.notes[0]).toMatchObject({ code: "FIELD_DROPPED", params: { kind: "image", field: "prompt" } });
  });

  it("uses the correct answer's feedback as the explanation when there is no general feedback", () => {
    expect(r.questions[1]?.question.explanation).toBe("Correto: a superfície refletora é a parte interna.");
    expect(r.questions[1]?.notes[2]?.message).toMatch(/correct answer's feedback became the explanation/);
  });

  it("reads a multiple-answer question: every option with a positive fraction is correct (all-or-nothing)", () => {
    const m = read("multichoice-multi.xml");
    expect(m.title).toBe("Geografia");
    expect(m.problems).toEqual([]);
    expect(m.questions.map((q) => q.question.type)).toEqual(["multiple", "multiple"]);
    expect(m.questions[0]?.question).toMatchObject({ options: ["Recife", "Campinas", "Salvador", "Santos"], correct: [0, 2] });
    expect(m.questions[0]?.question.explanation).toBe("Recife (PE) e Salvador (BA) são capitais; Campinas fica em SP e Santos também.");
    // <single>0</single> is multiple too (Moodle's trans_single), and 3 × 33.33333 are all correct.
    expect(m.questions[1]?.question).toMatchObject({ options: ["2", "3", "9", "11"], correct: [0, 1, 3], explanation: "2 é o único primo par." });
  });
});

describe("importMoodleXml: true/false", () => {
  const r = read("truefalse.xml");

  it("takes the options from the defaults (true, false) and the correct one from the answer at 100", () => {
    expect(r.problems).toEqual([]);
    expect(r.questions.map((q) => [q.question.type, q.question.options, q.question.correct])).toEqual([
      ["truefalse", ["Verdadeiro", "Falso"], [1]],
      ["truefalse", ["Verdadeiro", "Falso"], [0]],
      ["truefalse", ["Verdadeiro", "Falso"], [0]],
    ]);
    expect(read("truefalse.xml", DEFAULTS_EN).questions[0]?.question.options).toEqual(["True", "False"]);
  });

  it("keeps the general feedback as the explanation and notes the image and the answers' feedback", () => {
    const q = r.questions[0];
    expect(q?.question.prompt).toBe("Moodle é a sigla de Modular Object-Oriented Dynamic Learning Education.");
    expect(q?.question.explanation).toBe("A sigla é de Modular Object-Oriented Dynamic Learning Environment.");
    expect(kinds(q?.notes ?? [])).toEqual(["image", "answer-feedback"]);
  });

  it("reads auto-format text as typed and falls back to the correct answer's feedback", () => {
    expect(r.questions[1]?.question).toMatchObject({ prompt: "Ao nível do mar, a água pura ferve a 100 °C.", explanation: "Correto: à pressão de 1 atm." });
  });

  it("reads an old export with localised answer texts in the order true, false (as Moodle does)", () => {
    expect(r.questions[2]?.question).toMatchObject({ prompt: "O Sol é uma estrela.", correct: [0], explanation: "" });
    expect(r.questions[2]?.at).toEqual({ line: lineOf("truefalse.xml", '<question type="truefalse">', 2) });
  });
});

describe("importMoodleXml: text formats", () => {
  const r = read("text-formats.xml");

  it("keeps auto-format, plain text and markdown as typed, entities decoded", () => {
    expect(r.problems).toEqual([]);
    expect(r.questions.slice(0, 3).map((q) => q.question.prompt)).toEqual([
      "Qual é a fórmula da água?\nResponda com a notação química.",
      "Quanto é 2 < 3 && 3 > 2? Café ou açúcar?",
      "O que **negrito** faz em Markdown?",
    ]);
  });

  it("reads HTML escaped without CDATA: XML entities first, then HTML's", () => {
    expect(r.questions[3]?.question).toMatchObject({ prompt: "Qual tag cria um parágrafo?\nEscreva <p> & feche-a.", options: ["<p>", "<br>"] });
  });

  it("reads HTML a hand-made file forgot to wrap in CDATA as the HTML it is", () => {
    expect(r.questions[5]?.question).toMatchObject({ prompt: "Qual é a capital do Brasil?", options: ["Brasília", "Rio de Janeiro"], correct: [0] });
  });

  it("does not mistake a DOCTYPE quoted inside CDATA or a comment for a declaration", () => {
    expect(r.questions[4]?.question).toMatchObject({ prompt: "O que a linha `<!DOCTYPE html>` declara?", options: ["Que o documento é HTML5", "é um comentário"] });
    expect(r.title).toBeNull();
  });
});

describe("importMoodleXml: kinds Lousa can't play", () => {
  const r = read("unsupported-kinds.xml");
  const expected = ["essay", "matching", "ddwtos", "gapselect", "cloze", "multianswer", "calculated", "calculatedsimple", "calculatedmulti", "random", "randomsamatch", "ddimageortext", "ddmarker"];

  it("lists every one of them at its line, never dropping one", () => {
    expect(r.problems.map((p) => [p.code, p.params?.["kind"], p.at])).toEqual([
      ...expected.map((kind) => ["UNSUPPORTED_KIND", kind, { line: lineOf("unsupported-kinds.xml", `<question type="${kind}">`) }]),
      ["UNSUPPORTED_KIND", "unknown", { line: lineOf("unsupported-kinds.xml", "<question>") }],
    ]);
    expect(r.problems[0]?.message).toMatch(/"essay" question, which Lousa can't play yet/);
  });

  it("still imports the questions it can play", () => {
    expect(r.title).toBe("Tipos variados");
    // A short answer is Lousa's typed answer now.
    // So are a numerical question (a slider) and a description (a slide).
    expect(r.questions.map((q) => [q.question.type, q.question.prompt])).toEqual([
      ["typeAnswer", "Qual é a capital do Brasil?"],
      ["slider", "Quanto é 2 + 2?"],
      ["slide", "Instruções"],
      ["single", "Quantos lados tem um triângulo?"],
    ]);
    expect(r.questions[0]?.question.options).toEqual(["Brasília"]);
  });
});

describe("importMoodleXml: categories and empty files", () => {
  it("takes the first category of nested ones (the one Moodle exported)", () => {
    const r = read("nested-categories.xml");
    expect(r.title).toBe("Iota");
    expect(r.questions).toHaveLength(2);
  });

  it("says a quiz without questions has none, keeping its title", () => {
    expect(read("empty-quiz.xml")).toEqual({ format: "moodle-xml", title: null, questions: [], problems: [expect.objectContaining({ code: "QUESTIONS_NONE" })] });
    expect(read("category-only.xml")).toMatchObject({ title: "Banco vazio", questions: [], problems: [{ code: "QUESTIONS_NONE" }] });
  });

  it("reads category paths as Moodle splits them ('//' is a slash in a name)", () => {
    expect(categoryTitle("$course$/top/Default for Física 1/Óptica")).toBe("Óptica");
    expect(categoryTitle("$system$/top")).toBeNull();
    expect(categoryTitle("$course$/Iota/Kappa")).toBe("Kappa");
    expect(categoryTitle("Sem contexto")).toBe("Sem contexto");
    for (const title of ["Tricky things like / // and so on", "Category name ending in /", "/ and one that starts with one", "Física & Química"]) {
      expect(categoryTitle(categoryPath(title))).toBe(title);
    }
  });
});

describe("importMoodleXml: short answer → typed answer", () => {
  const name = "shortanswer.xml";
  const r = read(name);
  const at = (n: number) => ({ line: lineOf(name, '<question type="shortanswer">', n) });

  it("accepts the 100% answers; a partial one is left out and noted; a 0% catch-all is not accepted; general feedback is the explanation", () => {
    expect(r.title).toBe("Linha de comando");
    const [kernel] = r.questions;
    expect(kernel?.at).toEqual(at(0));
    expect(kernel?.question).toEqual({
      type: "typeAnswer",
      prompt: "Qual comando mostra a versão do kernel em execução?",
      options: ["uname -r", "uname --kernel-release"],
      correct: [],
      explanation: "O `uname -r` imprime a release.",
      timeLimitSec: 20,
      pointsMode: "standard",
    });
    expect(kernel?.notes.map((n) => [n.code, n.params?.kind])).toEqual([
      ["FIELD_DROPPED", "partial-credit"],
      ["FIELD_DROPPED", "answer-feedback"],
    ]);
  });

  it("notes <usecase>1</usecase> (Lousa ignores case) and takes the correct answer's feedback as the explanation", () => {
    const android = r.questions[1];
    expect(android?.question).toMatchObject({ type: "typeAnswer", options: ["Linux"], explanation: "Isso: o kernel Linux." });
    expect(android?.notes.map((n) => n.params?.kind)).toEqual(["case-sensitive", "answer-feedback"]);
    expect(android?.notes[0]?.message).toMatch(/Lousa ignores case/);
  });

  it("takes the escape off \\*, and notes an accepted answer with Moodle's * wildcard, which Lousa compares as typed", () => {
    const wild = r.questions[2];
    expect(wild?.question.options).toEqual(["docker *", "ls *.txt"]);
    expect(wild?.notes.map((n) => n.params?.kind)).toEqual(["wildcard"]);
    expect(wild?.notes[0]?.message).toContain('"docker *"');
    expect(wild?.notes[0]?.message).not.toContain("ls *.txt");
  });

  it("refuses, at its line, a short answer with no answer worth the full mark (nothing to accept)", () => {
    expect(r.questions).toHaveLength(3);
    expect(r.problems.map((p) => [p.code, p.at])).toEqual([["OPTIONS_COUNT", at(3)]]);
  });
});
