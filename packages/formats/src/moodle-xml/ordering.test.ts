import { XMLValidator } from "fast-xml-parser";
import { DEFAULTS_PT, type BankDraft, type QuestionDraft } from "../types";
import { exportMoodleXml } from "./export-moodle-xml";
import { fixture, lineOf } from "./fixtures.test-helper";
import { importMoodleXml } from "./import-moodle-xml";

const FILE = "ordering.xml";
const q = (over: Partial<QuestionDraft>): QuestionDraft => ({ type: "ordering", prompt: "Ordene.", options: ["a", "b", "c"], correct: [0, 1, 2], explanation: "", timeLimitSec: 20, pointsMode: "standard", ...over });
const bankOf = (questions: QuestionDraft[]): BankDraft => ({ title: "Ordem", description: "", language: "pt-BR", questions });
const xmlOf = (bank: BankDraft): string => new TextDecoder().decode(exportMoodleXml(bank).body);
const content = ({ type, prompt, options, correct, explanation }: QuestionDraft) => ({ type, prompt, options, correct, explanation });
const notesOf = (notes: readonly { code: string; params?: Readonly<Record<string, string | number>> }[]) => notes.map((n) => [n.code, n.params?.["kind"], n.params?.["field"]]);

describe("importMoodleXml: ordering questions (qtype_ordering)", () => {
  const r = importMoodleXml(fixture(FILE), DEFAULTS_PT);
  const at = (nth: number) => ({ line: lineOf(FILE, '<question type="ordering">', nth) });

  it("reads a question as Moodle exports it: every item, in order, all-or-nothing, with nothing to note", () => {
    expect(r.title).toBe("Ordenação");
    expect(r.questions[0]).toEqual({
      at: at(0),
      question: {
        type: "ordering",
        prompt: "Ordene os planetas a partir do Sol.",
        options: ["Mercúrio", "Vênus", "Terra", "Marte"],
        correct: [0, 1, 2, 3],
        explanation: "Mercúrio é o mais próximo do Sol; Marte, o mais distante destes quatro.",
        timeLimitSec: DEFAULTS_PT.timeLimitSec,
        pointsMode: DEFAULTS_PT.pointsMode,
      },
      notes: [],
    });
  });

  it("takes every non-blank item as HTML text, and notes the subset, the partial credit, the image and the item feedback", () => {
    const water = r.questions[1];
    expect(water?.at).toEqual(at(1));
    expect(water?.question).toMatchObject({ prompt: "Coloque as etapas do ciclo da água em ordem, a partir da evaporação.", options: ["Evaporação", "Condensação", "Precipitação", "Infiltração & escoamento"], correct: [0, 1, 2, 3], explanation: "" });
    expect(notesOf(water?.notes ?? [])).toEqual([
      ["FIELD_DROPPED", "image", "options"],
      ["FIELD_DROPPED", "item-subset", "options"],
      ["FIELD_DROPPED", "partial-credit", "correct"],
      ["FIELD_DROPPED", "answer-feedback", "explanation"],
    ]);
    // The blank item is not an item (Moodle skips it too): 3 of the 4 real items per attempt.
    expect(water?.notes[1]?.message).toBe("Moodle shows 3 of these 4 items in each attempt; Lousa plays all 4, in the order the file lists them");
    expect(water?.notes[2]?.message).toMatch(/grading ABSOLUTE_POSITION\); in Lousa an order scores only when it is entirely right/);
  });

  it("reads an old plugin export: file order is the right order whatever the fractions say; a missing grading type is partial credit", () => {
    const old = r.questions[2];
    expect(old?.question).toMatchObject({ options: ["Planejar", "Executar", "Avaliar"], correct: [0, 1, 2] });
    // <studentsee>6</studentsee> of 3 items shows them all: no subset note.
    expect(notesOf(old?.notes ?? [])).toEqual([["FIELD_DROPPED", "partial-credit", "correct"]]);
    expect(old?.notes[0]?.message).toMatch(/grading RELATIVE_NEXT_EXCLUDE_LAST/);
  });

  it("reports questions with more items than Lousa orders, or too few, at their lines", () => {
    expect(r.questions).toHaveLength(3);
    expect(r.problems.map((p) => [p.at, p.code])).toEqual([
      [at(3), "OPTIONS_COUNT"],
      [at(4), "OPTIONS_COUNT"],
    ]);
    // Seven items: one problem saying what to do, not also "correct out of range" for the seventh position.
    expect(r.problems[0]).toMatchObject({ message: expect.stringMatching(/has 7 items; Lousa puts 2 to 6 in order: split it/), params: { count: 7, max: 6 } });
  });

  it("reads a subset's count as Moodle does: missing is 6, not a number or under 2 is 2", () => {
    const items = ["a", "b", "c", "d", "e", "f"].map((t, i) => `<answer fraction="${i + 1}"><text>${t}</text></answer>`).join("");
    const subset = (options: string) => {
      const xml = `<?xml version="1.0"?><quiz><question type="ordering"><questiontext><text>Q</text></questiontext>${options}<gradingtype>ALL_OR_NOTHING</gradingtype>${items}</question></quiz>`;
      const notes = importMoodleXml(new TextEncoder().encode(xml), DEFAULTS_PT).questions[0]?.notes ?? [];
      return notes.map((n) => n.message.replace(/^Moodle shows (\d+) of these 6 items.*$/, "$1"));
    };
    expect(subset("")).toEqual([]);
    expect(subset("<selecttype>RANDOM</selecttype>")).toEqual([]);
    expect(subset("<selecttype>random</selecttype><selectcount>4</selectcount>")).toEqual(["4"]);
    expect(subset("<selecttype>CONTIGUOUS</selecttype><selectcount>1</selectcount>")).toEqual(["2"]);
    expect(subset("<selecttype>CONTIG</selecttype><selectcount></selectcount>")).toEqual(["2"]);
    expect(subset("<selecttype>RANDOM</selecttype><selectcount>9</selectcount>")).toEqual([]);
    expect(subset("<selecttype>EXACT</selecttype><selectcount>3</selectcount>")).toEqual([]);
    expect(subset("<selecttype>ALL</selecttype><selectcount>0</selectcount>")).toEqual([]);
  });
});

describe("exportMoodleXml: ordering and polls", () => {
  const tricky = bankOf([
    q({ prompt: "Ordene: a < b && c > d", options: ["<p>primeiro</p>", "segundo &amp; meio", "]]> terceiro", "quarto\ncom linha"], correct: [0, 1, 2, 3], explanation: "Porque <sim>." }),
    q({ options: ["x", "y"], correct: [0, 1] }),
    q({ options: ["1", "2", "3", "4", "5", "6"], correct: [0, 1, 2, 3, 4, 5] }),
  ]);

  it("writes Moodle's ordering question: every item, all-or-nothing, each item's position as its fraction", () => {
    const xml = xmlOf(tricky);
    expect(XMLValidator.validate(xml)).toBe(true);
    const blocks = xml.split('<question type="').slice(2);
    expect(blocks.map((b) => b.slice(0, b.indexOf('"')))).toEqual(["ordering", "ordering", "ordering"]);
    const first = blocks[0] ?? "";
    for (const element of ["<layouttype>VERTICAL</layouttype>", "<selecttype>ALL</selecttype>", "<selectcount>4</selectcount>", "<gradingtype>ALL_OR_NOTHING</gradingtype>", "<showgrading>SHOW</showgrading>", "<numberingstyle>none</numberingstyle>"]) {
      expect(first).toContain(element);
    }
    // Moodle's own order: the options come after the head and before the items.
    expect(first.indexOf("<hidden>")).toBeLessThan(first.indexOf("<layouttype>"));
    expect(first.indexOf("<numberingstyle>")).toBeLessThan(first.indexOf("<answer"));
    expect([...first.matchAll(/<answer fraction="([^"]+)" format="html">/g)].map((m) => m[1])).toEqual(["1.0000000", "2.0000000", "3.0000000", "4.0000000"]);
    expect(first).toContain("<text><![CDATA[&lt;p&gt;primeiro&lt;/p&gt;]]></text>");
    expect(first).not.toContain("<single>");
  });

  it("reads back as the same ordering questions, with no notes either way", () => {
    const file = exportMoodleXml(tricky);
    expect(file.notes).toEqual([]);
    const back = importMoodleXml(file.body, DEFAULTS_PT);
    expect(back.problems).toEqual([]);
    expect(back.questions.map((x) => content(x.question))).toEqual(tricky.questions.map(content));
    expect(back.questions.flatMap((x) => x.notes)).toEqual([]);
  });

  it("leaves a poll out with a note of its own (Moodle has no question without a right answer), numbering the others as the bank does", () => {
    const poll = q({ type: "poll", prompt: "Gostou?", options: ["Sim", "Não"], correct: [], timeLimitSec: 45, pointsMode: "double" });
    const single = q({ type: "single", prompt: "Depois da enquete", options: ["a", "b"], correct: [1], timeLimitSec: 30 });
    const file = exportMoodleXml(bankOf([q({}), poll, single]));
    expect(file.notes).toEqual([
      { question: 2, code: "FIELD_DROPPED", message: "Question 2 is left out: Moodle has no poll (a question with no right answer)" },
      { question: 3, code: "TIME_LIMIT_NOT_ALLOWED", message: "Moodle XML has no time limit per question: 30 s is not in the file (an import gives 20 s)" },
    ]);
    const xml = new TextDecoder().decode(file.body);
    expect(xml).not.toContain("Gostou?");
    expect(importMoodleXml(file.body, DEFAULTS_PT).questions.map((x) => x.question.prompt)).toEqual(["Ordene.", "Depois da enquete"]);
  });
});
