import { QUESTION_LIMITS } from "@lousa/protocol";
import { collect, refuse, refuseIfTooLarge, refuseIfTooMany, type Candidate } from "../collect";
import type { FormatId, ImportDefaults, ImportInput, ImportProblem, ImportResult } from "../types";
import { readCsvGrid } from "./csv-read";
import { findKahootHeader } from "./kahoot-import";
import { unguardCell, unguardCsv } from "./formula-guard";
import { type Grid, inRowOrder, isBlankRow, positionAt } from "./grid";
import { readLousaHeader } from "./lousa-header";
import { readLousaRow } from "./lousa-rows";
import { columnOf } from "./layout";
import { questionsSheet, readWorkbook, sheetGrid } from "./xlsx-read";

/** The header line is the one with a Pergunta/Question cell, whichever separator splits it. */
const namesPromptColumn = (line: string): boolean => [";", ",", "\t"].some((sep) => line.split(sep).some((cell) => columnOf(cell.replace(/"/g, "")) === "prompt"));

/** Reads a CSV in Lousa's layout (see layout.ts). */
export function importLousaCsv(input: ImportInput, defaults: ImportDefaults): ImportResult {
  const tooLarge = refuseIfTooLarge("lousa-csv", input);
  if (tooLarge) return tooLarge;
  const read = readCsvGrid(input, namesPromptColumn);
  if (!read.ok) return refuse("lousa-csv", read.problem);
  return importGrid("lousa-csv", read.grid, null, defaults, unguardCsv);
}

/** Reads an XLSX in Lousa's layout: the sheet named Perguntas/Questions, else the first one. */
export async function importLousaXlsx(input: ImportInput, defaults: ImportDefaults): Promise<ImportResult> {
  const tooLarge = refuseIfTooLarge("lousa-xlsx", input);
  if (tooLarge) return tooLarge;
  const loaded = await readWorkbook(input);
  if (!loaded.ok) return refuse("lousa-xlsx", loaded.problem);
  const sheet = questionsSheet(loaded.book);
  if (!sheet) return refuse("lousa-xlsx", { at: { line: 1 }, code: "FILE_UNREADABLE", message: "The workbook has no sheets" });
  // Lousa's own export keeps the bank's title in the workbook's properties.
  const title = typeof loaded.book.title === "string" ? loaded.book.title.trim() : "";
  const result = importGrid("lousa-xlsx", sheetGrid(sheet), title === "" ? null : title, defaults, unguardCell);
  // Kahoot's template is the spreadsheet a teacher is most likely to bring here by mistake.
  const refused = result.questions.length === 0 ? result.problems[0] : undefined;
  if ((refused?.code === "LAYOUT" || refused?.code === "FILE_UNREADABLE") && findKahootHeader(loaded.book.worksheets.map(sheetGrid))) {
    return refuse("lousa-xlsx", { at: refused.at, code: "LAYOUT", message: "This is Kahoot's quiz template: import it as Kahoot (xlsx)" });
  }
  return result;
}

function importGrid(format: FormatId, grid: Grid, title: string | null, defaults: ImportDefaults, unguard: (text: string) => string): ImportResult {
  const header = readLousaHeader(grid);
  if (!header.ok) return refuse(format, header.problem);
  const filled = header.header.body.filter((row) => !isBlankRow(row));
  const tooMany = refuseIfTooMany(format, filled.length, positionAt(grid, filled[QUESTION_LIMITS.questionsPerBank]));
  if (tooMany) return tooMany;
  const candidates: Candidate[] = [];
  const problems: ImportProblem[] = [...header.header.problems];
  for (const row of header.header.body) {
    if (isBlankRow(row)) continue;
    const read = readLousaRow(row, grid, header.header.columns, defaults, unguard);
    if (read.candidate) candidates.push(read.candidate);
    problems.push(...read.problems);
  }
  return inRowOrder(collect(format, title ?? header.header.title, candidates, problems));
}
