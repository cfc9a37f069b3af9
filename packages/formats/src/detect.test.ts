// Tests read their fixtures from disk; the formats source itself does no I/O (see eslint.config.mjs).
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AIKEN_ANSWER, detectFormat } from "./detect";
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

describe("detectFormat on hostile text (it reads untrusted uploads)", () => {
  // The Aiken pattern was quadratic: `^\s*` is tried at every line start and ran on over every blank line
  // after it (64K newlines took 4 s, 256 KB over a minute, the server's games frozen meanwhile). It is
  // linear when no part of it can cross a line break, which is asserted here without a clock.
  it("the answer-line pattern never spans a line break", () => {
    expect(AIKEN_ANSWER.exec("\n \n\t\n  ANSWER: B")?.index).toBe(5);
    expect(AIKEN_ANSWER.test("ANSWER:\nA")).toBe(false);
    expect(AIKEN_ANSWER.test("ANSWER\n: A")).toBe(false);
    expect(detectFormat(text("Qual?\nA) um\nB) dois\nANSWER:\nA\n"))).toBeNull();
  });

  // These read in milliseconds. They can't fail on a slow pattern by themselves (Jest doesn't interrupt
  // synchronous code, it would only report a minute-long pass), so they check the answer; the test above
  // is the one that fails on a regression. The server also runs detection in the import worker, under
  // its timeout (apps/server/src/import/import-worker.ts).
  const KB256 = 256 * 1024;
  it.each([
    ["newlines", "\n".repeat(KB256)],
    ["CRLF blank lines", "\r\n".repeat(KB256 / 2)],
    ["spaces and newlines", " \n".repeat(KB256 / 2)],
    ["one long run of spaces and tabs", " \t".repeat(KB256 / 2)],
    ["ANSWER without a colon on every line", "ANSWER\n".repeat(KB256 / 7)],
    ["ANSWER: then a long run of spaces", `ANSWER:${" ".repeat(4096)}\n`.repeat(60)],
    ["backslashes (the GIFT escape)", "\\".repeat(KB256)],
  ])("256 KB of %s: read and answered (null)", (_name, hostile) => {
    expect(detectFormat(text(hostile), "upload")).toBeNull();
  });

  it("still finds an answer line after many blank lines, indented with spaces or tabs", () => {
    expect(detectFormat(text(`${"\n".repeat(KB256 - 100)}Qual?\nA) um\nB) dois\n \t ANSWER : B\n`))).toBe("aiken");
  });
});
