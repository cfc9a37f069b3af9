import { BUILT_IN_BANKS, draftOf as toDraft, leftOut, numbersWhere } from "../built-in-drafts.test-helper";
import { XMLValidator } from "fast-xml-parser";
import { DEFAULTS_EN, DEFAULTS_PT, type BankDraft, type QuestionDraft } from "../types";
import { exportMoodleXml } from "./export-moodle-xml";
import { importMoodleXml } from "./import-moodle-xml";


const roundTrip = (bank: BankDraft) => importMoodleXml(exportMoodleXml(bank).body, bank.language === "en" ? DEFAULTS_EN : DEFAULTS_PT);
/** HTML (so Moodle XML) has no blank line next to a code block: write-text.ts says so; slides' texts have them. */
const besideBlocks = (text: string): string => text.replace(/\n{2,}(?=`{3})/g, "\n").replace(/(\n`{3,})\n{2,}/g, "$1\n");
// A slider's answer, tolerance and unit are in Moodle XML; its scale is not.
const content = ({ type, prompt, options, correct, explanation, slider }: QuestionDraft) => ({ type, prompt: besideBlocks(prompt), options, correct, explanation: besideBlocks(explanation), ...(slider ? { answer: slider.answer, tolerance: slider.tolerance, unit: slider.unit } : {}) });
const xmlOf = (bank: BankDraft) => new TextDecoder().decode(exportMoodleXml(bank).body);

const q = (over: Partial<QuestionDraft>): QuestionDraft => ({ type: "single", prompt: "?", options: ["a", "b"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard", ...over });

/** Text that must survive: XML and HTML specials, a CDATA end, entities typed as text, accents, emoji, line breaks. */
const tricky: BankDraft = {
  title: "Física & Química / 1º ano <turma A>",
  description: "Banco com <tags> & ]]> no meio",
  language: "pt-BR",
  questions: [
    q({ prompt: "Se a < b && b > c, então?\nLinha 2: \"aspas\" e 'apóstrofos'", options: ["<b>negrito</b> não é HTML aqui", "&amp; é texto, &#233; também", "]]> fecha CDATA?"], correct: [2], explanation: "Parágrafo 1.\n\nParágrafo 2 com ção, 😀 e @@PLUGINFILE@@/x.png" }),
    q({ type: "multiple", prompt: "Dois de seis", options: ["1", "2", "3", "4", "5", "6"], correct: [1, 4] }),
    q({ type: "multiple", prompt: "Seis de seis", options: ["a", "b", "c", "d", "e", "f"], correct: [0, 1, 2, 3, 4, 5] }),
    q({ type: "multiple", prompt: "Três de quatro", options: ["w", "x", "y", "z"], correct: [0, 2, 3] }),
    q({ type: "truefalse", prompt: "Verdadeiro é a primeira opção?", options: ["Verdadeiro", "Falso"], correct: [1] }),
    q({ prompt: "Com $course$/top/ e <!-- comentário --> no texto", options: ["<![CDATA[x]]>", "&lt;p&gt;"], correct: [1] }),
  ],
};

describe("exportMoodleXml: round trip through importMoodleXml", () => {
  it.each(BUILT_IN_BANKS.map((b) => [b.title, b] as const))("gives back the built-in bank %s: title, types (ordering and typed answers too), prompts, options, answers, explanations; polls noted", (_title, bank) => {
    const draft = toDraft(bank);
    const back = roundTrip(draft);
    expect(back.problems).toEqual([]);
    expect(back.title).toBe(draft.title);
    expect(back.questions.map((x) => content(x.question))).toEqual(draft.questions.filter((x) => x.type !== "poll").map(content));
    expect(back.questions.some((x) => x.question.type === "ordering")).toBe(true);
    expect(back.questions.some((x) => x.question.type === "typeAnswer")).toBe(true);
    // The only note an import gives: the scale each slider got, which Moodle doesn't hold.
    expect(back.questions.flatMap((x) => x.notes).map((n) => n.params?.kind)).toEqual(back.questions.filter((x) => x.question.type === "slider").map(() => "slider-scale"));
    const polls = numbersWhere(draft.questions, (type) => type === "poll");
    expect(polls.length).toBeGreaterThan(0);
    expect(leftOut(exportMoodleXml(draft).notes)).toEqual(polls);
  });

  it("gives back text with XML and HTML special characters, entities as text, emoji and line breaks", () => {
    const back = roundTrip(tricky);
    expect(back.problems).toEqual([]);
    expect(back.title).toBe(tricky.title);
    expect(back.questions.map((x) => content(x.question))).toEqual(tricky.questions.map(content));
  });

  it("writes code as Moodle's <code> and <pre>, and reads it back as the same backticks and blocks", () => {
    const prompt = "Quantas camadas?\n```dockerfile\nFROM alpine:3.20\nRUN apk add --no-cache curl \\\n    && echo ok\n\nCMD [\"sh\"]\n```\nConte `RUN` e `COPY`.";
    const bank: BankDraft = { ...tricky, questions: [q({ prompt, options: ["`a < b` e `` x`y ``", "Um \\`literal\\` e um ` solto"], explanation: "```\n<b>não é HTML</b> & ]]>\n```" })] };
    const xml = xmlOf(bank);
    expect(xml).toContain('<pre><code class="language-dockerfile">FROM alpine:3.20\nRUN apk add');
    expect(xml).toContain("<code>RUN</code> e <code>COPY</code>");
    expect(roundTrip(bank).questions.map((x) => content(x.question))).toEqual([content({ ...bank.questions[0]!, options: ["`a < b` e ``x`y``", "Um \\`literal\\` e um ` solto"] })]);
  });

  it("writes a typed answer as Moodle's shortanswer: usecase 0, every accepted answer at 100%, * escaped", () => {
    const typed = q({ type: "typeAnswer", prompt: "Qual comando lista os .txt?", options: ["ls *.txt", "ls -- *.txt"], correct: [], explanation: "O `*` é do shell." });
    const xml = xmlOf({ ...tricky, questions: [typed] });
    expect(xml).toContain('<question type="shortanswer">');
    expect(xml).toContain("<usecase>0</usecase>");
    expect(xml).toMatch(/<answer fraction="100" format="moodle_auto_format">\s*<text>ls \\\*\.txt<\/text>/);
    expect(xml.match(/<answer /g)).toHaveLength(2);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("gives back typed answers (one to six accepted, XML specials, asterisks) and notes the ones that ignore accents", () => {
    const typed = [
      q({ type: "typeAnswer", prompt: "Uma só", options: ["Brasília"], correct: [] }),
      q({ type: "typeAnswer", prompt: "Seis", options: ["a < b", "x && y", "]]>", "&amp;", "ls \\*.txt", "*"], correct: [], explanation: "Qualquer uma." }),
      q({ type: "typeAnswer", prompt: "Sem acentos", options: ["núcleo"], correct: [], ignoreAccents: true }),
    ];
    const bank: BankDraft = { ...tricky, questions: typed };
    const back = roundTrip(bank);
    expect(back.problems).toEqual([]);
    // Moodle compares accents: ignoreAccents does not come back, and the export says so.
    expect(back.questions.map((x) => x.question)).toEqual(typed.map(({ ignoreAccents: _, ...rest }) => rest));
    expect(back.questions.flatMap((x) => x.notes)).toEqual([]);
    expect(exportMoodleXml(bank).notes).toEqual([{ question: 3, code: "FIELD_DROPPED", message: "Moodle's short answer compares accents: an import gives back a typed answer that counts them" }]);
  });

  it("gives back an English bank's true/false with the English pair", () => {
    const bank: BankDraft = { title: "Science", description: "", language: "en", questions: [q({ type: "truefalse", prompt: "Water boils at 100 °C at sea level.", options: ["True", "False"], correct: [0] })] };
    expect(roundTrip(bank).questions.map((x) => content(x.question))).toEqual(bank.questions.map(content));
  });

  it("writes true/false with other words as single choice (Moodle's true/false has no words of its own)", () => {
    const bank: BankDraft = { ...tricky, questions: [q({ type: "truefalse", prompt: "Certo ou errado?", options: ["Certo", "Errado"], correct: [1] })] };
    expect(xmlOf(bank)).not.toContain('type="truefalse"');
    expect(roundTrip(bank).questions[0]?.question).toMatchObject({ type: "single", options: ["Certo", "Errado"], correct: [1] });
  });
});

/** Moodle's question_bank::fraction_options_full(): the only marks its importer accepts (to 0.00001). */
const MOODLE_FRACTIONS = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0].flatMap((f) => [f, -f]);

describe("exportMoodleXml: the file Moodle reads", () => {
  const bank = toDraft(BUILT_IN_BANKS[0]!);
  const xml = xmlOf(tricky);

  it("is well-formed XML with a category for the bank, then one question per question", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n  <question type="category">')).toBe(true);
    expect(xml).toContain("<text><![CDATA[$course$/top/Física & Química // 1º ano <turma A>]]></text>");
    expect(xml.match(/<question type="(multichoice|truefalse)">/g)).toHaveLength(tricky.questions.length);
    expect(xmlOf(bank).match(/<question type="truefalse">/g)).toHaveLength(bank.questions.filter((x) => x.type === "truefalse").length);
  });

  it("writes HTML in CDATA, line breaks as <br>, a CDATA end split as Moodle does", () => {
    expect(xml).toContain('<questiontext format="html">\n      <text><![CDATA[Se a &lt; b &amp;&amp; b &gt; c, então?<br>Linha 2: "aspas" e \'apóstrofos\']]></text>');
    expect(xml).toContain("<text><![CDATA[]]&gt; fecha CDATA?]]></text>");
    expect(xmlOf({ ...tricky, title: "a ]]> b" })).toContain("<![CDATA[$course$/top/a ]]]]><![CDATA[> b]]>");
  });

  it("writes answers in order, numbered abc, with marks from Moodle's list that add up to 100%", () => {
    expect(xml.match(/<shuffleanswers>0<\/shuffleanswers>/g)).toHaveLength(5);
    expect(xml.match(/<answernumbering>abc<\/answernumbering>/g)).toHaveLength(5);
    const questions = xml.split('<question type="').slice(2);
    for (const block of questions) {
      const fractions = [...block.matchAll(/fraction="([^"]+)"/g)].map((m) => Number(m[1]) / 100);
      for (const f of fractions) expect(MOODLE_FRACTIONS.some((allowed) => Math.abs(allowed - f) < 0.00001)).toBe(true);
      const positive = fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0);
      expect(Math.round(positive * 100) / 100).toBe(1);
    }
    expect(questions[1]).toContain("<single>false</single>");
    expect([...(questions[1] ?? "").matchAll(/fraction="([^"]+)"/g)].map((m) => m[1])).toEqual(["-100", "50", "-100", "-100", "50", "-100"]);
    expect([...(questions[3] ?? "").matchAll(/fraction="([^"]+)"/g)].map((m) => m[1])).toEqual(["33.33333", "-100", "33.33333", "33.33333"]);
  });

  it("writes a true/false question as Moodle does: answers 'true' and 'false', the correct one at 100", () => {
    const tf = xml.split('<question type="').find((block) => block.startsWith("truefalse")) ?? "";
    expect(tf).toMatch(/<answer fraction="0" format="moodle_auto_format">\s*<text>true<\/text>/);
    expect(tf).toMatch(/<answer fraction="100" format="moodle_auto_format">\s*<text>false<\/text>/);
  });

  it("says which questions lose their time limit or points mode, and names the file after the bank", () => {
    const file = exportMoodleXml({ ...tricky, questions: [q({}), q({ timeLimitSec: 45 }), q({ pointsMode: "double" })] });
    expect(file.notes.map((n) => [n.question, n.code])).toEqual([
      [2, "TIME_LIMIT_NOT_ALLOWED"],
      [3, "FIELD_DROPPED"],
    ]);
    expect(file.filename).toBe("fisica-quimica-1o-ano-turma-a.xml");
    expect(file.contentType).toMatch(/^application\/xml/);
  });

  it("leaves out characters XML can't hold instead of writing an unreadable file", () => {
    const bell = exportMoodleXml({ ...tricky, questions: [q({ prompt: "Sino\u0007 aqui" })] });
    expect(XMLValidator.validate(new TextDecoder().decode(bell.body))).toBe(true);
    expect(importMoodleXml(bell.body, DEFAULTS_PT).questions[0]?.question.prompt).toBe("Sino aqui");
  });
});
