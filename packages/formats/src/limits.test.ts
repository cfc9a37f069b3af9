import { QUESTION_LIMITS } from "@lousa/protocol";
import { importBank } from "./index";
import { MAX_CSV_COLUMNS, MAX_CSV_ROWS } from "./spreadsheet/csv-read";
import { DEFAULTS_PT, type FormatId, type ImportResult } from "./types";

/** Every format counts its questions before mapping any, and refuses the file whole past the limit. */
const over = QUESTION_LIMITS.questionsPerBank + 1;
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const times = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join("");
const refusal = (r: ImportResult) => ({ questions: r.questions.length, problems: r.problems.map((p) => [p.code, p.at]) });

describe("too many questions: refused early, at the first one over the limit", () => {
  it.each<[FormatId, string, unknown]>([
    ["gift", times(over, (i) => `Q${i} {=a ~b}\n\n`), { line: 2 * QUESTION_LIMITS.questionsPerBank + 1 }],
    ["aiken", times(over, (i) => `Q${i}\nA) a\nB) b\nANSWER: A\n`), { line: 1 }],
    ["moodle-xml", `<quiz>\n${times(over, (i) => `<question type="truefalse"><name><text>${i}</text></name></question>\n`)}</quiz>`, { line: QUESTION_LIMITS.questionsPerBank + 2 }],
    ["lousa-csv", `Pergunta;Opção 1;Opção 2;Correta\n${times(over, (i) => `Q${i};a;b;1\n`)}`, { row: QUESTION_LIMITS.questionsPerBank + 2 }],
  ])("%s", async (format, file, at) => {
    expect(refusal(await importBank(format, text(file), DEFAULTS_PT))).toEqual({ questions: 0, problems: [["FILE_TOO_MANY_QUESTIONS", at]] });
  });

  it("a CSV stops being read past its row limit, and a row of thousands of separators is refused", async () => {
    const rows = await importBank("lousa-csv", text(`Pergunta;Opção 1;Opção 2;Correta\n${"\n".repeat(MAX_CSV_ROWS + 10)}`), DEFAULTS_PT);
    expect(refusal(rows)).toEqual({ questions: 0, problems: [["FILE_TOO_MANY_QUESTIONS", { row: MAX_CSV_ROWS + 1 }]] });
    const wide = await importBank("lousa-csv", text(`Pergunta;Opção 1;Opção 2;Correta\nQ;a;b;1${";".repeat(100_000)}\n`), DEFAULTS_PT);
    expect(refusal(wide)).toEqual({ questions: 0, problems: [["LAYOUT", { row: 2 }]] });
    expect(MAX_CSV_COLUMNS).toBeLessThan(100_000);
  });
});

describe("one decoding rule for every text format: UTF-8, else Windows-1252", () => {
  // "Ação" and curly quotes as Notepad on a Portuguese Windows saves them (0xE7 ç, 0xE3 ã, 0x93/0x94 “ ”).
  const cp1252 = (s: string): Uint8Array => Uint8Array.from([...s].map((ch) => ({ "ç": 0xe7, "ã": 0xe3, "“": 0x93, "”": 0x94 })[ch] ?? ch.charCodeAt(0)));
  it.each<[FormatId, string]>([
    ["gift", "“Ação”? {=sim ~não}"],
    ["aiken", "“Ação”?\nA) sim\nB) não\nANSWER: A\n"],
    ["moodle-xml", '<quiz><question type="truefalse"><name><text>n</text></name><questiontext format="html"><text>“Ação”?</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>'],
    ["lousa-csv", "Pergunta;Opção 1;Opção 2;Correta\n“Ação”?;sim;não;1\n"],
  ])("%s", async (format, file) => {
    const r = await importBank(format, cp1252(file), DEFAULTS_PT);
    expect(r.problems).toEqual([]);
    expect(r.questions[0]?.question.prompt).toBe("“Ação”?");
  });

  it("a file with control bytes is still not text", async () => {
    expect((await importBank("gift", Uint8Array.from([0x51, 0x00, 0x7b, 0x7d]), DEFAULTS_PT)).problems.map((p) => p.code)).toEqual(["FILE_UNREADABLE"]);
  });
});
