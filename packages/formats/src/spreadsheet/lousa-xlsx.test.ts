import ExcelJS from "exceljs";
import { DEFAULTS_EN, DEFAULTS_PT, MAX_IMPORT_BYTES, type BankDraft } from "../types";
import { exportLousaXlsx, lousaTemplate } from "./lousa-export";
import { importLousaCsv, importLousaXlsx } from "./lousa-import";
import { checkZip } from "./zip-guard";

async function workbook(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  return book;
}

const HEADER = ["Tipo", "Pergunta", "Opção 1", "Opção 2", "Opção 3", "Correta(s)", "Tempo (s)", "Pontos"];

describe("Lousa XLSX import", () => {
  it("reads the Perguntas sheet: rich text, formula results, numbers and Excel-mangled numbers as text", async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet("Notas").addRow(["só anotações"]);
      const s = book.addWorksheet("Perguntas");
      s.addRow(HEADER);
      s.addRow(["", { richText: [{ text: "Quanto é " }, { text: "2 + 2", font: { bold: true } }, { text: "?" }] }, 3, 4, 5, 2, { formula: "10*2", result: 20 }, "dobro"]);
      s.addRow([]);
      // "1,3" typed in a Brazilian Excel becomes the number 1,3.
      s.addRow(["múltipla", "Quais são pares?", 2, 3, 4, 1.3, 30, ""]);
      s.addRow(["", "Linha\r\nquebrada", "sim", "não", "", 1, "", ""]);
    });
    const r = await importLousaXlsx(bytes, DEFAULTS_PT);
    expect(r.problems).toEqual([]);
    expect(r.format).toBe("lousa-xlsx");
    expect(r.questions.map((q) => q.at)).toEqual([
      { row: 2, sheet: "Perguntas" },
      { row: 4, sheet: "Perguntas" },
      { row: 5, sheet: "Perguntas" },
    ]);
    expect(r.questions[0]?.question).toEqual({ type: "single", prompt: "Quanto é 2 + 2?", options: ["3", "4", "5"], correct: [1], explanation: "", timeLimitSec: 20, pointsMode: "double" });
    expect(r.questions[1]?.question).toMatchObject({ type: "multiple", options: ["2", "3", "4"], correct: [0, 2] });
    expect(r.questions[2]?.question).toMatchObject({ prompt: "Linha\nquebrada" });
  });

  it("reads the first sheet when none is named Perguntas/Questions, and reports problems at row and sheet", async () => {
    const bytes = await workbook((book) => {
      const s = book.addWorksheet("My quiz");
      s.addRow(["Question", "Option 1", "Option 2", "Correct", "Time (s)", "Notes"]);
      s.addRow(["Fine?", "yes", "no", 1, 20, ""]);
      s.addRow(["Too long?", "yes", "no", 1, 241, ""]);
      s.addRow(["One option?", "yes", "", 1, "", ""]);
      book.addWorksheet("Questions 2").addRow(["ignored"]);
    });
    const r = await importLousaXlsx(bytes, DEFAULTS_EN);
    expect(r.questions).toHaveLength(1);
    expect(r.problems.map((p) => [p.at, p.code])).toEqual([
      [{ row: 1, sheet: "My quiz" }, "LAYOUT"],
      [{ row: 3, sheet: "My quiz" }, "TIME_LIMIT_RANGE"],
      [{ row: 4, sheet: "My quiz" }, "OPTIONS_COUNT"],
    ]);
  });

  it("refuses what is not an xlsx, a zip bomb and an oversized file, whole", async () => {
    const codes = async (bytes: Uint8Array) => (await importLousaXlsx(bytes, DEFAULTS_PT)).problems.map((p) => p.code);
    expect(await codes(new TextEncoder().encode("pergunta;opção 1;opção 2;correta\nQ;a;b;1\n"))).toEqual(["FILE_UNREADABLE"]);
    expect(await codes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]))).toEqual(["FILE_UNREADABLE"]);
    expect(await codes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual(["FILE_UNREADABLE"]);
    expect(await codes(zipDeclaring(200 * 1024 * 1024))).toEqual(["FILE_TOO_LARGE"]);
    expect(await codes(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual(["FILE_TOO_LARGE"]);
    // A real zip that is not a workbook.
    expect(await codes(zipDeclaring(10))).toEqual(["FILE_UNREADABLE"]);
  });
});

/** The smallest zip whose central directory declares one entry of `size` unpacked bytes. */
function zipDeclaring(size: number): Uint8Array {
  const name = new TextEncoder().encode("a.txt");
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(26, name.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint32(24, size, true);
  central.setUint16(28, name.length, true);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, central.byteLength + name.length, true);
  end.setUint32(16, local.byteLength + name.length, true);
  const parts = [new Uint8Array(local.buffer), name, new Uint8Array(central.buffer), name, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe("Lousa XLSX export and template", () => {
  const bank: BankDraft = {
    title: "Revisão: redes",
    description: "",
    language: "pt-BR",
    questions: [{ type: "single", prompt: "=HYPERLINK(\"x\")", options: ["-1", "+1"], correct: [1], explanation: "@nota", timeLimitSec: 15, pointsMode: "none" }],
  };

  it("writes a bold frozen header, widths, the title, and a sheet explaining each column", async () => {
    const file = await exportLousaXlsx(bank, "pt-BR");
    expect(file).toMatchObject({ filename: "revisao-redes.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", notes: [] });
    expect(checkZip(file.body)).toEqual({ ok: true });
    const book = await load(file.body);
    expect(book.title).toBe("Revisão: redes");
    expect(book.worksheets.map((s) => s.name)).toEqual(["Perguntas", "Como preencher"]);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet?.getColumn(2).width).toBe(50);
    // Text that a spreadsheet would run is stored behind an apostrophe…
    expect(sheet?.getCell("B2").value).toBe("'=HYPERLINK(\"x\")");
    expect(book.worksheets[1]?.getCell("A2").value).toBe("Tipo");
    // …and comes back as the teacher wrote it.
    const back = await importLousaXlsx(file.body, DEFAULTS_PT);
    expect(back.title).toBe("Revisão: redes");
    expect(back.questions.map((q) => q.question)).toEqual(bank.questions);
  });

  it("offers a template in each language with an example of each kind written differently, importing cleanly", async () => {
    for (const [locale, defaults, help] of [
      ["pt-BR", DEFAULTS_PT, "Como preencher"],
      ["en", DEFAULTS_EN, "How to fill in"],
    ] as const) {
      const file = await lousaTemplate(locale);
      expect(file.filename).toMatch(/^lousa-(modelo|template)\.xlsx$/);
      expect((await load(file.body)).worksheets[1]?.name).toBe(help);
      const r = await importLousaXlsx(file.body, defaults);
      expect(r.problems).toEqual([]);
      expect(r.questions.map((q) => q.question.type)).toEqual(["single", "multiple", "ordering", "poll", "slide", "slider", "typeAnswer"]);
      // The ordering example is written in its right order with no number to keep in step; the poll, the slide, the slider and the typed answer have no answer to mark.
      expect(r.questions.slice(2).map((q) => q.question.correct)).toEqual([[0, 1, 2, 3], [], [], [], []]);
      // The slider fills its columns; the typed answer shows the Ignore accents column in use.
      expect(r.questions[5]?.question.slider).toBeDefined();
      expect(r.questions[6]?.question.ignoreAccents).toBe(true);
      const steps = (await load(file.body)).worksheets[1]?.getColumn(1).values.findIndex((v) => v === (locale === "pt-BR" ? "Passo" : "Step")) ?? -1;
      expect(steps).toBeGreaterThan(0);
      const howTo = (await load(file.body)).worksheets[1];
      const accents = howTo?.getColumn(1).values.findIndex((v) => v === (locale === "pt-BR" ? "Ignorar acentos" : "Ignore accents")) ?? -1;
      expect(accents).toBeGreaterThan(0);
      expect(howTo?.getRow(accents).getCell(3).value).toBe(locale === "pt-BR" ? "sim" : "yes");
    }
  });

  it("is not read as CSV", async () => {
    const file = await exportLousaXlsx(bank, "en");
    expect(importLousaCsv(file.body, DEFAULTS_EN).problems.map((p) => p.code)).toEqual(["FILE_UNREADABLE"]);
  });
});
