// Test-only: reads the Moodle XML fixtures. The formats package does no I/O (the lint rule), its tests
// read their fixture files.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(__dirname, "..", "..", "fixtures", "moodle-xml");

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DIR, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(join(DIR, name), "utf8");
}

/** The 1-based line of the nth (0-based) occurrence of `needle` in a fixture: positions are checked against the file itself. */
export function lineOf(name: string, needle: string, nth = 0): number {
  const text = fixtureText(name);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`${needle} #${nth} not in ${name}`);
  }
  return text.slice(0, at).split("\n").length;
}
