import { parse } from "csv-parse/sync";
import { sheetToCsv } from "./csv";
import { neutralize, neutralizeCsvText } from "./neutralize";
import type { Sheet } from "./sheets";

/** Text that only tabs, line breaks or quotes can smuggle in (bank prompts, not phones: nicknames refuse control characters). */
const TEXTS = ["\t=1", "a\t@b", "x\r\n=1+1", "y\n-2+3", "\r=z", ' "=1"', 'q;""=2', "a,;\t=3", "=1,Célia"];

const sheet: Sheet = {
  key: "players",
  name: "t",
  columns: [
    { header: "text", width: 0, format: "text" },
    { header: "n", width: 0, format: "decimal" },
  ],
  rows: TEXTS.map((t, i) => [t, -0.5 - i]),
};

test("no piece of a CSV field runs as a formula, whatever it is split on", () => {
  for (const opts of [{ separator: ",", decimal: "." }, { separator: ";", decimal: "," }] as const) {
    const csv = sheetToCsv(sheet, opts).slice(1);
    for (const delimiter of [",", ";", "\t"]) {
      const parsed: string[][] = parse(csv, { delimiter, relax_column_count: true, relax_quotes: true });
      const cells = parsed.flat();
      const formulas = cells.map((c) => c.replace(/^[\s"]+/, "")).filter((c) => /^[=+\-@]/.test(c) && !/^-\d+(?:[.,]\d+)?$/.test(c));
      expect({ opts, delimiter, formulas }).toEqual({ opts, delimiter, formulas: [] });
    }
    // Read with its own separator, the text is all there, and negative numbers stay numbers.
    const rows: string[][] = parse(csv, { delimiter: opts.separator });
    expect(rows.slice(1).map((r) => r[1])).toEqual(TEXTS.map((_, i) => String(-0.5 - i).replace(".", opts.decimal)));
    expect(rows.slice(1).map((r) => r[0]!.replace(/'/g, ""))).toEqual(TEXTS);
  }
});

test("the apostrophe goes where a cell could start, and only there", () => {
  expect(neutralizeCsvText(";=1+1;")).toBe(";'=1+1;");
  expect(neutralizeCsvText('x, "=HYPERLINK("y")')).toBe(`x,' "=HYPERLINK("y")`);
  expect(neutralizeCsvText("-2+3")).toBe("'-2+3");
  expect(neutralizeCsvText("a-b = c, d@e; f+g")).toBe("a-b = c, d@e; f+g");
  expect(neutralizeCsvText("Ana")).toBe("Ana");
  // In XLSX a cell's bounds are certain: only its start matters.
  expect(neutralize("a;=1")).toBe("a;=1");
  expect(neutralize("=1")).toBe("'=1");
});
