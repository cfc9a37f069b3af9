import { QUESTION_LIMITS } from "@lousa/protocol";
import { DEFAULTS_PT, MAX_IMPORT_BYTES } from "../types";
import { fixture, fixtureText } from "./fixtures.test-helper";
import { importMoodleXml } from "./import-moodle-xml";

const encode = (text: string) => new TextEncoder().encode(text);
const read = (bytes: Uint8Array) => importMoodleXml(bytes, DEFAULTS_PT);
const only = (bytes: Uint8Array) => {
  const r = read(bytes);
  expect(r.questions).toEqual([]);
  expect(r.problems).toHaveLength(1);
  return r.problems[0];
};

/** A well-formed multiple-choice question of about `size` characters of HTML. */
const question = (n: number, size = 40) =>
  `<question type="multichoice"><name><text>Q${n}</text></name><questiontext format="html"><text><![CDATA[<p>Pergunta ${n}: ${"á".repeat(size)}</p>]]></text></questiontext>` +
  `<answer fraction="100"><text>Sim</text></answer><answer fraction="0"><text>Não</text></answer></question>\n`;
const quiz = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${body}</quiz>\n`;

describe("importMoodleXml: files it must refuse, whole and clearly", () => {
  it("broken XML: one FILE_UNREADABLE at the line where it breaks, no questions", () => {
    expect(only(fixture("broken.xml"))).toMatchObject({ code: "FILE_UNREADABLE", at: { line: 12 }, params: { reason: "xml" } });
    expect(only(fixture("broken.xml"))?.message).toMatch(/Expected closing tag 'questiontext'/);
  });

  it("a file over MAX_IMPORT_BYTES, before reading it", () => {
    const real = fixture("multichoice-single.xml");
    const padded = new Uint8Array(MAX_IMPORT_BYTES + 1);
    padded.set(real);
    padded.fill(0x20, real.length);
    expect(only(padded)?.code).toBe("FILE_TOO_LARGE");
  });

  it("more questions than a bank holds", () => {
    const body = Array.from({ length: QUESTION_LIMITS.questionsPerBank + 1 }, (_, i) => question(i)).join("");
    expect(only(encode(quiz(body)))?.code).toBe("FILE_TOO_MANY_QUESTIONS");
  });

  it("a billion-laughs DOCTYPE: refused before any entity is expanded", () => {
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    expect(only(fixture("billion-laughs.xml"))).toMatchObject({ code: "FILE_UNREADABLE", at: { line: 2 }, params: { reason: "doctype" } });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });

  it("an external entity (XXE): refused, nothing is fetched", () => {
    expect(only(fixture("external-entity.xml"))).toMatchObject({ code: "FILE_UNREADABLE", params: { reason: "doctype" } });
  });

  it("another XML document, an empty file, a binary file", () => {
    expect(only(fixture("not-moodle.xml"))).toMatchObject({ code: "FILE_UNREADABLE", params: { reason: "not-moodle" } });
    expect(only(new Uint8Array(0))).toMatchObject({ code: "FILE_UNREADABLE", params: { reason: "empty" } });
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x00]);
    expect(only(xlsx)).toMatchObject({ code: "FILE_UNREADABLE", params: { reason: "binary" } });
    expect(only(encode("Pergunta 1?\nA) sim\nB) não\nANSWER: A\n"))?.code).toBe("FILE_UNREADABLE");
  });

  it("nesting deep enough to exhaust a recursive reader", () => {
    const deep = quiz(`<question type="multichoice">${"<a>".repeat(5000)}${"</a>".repeat(5000)}</question>`);
    expect(only(encode(deep))).toMatchObject({ code: "FILE_UNREADABLE", params: { reason: "xml" } });
  });
});

describe("importMoodleXml: files it must read", () => {
  it("UTF-8 with a BOM and Windows line endings, lines counted as the teacher's editor shows them", () => {
    const r = read(fixture("bom-crlf.xml"));
    expect(r.problems).toEqual([]);
    expect(r.title).toBe("Acentuação");
    expect(r.questions[0]).toMatchObject({ at: { line: 8 }, question: { prompt: "Em qual frase a crase está correta?", options: ["Vou à escola.", "Vou à pé."], correct: [0] } });
    expect(fixtureText("bom-crlf.xml").split("\r\n")[7]).toContain('<question type="multichoice">');
  });

  it("a file just under the size limit with a full bank, in reasonable time", () => {
    const body = Array.from({ length: QUESTION_LIMITS.questionsPerBank }, (_, i) => question(i, 480)).join("");
    const bytes = encode(quiz(body));
    expect(bytes.byteLength).toBeGreaterThan(MAX_IMPORT_BYTES / 10);
    expect(bytes.byteLength).toBeLessThan(MAX_IMPORT_BYTES);
    const started = performance.now();
    const r = read(bytes);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.problems).toEqual([]);
    expect(r.questions).toHaveLength(QUESTION_LIMITS.questionsPerBank);
    expect(r.questions[499]?.at).toEqual({ line: 502 });
  });

  it("a question too long for Lousa is reported at its line with the shared schema's code", () => {
    const r = read(encode(quiz(question(1, QUESTION_LIMITS.prompt + 1))));
    expect(r.questions).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ code: "PROMPT_TOO_LONG", at: { line: 3 } })]);
  });
});
