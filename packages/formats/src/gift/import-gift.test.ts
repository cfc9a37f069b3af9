// eslint-disable-next-line no-restricted-imports -- the test reads fixture files; the importer itself does no I/O
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { QUESTION_LIMITS } from "@lousa/protocol";
import { DEFAULTS_EN, DEFAULTS_PT, MAX_IMPORT_BYTES, type ImportResult } from "../types";
import { importGift } from "./import-gift";

const FIXTURES = join(__dirname, "../../fixtures/gift");
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));
const read = (name: string): ImportResult => importGift(fixture(name), DEFAULTS_PT);
const gift = (text: string): ImportResult => importGift(new TextEncoder().encode(text), DEFAULTS_PT);
/** The 1-based line of the first line containing `text`: expectations stay right if a fixture grows. */
const lineOf = (name: string, text: string): number => {
  const index = fixture(name).toString("utf8").split(/\r?\n/).findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`${text} not in ${name}`);
  return index + 1;
};
const byPrompt = (r: ImportResult, start: string) => r.questions.filter((q) => q.question.prompt.startsWith(start));
const one = (r: ImportResult, start: string) => {
  const found = byPrompt(r, start);
  expect(found).toHaveLength(1);
  const [q] = found;
  if (!q) throw new Error(start);
  return q;
};
const kinds = (r: ImportResult) => r.problems.map((p) => `${p.code}:${p.params?.kind ?? ""}@${"line" in p.at ? p.at.line : "?"}`);

describe("importGift: the constructs of Moodle's GIFT documentation", () => {
  const name = "moodle-docs-constructs.gift";
  const r = read(name);

  it("imports multiple choice, missing word, true/false, weights and multiple answers, each at its line", () => {
    expect(r.questions.filter((q) => q.question.type !== "slider")).toHaveLength(21);
    expect(one(r, "2+2=4").at).toEqual({ line: lineOf(name, "::Q1::") });
    expect(one(r, "2+2=4").question).toMatchObject({ type: "truefalse", options: ["Verdadeiro", "Falso"], correct: [0], timeLimitSec: 20, pointsMode: "standard" });
    expect(one(r, "Dom Casmurro foi _____ por").question).toMatchObject({ type: "single", options: ["pintado", "escrito", "filmado"], correct: [1] });
    expect(one(r, "O ano letivo").question.prompt).toBe("O ano letivo começa, na maioria das escolas, em _____ de cada ano.");
    expect(one(r, "De que país").at).toEqual({ line: lineOf(name, "De que país") });
    expect(byPrompt(r, "Brasília é a capital").map((q) => q.question.correct)).toEqual([[1], [1]]);
  });

  it("maps weights: an = makes single choice; without one, the positive weights are the correct set", () => {
    expect(one(r, "Questão difícil.").question).toMatchObject({ type: "single", correct: [2] });
    expect(one(r, "Questão difícil.").notes.map((n) => n.params?.kind)).toEqual(["partial-credit"]);
    const planets = byPrompt(r, "Quais destes são planetas");
    expect(planets.map((q) => [q.question.type, q.question.correct])).toEqual([
      ["multiple", [1, 2]],
      ["multiple", [1, 2]],
    ]);
    expect(planets.flatMap((q) => q.notes)).toEqual([]);
  });

  it("uses the title only as a title, and the blank keeps the punctuation after the braces", () => {
    expect(one(r, "No Brasil, o Dia do Professor").question.prompt).toBe("No Brasil, o Dia do Professor é comemorado em _____ de outubro.");
    expect(one(r, "Machado de Assis nasceu").question.prompt).toBe("Machado de Assis nasceu no _____.");
  });

  it("turns per-option feedback into the explanation when there is no general feedback, with a note", () => {
    const q = one(r, "Qual é a resposta desta questão");
    expect(q.question.explanation).toBe("resposta errada: comentário sobre a resposta errada\noutra resposta errada: comentário sobre esta outra resposta errada\nresposta certa: Muito bem!");
    expect(q.notes).toEqual([expect.objectContaining({ at: q.at, params: { kind: "answer-feedback" } })]);
    // {FALSE#a}: the first feedback is for whoever answered wrong, i.e. chose "Verdadeiro".
    expect(byPrompt(r, "Brasília é a capital")[1]?.question.explanation).toBe("Verdadeiro: Brasília só é a capital desde 1960.");
  });

  it("reads escaped control characters as plain characters", () => {
    expect(one(r, "Qual resposta é igual a 5?").question).toMatchObject({ options: ["= 2 + 2", "= 2 + 3", "= 2 + 4"], correct: [1] });
    const control = one(r, "Qual destes NÃO é um caractere de controle");
    expect(control.question.options).toEqual(["~", "=", "#", "{", "}", "\\"]);
    expect(control.question.correct).toEqual([5]);
    expect(control.question.explanation).toContain("\\: Correto! \\ (barra invertida) não é um caractere de controle, MAS serve para escapar");
  });

  it("reads short answers (only = answers, a lone {=a} too) as typed answers, every = answer accepted", () => {
    const blank = one(r, "Dois mais");
    expect(blank.at).toEqual({ line: lineOf(name, "::Q3::") });
    // Missing word: the blank stays in the prompt, as for multiple choice.
    expect(blank.question).toEqual({ type: "typeAnswer", prompt: "Dois mais _____ é igual a quatro.", options: ["dois", "2"], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard" });
    expect(blank.notes).toEqual([]);
    const typed = byPrompt(r, "Quem escreveu Dom Casmurro?").find((q) => q.question.type === "typeAnswer");
    expect(typed?.at).toEqual({ line: lineOf(name, "Quem escreveu Dom Casmurro?{=Machado") });
    expect(typed?.question).toMatchObject({ options: ["Machado de Assis", "Machado"], correct: [] });
    expect(one(r, "A língua portuguesa veio").question).toMatchObject({ type: "typeAnswer", options: ["Portugal"], correct: [] });
    // Per-answer feedback becomes the explanation, noted, as for options.
    const markdown = one(r, "Quem escreveu **Dom Casmurro**?");
    expect(markdown.question).toMatchObject({ type: "typeAnswer", options: ["Machado de Assis", "Machado"], explanation: "Machado de Assis: excelente!\nMachado: excelente!" });
    expect(markdown.notes.map((n) => n.params?.kind)).toEqual(["answer-feedback"]);
    expect(r.questions.filter((q) => q.question.type === "typeAnswer")).toHaveLength(4);
  });

  it("lists every kind Lousa can't play yet at its line, with the kind", () => {
    expect(kinds(r)).toEqual([`UNSUPPORTED_KIND:matching@${lineOf(name, "::Q4::")}`, `UNSUPPORTED_KIND:essay@${lineOf(name, "::Q6::")}`, `UNSUPPORTED_KIND:matching@${lineOf(name, "Associe cada estado")}`]);
    expect(r.problems.every((p) => p.message.includes("Lousa can't play"))).toBe(true);
    // Each says which question it was, by its first words.
    expect(r.problems.find((p) => p.at && "line" in p.at && p.at.line === lineOf(name, "Associe cada estado"))?.params?.prompt).toMatch(/^Associe cada estado/);
  });
});

describe("importGift: the numerical questions of Moodle's GIFT documentation, as sliders", () => {
  const name = "moodle-docs-constructs.gift";
  const r = read(name);
  const sliders = r.questions.filter((q) => q.question.type === "slider");

  it("each at its line, the full-mark answer with its tolerance, a range's middle within half its width", () => {
    expect(sliders.map((q) => [q.at, q.question.slider?.answer, q.question.slider?.tolerance])).toEqual([
      [{ line: lineOf(name, "::Q5::") }, 3, 2],
      [{ line: lineOf(name, "{#1822}") }, 1822, 0],
      [{ line: lineOf(name, "{#3.1415:0.0005}") }, 3.1415, 0.0005],
      [{ line: lineOf(name, "{#3.141..3.142}") }, 3.1415, 0.0005],
      [{ line: lineOf(name, "proclamada a República") }, 1889, 0],
      [{ line: lineOf(name, "Quanto é 2 mais 2?") }, 4, 0],
      [{ line: lineOf(name, "::Exemplo numérico::") }, 1822, 0],
    ]);
    // The braces before a full stop are a blank in the prompt, as for missing words.
    expect(sliders[2]?.question.prompt).toBe("Qual o valor de pi (com 3 casas decimais)? _____.");
  });

  it("notes the scale made up for each, the partial answers left out and the answers' feedback", () => {
    expect(sliders.every((q) => q.notes.some((n) => n.params?.kind === "slider-scale"))).toBe(true);
    const example = sliders[6];
    expect(example?.notes.map((n) => n.params?.kind)).toEqual(["partial-credit", "slider-scale", "answer-feedback"]);
    expect(example?.question.explanation).toBe("1822:0: Correto! 100% do crédito\n1822:2: Foi em 1822. Você ganha 50% por chegar perto.");
  });
});

describe("importGift: a file exported by Moodle", () => {
  const name = "moodle-export.gift";
  const r = read(name);

  it("takes the bank title from the first category's last segment ('//' is a '/' in a name)", () => {
    expect(r.title).toBe("Genética/Hereditariedade");
  });

  it("turns Moodle's HTML, entities and escapes into the text the teacher wrote", () => {
    expect(one(r, "Qual base pareia").question).toMatchObject({
      type: "single",
      prompt: "Qual base pareia com a adenina no DNA?",
      options: ["Timina", "Citosina", "Guanina", "Uracila"],
      explanation: "No DNA, A pareia com T (duas pontes de hidrogênio); no RNA, com U.",
    });
    expect(one(r, "Qual base pareia").at).toEqual({ line: lineOf(name, "::Q1::") });
    expect(one(r, "O DNA é formado").question.prompt).toBe("O DNA é formado por duas fitas antiparalelas.");
    expect(one(r, "O DNA é formado").question.explanation).toBe("Verdadeiro: Isso: são antiparalelas.\nFalso: Reveja a estrutura de Watson & Crick.");
    expect(one(r, "Quais são bases").question).toMatchObject({ type: "multiple", prompt: "Quais são bases púricas?\nMarque todas.", correct: [0, 1] });
    expect(one(r, "Na razão 3:1").question.prompt).toBe('Na razão 3:1 de Mendel, o "3" conta os fenótipos…');
    expect(one(r, "Na razão 3:1").question.options[2]).toBe("intermediários <codominância>");
    expect(one(r, "Abra o artigo").question).toMatchObject({ prompt: "Abra o artigo e diga: um gene é um trecho de DNA?", explanation: "Sim." });
  });

  it("lists the essay and ignores Moodle's comment lines ([id:], [tag:], question: n)", () => {
    expect(kinds(r)).toEqual([`UNSUPPORTED_KIND:essay@${lineOf(name, "::Q5::")}`]);
    expect(r.questions).toHaveLength(5);
  });
});

describe("importGift: what teachers type by hand", () => {
  const name = "hand-written.gift";
  const r = read(name);

  it("reads a question over several lines with a comment inside, at its first line", () => {
    expect(r.title).toBe("Ciências");
    expect(one(r, "Qual destes é um").question.prompt).toBe("Qual destes é um mamífero que põe ovos?");
    expect(one(r, "Qual destes é um").at).toEqual({ line: lineOf(name, "::multi-linha::") });
  });

  it("accepts what Moodle accepts outside the braces (=, ~, #, : and URLs) and keeps \\n as a line break", () => {
    expect(one(r, "Nota:").question.prompt).toBe("Nota: 1+1=2 e a ~ é til; veja http://exemplo.com.br/ajuda");
    expect(one(r, "Primeira linha").question.prompt).toBe("Primeira linha\nSegunda linha da pergunta");
    expect(one(r, "A água ferve").question).toMatchObject({ prompt: "A água ferve a _____ °C ao nível do mar.", correct: [1] });
  });

  it("keeps the general feedback and leaves out the options' own, saying so", () => {
    const q = one(r, "Qual é a capital do Ceará?");
    expect(q.question.explanation).toBe("Fortaleza é a capital desde 1799.");
    expect(q.notes.map((n) => n.params?.kind)).toEqual(["answer-feedback"]);
    expect(one(r, "O Amazonas").question.explanation).toBe("Verdadeiro: Certo: é o de maior vazão.\nFalso: Reveja a aula 3.");
  });

  it("reads Moodle-style decimal weights and HTML in the default format, keeps [plain] and lone < > as typed", () => {
    expect(one(r, "Quais são números pares?").question).toMatchObject({ type: "multiple", correct: [0, 1, 2] });
    expect(one(r, "Texto em negrito").question).toMatchObject({ prompt: "Texto em negrito com é e &", options: ["a < b", "a > b"] });
    expect(one(r, "Se a < b e b > c").question.options).toEqual(["nada se conclui sobre a e c", "a > c"]);
    expect(one(r, "Em HTML,").question.prompt).toBe("Em HTML, <b>negrito</b> &amp; mais.");
    expect(one(r, "Em LaTeX").question.prompt).toBe("Em LaTeX, \\(x^2\\) é x ao quadrado.");
  });

  it("keeps -> as text in choices (Moodle reads answers with a ~ as multiple choice, never matching)", () => {
    expect(one(r, "Qual fórmula equivale a p -> q?").question.options).toEqual(["¬p ∨ q", "q -> p", "p ∧ ¬q"]);
    expect(one(r, "Setas nas respostas").question).toMatchObject({ options: ["p -> q", "q -> p"], correct: [0] });
  });

  it("reports what the shared rules refuse at the question's line, and reads the description as a slide", () => {
    expect(one(r, "Este parágrafo").question).toMatchObject({ type: "slide", prompt: "Este parágrafo não tem respostas: é uma descrição.", explanation: "" });
    expect(r.problems.map((p) => `${p.code}@${"line" in p.at ? p.at.line : "?"}`)).toEqual([
      `SINGLE_NEEDS_ONE_CORRECT@${lineOf(name, "Duas respostas")}`,
      `OPTIONS_DUPLICATE@${lineOf(name, "Opções repetidas")}`,
      `OPTIONS_COUNT@${lineOf(name, "Só uma opção")}`,
      `CORRECT_NONE@${lineOf(name, "Só uma opção")}`,
      `CORRECT_NONE@${lineOf(name, "Nenhuma certa")}`,
      `OPTIONS_COUNT@${lineOf(name, "Sete opções")}`,
    ]);
    expect(r.questions).toHaveLength(15);
  });
});

describe("importGift: poll and ordering, which GIFT has no syntax for", () => {
  it("names the ordering plugin's {>…} extension as an ordering question, says how to bring it, and still lists matching as matching", () => {
    const r = gift("::Q1:: Ordene os planetas {>4 ALL VERTICAL ALL_OR_NOTHING SHOW none\nMercúrio\nVênus\nTerra\nMarte\n}\n\n::Q2:: Associe {=Brasil -> Brasília =Peru -> Lima}\n\n::Q3:: Capital? {=Brasília ~Rio}\n");
    expect(r.problems.map((p) => [p.code, p.params?.["kind"], p.at])).toEqual([
      ["UNSUPPORTED_KIND", "ordering", { line: 1 }],
      ["UNSUPPORTED_KIND", "matching", { line: 8 }],
    ]);
    expect(r.problems[0]?.message).toMatch(/GIFT has no ordering question .*export it from Moodle as Moodle XML/);
    expect(r.problems[0]?.params?.["prompt"]).toBe("Ordene os planetas");
    expect(r.questions.map((q) => q.question.prompt)).toEqual(["Capital?"]);
  });

  it("keeps a short answer whose text merely starts with > a short answer (a typed answer)", () => {
    const r = gift("::Q:: Maior? {=>}\n");
    expect(r.problems).toEqual([]);
    expect(r.questions.map((q) => q.question)).toMatchObject([{ type: "typeAnswer", prompt: "Maior?", options: [">"], correct: [] }]);
  });
});

describe("importGift: broken and wrong files", () => {
  it("reports each broken question as SYNTAX at its line, with the exact line, and imports the others", () => {
    const name = "broken.gift";
    const r = read(name);
    expect(r.questions.map((q) => q.question.prompt)).toEqual(["Primeira, correta.", "Segunda, correta.", "Terceira, correta."]);
    expect(r.questions.map((q) => q.at)).toEqual([{ line: lineOf(name, "Primeira") }, { line: lineOf(name, "Segunda") }, { line: lineOf(name, "Terceira") }]);
    const blank = lineOf(name, "Linha em branco");
    expect(r.problems.map((p) => [p.code, p.at, p.params?.line])).toEqual([
      ["SYNTAX", { line: lineOf(name, "Chave nunca fechada") }, lineOf(name, "Chave nunca fechada")],
      ["SYNTAX", { line: lineOf(name, "Chave fechada sem abrir") }, lineOf(name, "Chave fechada sem abrir")],
      // As in Moodle, a blank line ends a question: both halves are broken.
      ["SYNTAX", { line: blank }, blank + 1],
      ["SYNTAX", { line: blank + 3 }, blank + 3],
      ["SYNTAX", { line: lineOf(name, "::só o título::") }, lineOf(name, "::só o título::")],
    ]);
  });

  it("reads a file saved with a BOM and CRLF line ends", () => {
    const r = read("bom-crlf.gift");
    expect(r.title).toBe("Windows");
    expect(r.questions.map((q) => [q.at, q.question.prompt, q.question.options])).toEqual([
      [{ line: 3 }, "Arquivo salvo no Bloco de Notas?", ["sim", "não"]],
      [{ line: 8 }, "Fim de linha CRLF.", ["Verdadeiro", "Falso"]],
    ]);
    expect(r.problems).toEqual([]);
  });

  it.each(["empty.gift", "comments-only.gift", "not-gift.aiken.txt"])("refuses %s whole as FILE_UNREADABLE", (name) => {
    const r = read(name);
    expect(r.questions).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(["FILE_UNREADABLE"]);
  });

  it("refuses a binary file and a file over the size limit before reading them", () => {
    const binary = importGift(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe]), DEFAULTS_PT);
    expect(binary.problems.map((p) => p.code)).toEqual(["FILE_UNREADABLE"]);
    const huge = new TextEncoder().encode("Q {T}\n\n".repeat(Math.ceil(MAX_IMPORT_BYTES / 7) + 1));
    expect(huge.byteLength).toBeGreaterThan(MAX_IMPORT_BYTES);
    const r = importGift(huge, DEFAULTS_PT);
    expect([r.questions.length, r.problems.map((p) => p.code)]).toEqual([0, ["FILE_TOO_LARGE"]]);
  });

  it("refuses a file with more questions than a bank holds, whole", () => {
    const text = Array.from({ length: QUESTION_LIMITS.questionsPerBank + 1 }, (_, i) => `Pergunta ${i}? {=sim ~não}`).join("\n\n");
    const r = gift(text);
    expect([r.questions.length, r.problems.map((p) => p.code)]).toEqual([0, ["FILE_TOO_MANY_QUESTIONS"]]);
  });
});

describe("importGift: defaults", () => {
  it("gives true/false the bank language's words and every question the default time and points", () => {
    const r = importGift(new TextEncoder().encode("The sun rises in the east.{TRUE}"), { ...DEFAULTS_EN, timeLimitSec: 45, pointsMode: "double" });
    expect(r.questions[0]?.question).toEqual({ type: "truefalse", prompt: "The sun rises in the east.", options: ["True", "False"], correct: [0], explanation: "", timeLimitSec: 45, pointsMode: "double" });
  });
});

describe("importGift: short answer → typed answer", () => {
  it("accepts every = answer; = answers worth part of the mark are left out, noted, and the question still imports", () => {
    const r = gift("::T:: Qual comando mostra a versão do kernel? {\n\t=uname -r\n\t=uname --kernel-release\n\t=%50%uname -a\n\t=%100%cat /proc/sys/kernel/osrelease\n\t####`uname -r` imprime a release.\n}\n");
    expect(r.problems).toEqual([]);
    const [q] = r.questions;
    expect(q?.question).toEqual({
      type: "typeAnswer",
      prompt: "Qual comando mostra a versão do kernel?",
      options: ["uname -r", "uname --kernel-release", "cat /proc/sys/kernel/osrelease"],
      correct: [],
      explanation: "`uname -r` imprime a release.",
      timeLimitSec: 20,
      pointsMode: "standard",
    });
    expect(q?.notes).toEqual([expect.objectContaining({ at: { line: 1 }, code: "FIELD_DROPPED", params: { kind: "partial-credit" } })]);
    expect(q?.notes[0]?.message).toContain('"uname -a"');
  });

  it("a lone {=a} is a short answer (Moodle's rule: one = answer and no ~), with a general feedback and no note", () => {
    const r = gift("Capital do Brasil? {=Brasília####Desde 1960.}\n");
    expect(r.questions.map((q) => [q.question.type, q.question.options, q.question.explanation, q.notes])).toEqual([["typeAnswer", ["Brasília"], "Desde 1960.", []]]);
  });

  it("a short answer whose answers are all partial has nothing to accept: refused by the shared rules, at its line", () => {
    const r = gift("// só parcial\nQ? {=%50%a =%25%b}\n");
    expect(r.questions).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.at])).toEqual([["OPTIONS_COUNT", { line: 2 }]]);
  });

  it("numerical is a slider and matching stays UNSUPPORTED_KIND, next to a short answer that imports", () => {
    const r = gift("A? {#4}\n\nB? {=gato -> ração =cão -> osso}\n\nC? {=c}\n");
    expect(kinds(r)).toEqual(["UNSUPPORTED_KIND:matching@3"]);
    expect(r.questions.map((q) => [q.question.type, q.at])).toEqual([["slider", { line: 1 }], ["typeAnswer", { line: 5 }]]);
  });
});
