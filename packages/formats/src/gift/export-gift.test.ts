import { BUILT_IN_BANKS, draftOf, isPollOrOrderingType, leftOut, numbersWhere } from "../built-in-drafts.test-helper";
import { DEFAULTS_EN, DEFAULTS_PT, type BankDraft, type QuestionDraft } from "../types";
import { exportGift } from "./export-gift";
import { importGift } from "./import-gift";


const q = (over: Partial<QuestionDraft>): QuestionDraft => ({ type: "single", prompt: "P?", options: ["a", "b"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard", ...over });
const bankOf = (questions: QuestionDraft[], language: BankDraft["language"] = "pt-BR"): BankDraft => ({ title: "Teste", description: "", language, questions });
const text = (bank: BankDraft): string => new TextDecoder().decode(exportGift(bank).body);
// A slider's answer and tolerance are in GIFT; its scale and unit are not.
const carried = (x: QuestionDraft) => ({ type: x.type, prompt: x.prompt, options: x.options, correct: x.correct, explanation: x.explanation, ...(x.slider ? { answer: x.slider.answer, tolerance: x.slider.tolerance } : {}) });
const roundTrip = (bank: BankDraft) => importGift(exportGift(bank).body, bank.language === "pt-BR" ? DEFAULTS_PT : DEFAULTS_EN);

describe("exportGift", () => {
  it("writes the category, ::Qn:: titles, = and ~ answers, {T}/{F} and #### explanations", () => {
    const out = text({
      ...bankOf([q({ prompt: "Capital?", options: ["Rio", "Brasília"], correct: [1], explanation: "Desde 1960." }), q({ type: "truefalse", prompt: "O Sol é uma estrela.", options: ["Verdadeiro", "Falso"], correct: [0] })]),
      title: "Geo/grafia",
      description: "Linha 1\nLinha 2",
    });
    expect(out).toBe(
      ["// Geo/grafia: exported by Lousa", "// Linha 1", "// Linha 2", "$CATEGORY: $course$/Geo//grafia", "", "::Q1::Capital?{", "\t~Rio", "\t=Brasília", "\t####Desde 1960.", "}", "", "::Q2::O Sol é uma estrela.{T}", ""].join("\n"),
    );
  });

  it("writes multiple answer as weights: an equal share of 100 for right options, of -100 for wrong ones", () => {
    const out = text(bankOf([q({ type: "multiple", options: ["a", "b", "c", "d", "e", "f"], correct: [0, 2, 4] })]));
    expect(out).toContain("\t~%33.33333%a\n\t~%-33.33333%b\n\t~%33.33333%c\n\t~%-33.33333%d\n\t~%33.33333%e\n\t~%-33.33333%f\n");
    expect(text(bankOf([q({ type: "multiple", options: ["a", "b"], correct: [0, 1] })]))).toContain("\t~%50%a\n\t~%50%b\n");
  });

  it("escapes GIFT's special characters and line breaks, and marks text that would look like HTML as [plain]", () => {
    const out = text(bankOf([q({ prompt: "a=b: {x} ~y #z \\ fim\nnova linha", options: ["<b>não</b> é tag aqui", "R&amp;D"] })]));
    expect(out).toContain("::Q1::[plain]a\\=b\\: \\{x\\} \\~y \\#z \\\\ fim\\nnova linha{\n\t=<b>não</b> é tag aqui\n\t~R&amp;D\n}");
  });

  it("notes each kind of loss once, at its first question, listing the questions: none when nothing is lost", () => {
    const file = exportGift(bankOf([q({}), q({ timeLimitSec: 30 }), q({ pointsMode: "double" }), q({ type: "truefalse", options: ["Sim", "Não"] }), q({ timeLimitSec: 45 })]));
    expect(file.notes).toEqual([
      { question: 2, code: "FIELD_DROPPED", message: "GIFT has no time limit (an import gives 20 s): questions 2, 5" },
      { question: 3, code: "FIELD_DROPPED", message: "GIFT has no points setting (an import gives standard points): question 3" },
      { question: 4, code: "FIELD_DROPPED", message: 'GIFT\'s true/false gives back "Verdadeiro"/"Falso": true/false questions with other options are written as single choice: question 4' },
    ]);
    expect(exportGift(bankOf([q({}), q({ type: "truefalse", options: ["Verdadeiro", "Falso"] })])).notes).toEqual([]);
    expect(file).toMatchObject({ filename: "teste.gift.txt", contentType: "text/plain; charset=utf-8" });
  });

  it("leaves polls and ordering questions out, each with its note, and numbers the others as the bank does", () => {
    const bank = bankOf([
      q({ prompt: "Primeira" }),
      q({ type: "poll", prompt: "Gostou?", options: ["Sim", "Não"], correct: [], timeLimitSec: 45, pointsMode: "none" }),
      q({ type: "ordering", prompt: "Ordene", options: ["a", "b", "c"], correct: [0, 1, 2], explanation: "Porque sim." }),
      q({ prompt: "Quarta", timeLimitSec: 30 }),
    ]);
    const file = exportGift(bank);
    expect(file.notes).toEqual([
      { question: 2, code: "FIELD_DROPPED", message: "Question 2 is left out: GIFT has no poll (a question with no right answer)" },
      { question: 3, code: "FIELD_DROPPED", message: "Question 3 is left out: GIFT has no ordering question (items to put in order)" },
      // The poll's own 45 s and no-points are not in the file, so they are not "lost" by it.
      { question: 4, code: "FIELD_DROPPED", message: "GIFT has no time limit (an import gives 20 s): question 4" },
    ]);
    const out = new TextDecoder().decode(file.body);
    expect(out).toContain("::Q1::Primeira{");
    expect(out).toContain("::Q4::Quarta{");
    expect(out).not.toMatch(/::Q[23]::|Gostou|Ordene/);
    expect(roundTrip(bank).questions.map((x) => x.question.prompt)).toEqual(["Primeira", "Quarta"]);
  });

  it("writes a typed answer as GIFT's short answer: every accepted answer an = one, no ~", () => {
    const typed = q({ type: "typeAnswer", prompt: "Qual comando mostra a versão do kernel?", options: ["uname -r", "uname --kernel-release"], correct: [], explanation: "Release do kernel." });
    expect(text(bankOf([typed]))).toContain("::Q1::Qual comando mostra a versão do kernel?{\n\t=uname -r\n\t=uname --kernel-release\n\t####Release do kernel.\n}");
    expect(text(bankOf([{ ...typed, options: ["uname -r"] }]))).toContain("{\n\t=uname -r\n\t####Release do kernel.\n}");
    expect(exportGift(bankOf([typed])).notes).toEqual([]);
  });

  it("leaves out a typed answer with '->' (GIFT would read it back as matching), with a note", () => {
    const arrow = q({ type: "typeAnswer", prompt: "Campo seguinte na lista?", options: ["p->next"], correct: [] });
    const file = exportGift(bankOf([q({}), arrow]));
    expect(new TextDecoder().decode(file.body)).not.toContain("p->next");
    expect(file.notes).toEqual([expect.objectContaining({ question: 2, code: "FIELD_DROPPED", message: expect.stringContaining("matching") })]);
    expect(roundTrip(bankOf([q({}), arrow])).questions).toHaveLength(1);
  });

  it("notes the typed answers that ignore accents, which GIFT's short answer can't say", () => {
    const typed = q({ type: "typeAnswer", options: ["núcleo"], correct: [] });
    const file = exportGift(bankOf([typed, { ...typed, ignoreAccents: false }, { ...typed, ignoreAccents: true, prompt: "Terceira?" }]));
    expect(file.notes).toEqual([{ question: 3, code: "FIELD_DROPPED", message: "GIFT's short answer compares accents (an import gives a typed answer that counts them): question 3" }]);
    expect(roundTrip(bankOf([{ ...typed, ignoreAccents: true }])).questions.map((x) => x.question.ignoreAccents)).toEqual([undefined]);
  });

  it("names the file after the bank, without accents or spaces", () => {
    expect(exportGift({ ...bankOf([q({})]), title: "Introdução à Física: 1º ano" }).filename).toBe("introducao-a-fisica-1o-ano.gift.txt");
  });
});

describe("GIFT round trip: importGift(exportGift(bank)) gives the same questions", () => {
  it.each(BUILT_IN_BANKS.map((b) => [b.id, b] as const))("built-in bank %s: every question GIFT can carry (its typed answer too); each poll and ordering question noted", (_id, bank) => {
    const draft = draftOf(bank);
    const r = roundTrip(draft);
    expect(r.problems).toEqual([]);
    expect(r.title).toBe(draft.title);
    expect(r.questions.map((x) => carried(x.question))).toEqual(draft.questions.filter((x) => !isPollOrOrderingType(x.type)).map(carried));
    // The only note an import gives: the scale each slider got, which GIFT doesn't hold.
    expect(r.questions.flatMap((x) => x.notes).map((n) => n.params?.kind)).toEqual(r.questions.filter((x) => x.question.type === "slider").map(() => "slider-scale"));
    expect(r.questions.filter((x) => x.question.type === "typeAnswer").map((x) => x.question.options)).toEqual(draft.questions.filter((x) => x.type === "typeAnswer").map((x) => x.options));
    expect(r.questions.some((x) => x.question.type === "typeAnswer")).toBe(true);
    const notes = exportGift(draft).notes;
    const missing = numbersWhere(draft.questions, isPollOrOrderingType);
    expect(missing.length).toBeGreaterThanOrEqual(2);
    expect(leftOut(notes)).toEqual(missing);
    // Nothing else is lost but what GIFT can't hold: the built-in banks' 30 s limits and double points.
    expect(notes.every((n) => /time limit|points setting| is left out: GIFT has no (poll|ordering)|numerical question has no scale/.test(n.message))).toBe(true);
  });

  it("texts full of GIFT's and HTML's special characters, in both languages", () => {
    const tricky = [
      q({ prompt: "[html] não é formato aqui: 1+1=2, ~til, #hash, {chaves}, \\barra", options: ["[a] colchete", "std::vector<int>", "a < b && c > d", "&eacute; literal"], correct: [2], explanation: "Linha 1\nLinha 2 :: fim" }),
      q({ type: "multiple", prompt: "Todas certas?", options: ["x", "y", "z"], correct: [0, 1, 2] }),
      q({ type: "multiple", prompt: "Uma certa só, mas múltipla", options: ["x", "y", "z", "w", "v", "u"], correct: [5] }),
      q({ type: "truefalse", prompt: "Falso?", options: ["Verdadeiro", "Falso"], correct: [1], explanation: "Sim, falso." }),
      q({ prompt: "// não é comentário", options: ["// nem isto", "#### nem isto"], explanation: "[markdown] nem isto" }),
    ];
    const r = roundTrip(bankOf(tricky));
    expect(r.problems).toEqual([]);
    expect(r.questions.map((x) => carried(x.question))).toEqual(tricky.map(carried));
    const english = bankOf([q({ type: "truefalse", prompt: "True?", options: ["True", "False"], correct: [0] })], "en");
    expect(roundTrip(english).questions.map((x) => carried(x.question))).toEqual(english.questions.map(carried));
  });

  it("typed answers: one or six accepted answers, GIFT's specials, code and answers that look like weights or format tags", () => {
    const typed = [
      q({ type: "typeAnswer", prompt: "Uma só", options: ["Brasília"], correct: [] }),
      q({ type: "typeAnswer", prompt: "Seis, com especiais", options: ["a=b", "x ~ y", "#include", "{chaves}", "std::cout", "c:\\temp"], correct: [], explanation: "Qualquer uma." }),
      q({ type: "typeAnswer", prompt: "Parece peso e formato", options: ["%50% de 10", "[html] não é formato", "`docker ps`"], correct: [] }),
    ];
    const r = roundTrip(bankOf(typed));
    expect(r.problems).toEqual([]);
    expect(r.questions.map((x) => x.question)).toEqual(typed);
    expect(r.questions.flatMap((x) => x.notes)).toEqual([]);
  });

  it("code: backticks need no GIFT escape, a block's indentation and its GIFT specials survive", () => {
    const code = [
      q({ prompt: "O que imprime?\n```python\ndef f(x):\n    return {x: x == 1}  # ~ = # { } :\n\nprint(f(1))\n```", options: ["`{1: True}`", "`{1: False}` \\` solto"], explanation: "Em `f`, a chave `x` recebe `x == 1`." }),
      q({ prompt: "Rode `uname -r` e `ps -e`: o que aparece?", options: ["A versão do kernel e os processos", "`~/.bashrc`"] }),
    ];
    const gift = text(bankOf(code));
    // Backticks are not GIFT specials: written as they are (only ~ = # { } : \\ are escaped).
    expect(gift).toContain("Rode `uname -r` e `ps -e`\\: o que aparece?");
    const r = roundTrip(bankOf(code));
    expect(r.problems).toEqual([]);
    expect(r.questions.map((x) => carried(x.question))).toEqual(code.map(carried));
  });

  it.each([1, 2, 3, 4, 5, 6])("multiple answer with %i right options of 6", (k) => {
    const multiple = q({ type: "multiple", options: ["a", "b", "c", "d", "e", "f"], correct: Array.from({ length: k }, (_, i) => i) });
    expect(roundTrip(bankOf([multiple])).questions.map((x) => carried(x.question))).toEqual([carried(multiple)]);
  });
});
