import { importBank } from "../index";
import { DEFAULTS_PT, type BankDraft } from "../types";
import { exportLousaXlsx } from "./lousa-export";
import { checkZip, MAX_UNPACKED_BYTES, refArea } from "./zip-guard";
import { patchZip, writeZip } from "./zip.test-helper";

/** Workbooks built to exhaust the server: each is refused before exceljs reads it, fast and small. */
const bank: BankDraft = {
  title: "Bombas",
  description: "",
  language: "pt-BR",
  questions: [{ type: "single", prompt: "Q?", options: ["a", "b"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard" }],
};
const SHEET = "xl/worksheets/sheet1.xml";
const codes = async (bytes: Uint8Array) => (await importBank("lousa-xlsx", bytes, DEFAULTS_PT)).problems.map((p) => p.code);

describe("xlsx guards", () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = (await exportLousaXlsx(bank, "pt-BR")).body;
  });

  it("a real workbook passes, and still does once unzipped and zipped again", async () => {
    expect(checkZip(good)).toEqual({ ok: true });
    expect((await importBank("lousa-xlsx", patchZip(good, SHEET, (x) => x), DEFAULTS_PT)).questions).toHaveLength(1);
  });

  it("refuses a zip bomb by its directory: 64 MB of zeros packed into ~64 KB", async () => {
    const bomb = writeZip([{ name: SHEET, data: new Uint8Array(2 * MAX_UNPACKED_BYTES) }]);
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    expect(await codes(bomb)).toEqual(["FILE_TOO_LARGE"]);
  });

  it("refuses a bomb whose directory lies (JSZip would unpack all of it before comparing), unpacking at most the declared size", async () => {
    const liar = writeZip([{ name: SHEET, data: new Uint8Array(2 * MAX_UNPACKED_BYTES), declared: 1000 }]);
    const before = process.memoryUsage().arrayBuffers;
    const problems = (await importBank("lousa-xlsx", liar, DEFAULTS_PT)).problems;
    expect(problems.map((p) => p.code)).toEqual(["FILE_TOO_LARGE"]);
    expect(problems[0]?.message).toMatch(/more than its zip says/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(MAX_UNPACKED_BYTES);
  });

  it("refuses a merged range over the whole sheet (exceljs would create every cell in it)", async () => {
    const merged = patchZip(good, SHEET, (x) => x.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    const started = Date.now();
    const result = await importBank("lousa-xlsx", merged, DEFAULTS_PT);
    expect(result.problems.map((p) => p.code)).toEqual(["FILE_TOO_LARGE"]);
    expect(result.problems[0]?.message).toMatch(/merges cells/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("refuses a data validation (drop-down) over whole columns, which exceljs also expands cell by cell", async () => {
    const validated = patchZip(good, SHEET, (x) =>
      x.replace("</sheetData>", '</sheetData><dataValidations count="1"><dataValidation type="list" sqref="A2:A1048576 C2:C1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>'),
    );
    expect(await codes(validated)).toEqual(["FILE_TOO_LARGE"]);
  });

  it("keeps small merges (a title over a few columns, as Kahoot's template has)", async () => {
    const titled = patchZip(good, SHEET, (x) => x.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="B3:H3"/></mergeCells>'));
    expect(checkZip(titled)).toEqual({ ok: true });
  });

  it("refuses a damaged entry as unreadable", async () => {
    const bytes = new Uint8Array(good);
    // Corrupt the first entry's packed data (just past its 30-byte local header and name).
    for (let i = 60; i < 90; i++) bytes[i] = 0xff;
    expect(await codes(bytes)).toEqual(["FILE_UNREADABLE"]);
  });

  it.each([
    ["A1", 1],
    ["B3:H3", 7],
    ["$A$1:$B$2", 4],
    ["A1:XFD1048576", 16384 * 1048576],
    ["nonsense", Number.MAX_SAFE_INTEGER],
  ])("counts the cells in %s", (ref, cells) => expect(refArea(ref)).toBe(cells));
});
