import { guardCell, guardCsv, unguardCell, unguardCsv } from "./formula-guard";

/** Every place a spreadsheet could start a cell in a CSV field: its start, or after a separator or line break. */
function cellStarts(text: string): string[] {
  const starts = [text];
  for (let i = 0; i < text.length; i++) if (/[,;\t\r\n]/.test(text[i] ?? "")) starts.push(text.slice(i + 1));
  return starts;
}
const RUNS_AS_FORMULA = /^[ "]*[=+\-@\t\r]/;

/** A small deterministic generator, so a failure can be replayed. */
function* texts(count: number): Generator<string> {
  const alphabet = ["'", "=", "+", "-", "@", "\t", "\r", "\n", ",", ";", " ", '"', "a", "1"];
  let seed = 42;
  for (let n = 0; n < count; n++) {
    let s = "";
    const length = n % 9;
    for (let i = 0; i < length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      s += alphabet[seed % alphabet.length];
    }
    yield s;
  }
}

describe("formula guard", () => {
  it("protects a CSV field wherever a cell could start, as the server's CSVs do", () => {
    expect(guardCsv("=1+1")).toBe("'=1+1");
    expect(guardCsv(' "@x')).toBe(`' "@x`);
    expect(guardCsv("a;=1+1;")).toBe("a;'=1+1;");
    expect(guardCsv("5 - 3, -2")).toBe("5 - 3,' -2");
    expect(guardCsv("line\n+1")).toBe("line\n'+1");
    expect(guardCsv("plain text, fine")).toBe("plain text, fine");
  });
  it("protects only the start of an XLSX cell", () => {
    expect(guardCell("-5 graus")).toBe("'-5 graus");
    expect(guardCell("a;=1")).toBe("a;=1");
  });
  it("gives a text that really starts with an apostrophe one more, so the import can take exactly one away", () => {
    expect(guardCsv("'=literal")).toBe("''=literal");
    expect(unguardCsv("''=literal")).toBe("'=literal");
    expect(unguardCsv("it's fine")).toBe("it's fine");
    expect(unguardCell("'quoted'")).toBe("'quoted'");
  });
  it("round-trips and leaves nothing that runs as a formula, for thousands of awkward texts", () => {
    for (const text of texts(5000)) {
      const csv = guardCsv(text);
      expect(unguardCsv(csv)).toBe(text);
      for (const start of cellStarts(csv)) expect(start).not.toMatch(RUNS_AS_FORMULA);
      const cell = guardCell(text);
      expect(unguardCell(cell)).toBe(text);
      expect(cell).not.toMatch(RUNS_AS_FORMULA);
    }
  });
});
