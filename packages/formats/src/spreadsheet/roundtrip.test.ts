import { BUILT_IN_BANKS, draftOf as draft, isNotChoiceQuizType, leftOut, numbersWhere } from "../built-in-drafts.test-helper";
import { DEFAULTS_EN, DEFAULTS_PT, type BankDraft, type ImportResult, type QuestionDraft } from "../types";
import { exportKahootXlsx } from "./kahoot-export";
import { importKahootXlsx } from "./kahoot-import";
import { KAHOOT, nearestKahootTime } from "./kahoot-layout";
import { exportLousaCsv, exportLousaXlsx } from "./lousa-export";
import { importLousaCsv, importLousaXlsx } from "./lousa-import";


/** Texts a spreadsheet or a CSV reader could mangle: formulas, separators, quotes, line breaks, apostrophes. */
const awkward: BankDraft = {
  title: "Awkward; \"texts\"",
  description: "",
  language: "pt-BR",
  questions: [
    { type: "single", prompt: "=1+1, +2; -3 @4", options: ["-1", "+1", "=SUM(A1:A2)", "@x", "'=already guarded'", "it's"], correct: [5], explanation: "Linha 1\nLinha 2;\n=3\t\"fim\"", timeLimitSec: 240, pointsMode: "none" },
    { type: "multiple", prompt: "Quais?\tTab; \"aspas\", vírgulas", options: ["1,3", "1;3", "2"], correct: [0, 1, 2], explanation: "", timeLimitSec: 5, pointsMode: "double" },
    { type: "truefalse", prompt: "'Começa com apóstrofo", options: ["Certo", "Errado"], correct: [1], explanation: "ação — reação ✓", timeLimitSec: 17, pointsMode: "standard" },
    // Items that look like the Correct column's own sequences, separators and formulas: the column stays empty.
    { type: "ordering", prompt: "Ordene; \"isto\", por favor", options: ["3;1;2", "=1>2", "2, depois 1", "-1", "@fim", "+último\nlinha"], correct: [0, 1, 2, 3, 4, 5], explanation: "1 > 2 > 3", timeLimitSec: 120, pointsMode: "double" },
    { type: "poll", prompt: "=Enquete? 1;2", options: ["1", "2"], correct: [], explanation: "", timeLimitSec: 10, pointsMode: "none" },
    // Accepted answers that look like formulas, numbers and yes/no words; all three states of Ignore accents.
    { type: "typeAnswer", prompt: "Digite: =SUM?", options: ["=SUM(A1)", "-1", "1;2", "sim", "'aspas'", "núcleo\nduas linhas"], correct: [], explanation: "", timeLimitSec: 30, pointsMode: "double", ignoreAccents: true },
    { type: "typeAnswer", prompt: "Uma só, acentos contam", options: ["São Paulo"], correct: [], explanation: "SP", timeLimitSec: 20, pointsMode: "standard", ignoreAccents: false },
    { type: "typeAnswer", prompt: "Sem dizer", options: ["@home", "+55"], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard" },
    // Decimals (a comma in a pt-BR CSV), negatives, a unit that looks like a formula; a slide with code.
    { type: "slider", prompt: "pH do sangue?", options: [], correct: [], explanation: "7,4", timeLimitSec: 20, pointsMode: "double", slider: { min: 6.5, max: 8.5, step: 0.05, answer: 7.4, tolerance: 0.1, unit: "=pH" } },
    { type: "slider", prompt: "Temperatura?", options: [], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard", slider: { min: -40, max: 10, step: 5, answer: -15, tolerance: 0, unit: "" } },
    { type: "slide", prompt: "=Intervalo; 10 min", options: [], correct: [], explanation: "Rodem:\n```sh\ndocker ps -a\n```", timeLimitSec: 20, pointsMode: "standard" },
  ],
};

const banks = [...BUILT_IN_BANKS.map(draft), awkward];
const defaultsFor = (bank: BankDraft) => (bank.language === "pt-BR" ? DEFAULTS_PT : DEFAULTS_EN);

function questionsOf(r: ImportResult): QuestionDraft[] {
  expect(r.problems).toEqual([]);
  return r.questions.map((q) => q.question);
}

describe.each(banks.map((bank) => [bank.title, bank] as const))("round trip of %s", (_title, bank) => {
  it.each(["pt-BR", "en"] as const)("CSV (%s) export → import gives back the same questions", (locale) => {
    const file = exportLousaCsv(bank, locale);
    expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const r = importLousaCsv(file.body, defaultsFor(bank));
    expect(questionsOf(r)).toEqual(bank.questions);
  });

  it.each(["pt-BR", "en"] as const)("XLSX (%s) export → import gives back the same questions and title", async (locale) => {
    const r = await importLousaXlsx((await exportLousaXlsx(bank, locale)).body, defaultsFor(bank));
    expect(questionsOf(r)).toEqual(bank.questions);
    expect(r.title).toBe(bank.title);
  });

  it("Kahoot export → import gives back every question it can carry, and notes each one it can't", async () => {
    const file = await exportKahootXlsx(bank);
    const quiz = bank.questions.filter((q) => !isNotChoiceQuizType(q.type));
    const carried = quiz.filter((q) => q.options.length <= KAHOOT.answers);
    const expected = carried.map((q) => ({ ...q, explanation: "", pointsMode: "standard", timeLimitSec: nearestKahootTime(q.timeLimitSec) }));
    const r = await importKahootXlsx(file.body, { ...defaultsFor(bank), pointsMode: "standard" });
    // A true/false question whose options aren't the true/false words comes back as a single-answer one.
    expect(questionsOf(r)).toEqual(expected.map((q) => (q.type === "truefalse" && q.options[0] === "Certo" ? { ...q, type: "single" } : q)));
    expect(file.notes.filter((n) => n.code === "TOO_MANY_OPTIONS")).toHaveLength(quiz.length - carried.length);
    // Kahoot's template holds quiz questions only: every poll, ordering and typed answer is left out by its own note.
    const missing = numbersWhere(bank.questions, isNotChoiceQuizType);
    expect(missing.length).toBeGreaterThanOrEqual(3);
    const typed = numbersWhere(bank.questions, (type) => type === "typeAnswer");
    expect(file.notes.filter((n) => typed.includes(n.question)).map((n) => n.message)).toEqual(typed.map((n) => `Question ${n} is left out: Kahoot's quiz template has no typed-answer question (players type the answer)`));
    expect(leftOut(file.notes)).toEqual(missing);
    expect(file.notes.filter((n) => n.code === "FIELD_DROPPED" && !missing.includes(n.question)).length).toBeLessThanOrEqual(2);
  });
});

describe("CSV separators", () => {
  it("writes `;` for pt-BR and `,` for en, with CRLF", () => {
    const bank = awkward;
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const pt = decoder.decode(exportLousaCsv(bank, "pt-BR").body);
    const en = decoder.decode(exportLousaCsv(bank, "en").body);
    expect(pt.split("\r\n")[0]).toBe("\uFEFFTipo;Pergunta;Opção 1;Opção 2;Opção 3;Opção 4;Opção 5;Opção 6;Correta(s);Explicação;Tempo (s);Pontos;Ignorar acentos;Min;Max;Passo;Resposta;Tolerância;Unidade");
    expect(en.split("\r\n")[0]).toBe("\uFEFFType,Question,Option 1,Option 2,Option 3,Option 4,Option 5,Option 6,Correct,Explanation,Time (s),Points,Ignore accents,Min,Max,Step,Answer,Tolerance,Unit");
    // A typed answer: its type word, Correct empty, Ignore accents as sim/não (yes/no), empty when unset.
    const rows = pt.split("\r\n");
    expect(rows.find((r) => r.startsWith("digitar;Uma só"))).toBe("digitar;Uma só, acentos contam;São Paulo;;;;;;;SP;20;padrão;não;;;;;;");
    expect(en.split("\r\n").find((r) => r.startsWith("type answer,Sem dizer"))).toBe("type answer,Sem dizer,'@home,'+55,,,,,,,20,standard,,,,,,,");
    expect(rows.find((r) => r.startsWith("digitar;Digite"))?.endsWith(";30;dobro;sim;;;;;;")).toBe(true);
    // A slider's numbers: a decimal comma in pt-BR, a point in English.
    expect(rows.find((r) => r.startsWith("controle deslizante;pH"))).toBe("controle deslizante;pH do sangue?;;;;;;;;7,4;20;dobro;;6,5;8,5;0,05;7,4;0,1;'=pH");
    expect(en.split("\r\n").find((r) => r.startsWith("slider,pH"))).toBe("slider,pH do sangue?,,,,,,,,\"7,4\",20,double,,6.5,8.5,0.05,7.4,0.1,'=pH");
  });
});
