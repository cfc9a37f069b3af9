import type { Accommodation } from "@lousa/game";
import { parseAccommodation } from "./class-list-accommodation";

/** One student from an uploaded class list. */
export interface ClassListLine {
  readonly name: string;
  readonly identifier: string;
  /** From an optional third column (extra time, no speed penalty); absent when the line grants none. */
  readonly accommodation?: Accommodation;
}

function splitLine(line: string, separator: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((c) => c.trim());
}

/**
 * Reads a class list exported from a spreadsheet: two columns, name and identifier (registration
 * number or e-mail), and optionally a third, the student's accommodation (see parseAccommodation), separated by ";", "," or a tab (Brazilian Excel writes ";"), an optional header
 * row, a BOM tolerated. Returns the lines or the numbers of the lines it could not read.
 */
export function parseClassList(text: string): { ok: true; lines: ClassListLine[] } | { ok: false; badLines: number[] } {
  const rows = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const first = rows.find((r) => r.trim() !== "") ?? "";
  const separator = first.includes(";") ? ";" : first.includes("\t") ? "\t" : ",";
  const lines: ClassListLine[] = [];
  const badLines: number[] = [];
  rows.forEach((row, i) => {
    if (row.trim() === "") return;
    const [name = "", identifier = "", third = ""] = splitLine(row, separator);
    if (lines.length === 0 && badLines.length === 0 && /^(nome|name|aluno|student)/i.test(name)) return; // header
    if (name === "" || identifier === "" || name.length > 80 || identifier.length > 64) badLines.push(i + 1);
    else {
      const accommodation = parseAccommodation(third);
      lines.push(accommodation ? { name, identifier, accommodation } : { name, identifier });
    }
  });
  if (badLines.length > 0 || lines.length === 0) return { ok: false, badLines: badLines.length > 0 ? badLines : [1] };
  return { ok: true, lines: lines.slice(0, 500) };
}
