// Tests read their fixtures from disk; the formats source itself does no I/O (see eslint.config.mjs).
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectFormat } from "./detect";
import type { BankDraft } from "./types";
import { exportLousaCsv, exportLousaXlsx, exportKahootXlsx } from "./spreadsheet";

const fixture = (...p: string[]): Uint8Array => readFileSync(join(__dirname, "../fixtures", ...p));
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const bank: BankDraft = { title: "T", description: "", language: "pt-BR", questions: [{ type: "single", prompt: "Q?", options: ["a", "b"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard" }] };

describe("detectFormat: an upload that doesn't say its format", () => {
  it.each([
    [["gift", "moodle-export.gift"], "gift"],
    [["gift", "bom-crlf.gift"], "gift"],
    [["aiken", "edge-cases.aiken.txt"], "aiken"],
    [["moodle-xml", "truefalse.xml"], "moodle-xml"],
    [["spreadsheet", "lousa-pt-semicolon-bom-crlf.csv"], "lousa-csv"],
    [["spreadsheet", "lousa-windows1252.csv"], "lousa-csv"],
    [["spreadsheet", "kahoot-template.xlsx"], "kahoot-xlsx"],
  ])("%j by its content alone → %s", (parts, format) => expect(detectFormat(fixture(...parts))).toBe(format));

  it("tells Lousa's workbook from Kahoot's by their headers", async () => {
    expect(detectFormat((await exportLousaXlsx(bank, "en")).body)).toBe("lousa-xlsx");
    expect(detectFormat((await exportKahootXlsx(bank)).body)).toBe("kahoot-xlsx");
    expect(detectFormat(exportLousaCsv(bank, "pt-BR").body, "bank.csv")).toBe("lousa-csv");
  });

  it("uses the extension where content can't tell, and content over a misleading .txt", () => {
    expect(detectFormat(text("Pergunta sem chaves"), "banco.gift")).toBe("gift");
    expect(detectFormat(text("<quiz></quiz>"), "x.txt")).toBe("moodle-xml");
    expect(detectFormat(text("Qual?\nA) um\nB) dois\nANSWER: A\n"), "perguntas.txt")).toBe("aiken");
    expect(detectFormat(text("Qual? {=um ~dois}"), "perguntas.txt")).toBe("gift");
    // A CSV cell may hold a brace: the extension wins over the GIFT guess.
    expect(detectFormat(text("Pergunta;Opção 1;Opção 2\nUse {};a;b\n"), "b.csv")).toBe("lousa-csv");
  });

  it("gives up (null) on what it can't tell, rather than guessing", () => {
    expect(detectFormat(text("just some prose"), "notes.txt")).toBeNull();
    expect(detectFormat(Uint8Array.from([0, 1, 2, 3]))).toBeNull();
  });
});
