import { QUESTION_LIMITS } from "@lousa/protocol";
import { collect, refuse, refuseIfTooLarge, refuseIfTooMany, type Candidate } from "../collect";
import type { ImportDefaults, ImportInput, ImportProblem, ImportResult } from "../types";
import { type Grid, type GridRow, inRowOrder, isBlankRow, positionAt, positionOf } from "./grid";
import { KAHOOT_HEADERS, kahootColumnOf } from "./kahoot-layout";
import type { ColumnMap } from "./lousa-header";
import { readLousaRow } from "./lousa-rows";
import type { ColumnKey } from "./layout";
import { readWorkbook, sheetGrid } from "./xlsx-read";

/** How far down the header may sit: Kahoot's own template has it in row 8, under its title area. */
const HEADER_SEARCH_ROWS = 30;
/** A question needs two answers, so a header without these columns can't hold one. */
const REQUIRED_ANSWERS: readonly (readonly [ColumnKey, string])[] = [
  ["option1", "Answer 1"],
  ["option2", "Answer 2"],
];

interface KahootHeader {
  readonly grid: Grid;
  readonly row: GridRow;
  readonly columns: ColumnMap;
}

/** The first sheet with a row naming Question and Correct answer(s) columns: found by its labels, not its place. */
export function findKahootHeader(grids: readonly Grid[]): KahootHeader | null {
  for (const grid of grids) {
    for (const row of grid.rows.slice(0, HEADER_SEARCH_ROWS)) {
      const columns: Partial<Record<ColumnKey, number>> = {};
      row.cells.forEach((cell, i) => {
        const key = kahootColumnOf(cell);
        if (key !== null && columns[key] === undefined) columns[key] = i;
      });
      if (columns.prompt !== undefined && columns.correct !== undefined) return { grid, row, columns };
    }
  }
  return null;
}

/**
 * Reads Kahoot's quiz template (see kahoot-layout.ts). Its rows are Lousa's layout without the type,
 * explanation and points columns, so they are read by the same code: the type follows from the
 * answers (two or more correct → multiple, True/False answers → true/false), points are the default.
 */
export async function importKahootXlsx(input: ImportInput, defaults: ImportDefaults): Promise<ImportResult> {
  const tooLarge = refuseIfTooLarge("kahoot-xlsx", input);
  if (tooLarge) return tooLarge;
  const loaded = await readWorkbook(input);
  if (!loaded.ok) return refuse("kahoot-xlsx", loaded.problem);
  const grids = loaded.book.worksheets.map(sheetGrid);
  const header = findKahootHeader(grids);
  if (!header) {
    const names = [KAHOOT_HEADERS.prompt, ...KAHOOT_HEADERS.answers, KAHOOT_HEADERS.time, KAHOOT_HEADERS.correct].map((h) => h.split(/ [-–] /)[0]).join(", ");
    const first = grids[0]?.sheet;
    const message = `No Kahoot header row (${names}) in the first ${HEADER_SEARCH_ROWS} rows: is this Kahoot's quiz template?`;
    return refuse("kahoot-xlsx", { at: first === undefined ? { row: 1 } : { row: 1, sheet: first }, code: "LAYOUT", message });
  }
  const at = positionOf(header.grid, header.row.row);
  const missing = REQUIRED_ANSWERS.filter(([key]) => header.columns[key] === undefined);
  if (missing.length > 0) {
    const names = missing.map(([, name]) => name).join(", ");
    return refuse("kahoot-xlsx", { at, code: "LAYOUT", message: `The header row has no ${names} column: Kahoot's template has Answer 1 to Answer 4`, params: { columns: names } });
  }
  const rows = header.grid.rows.filter((row) => row.row > header.row.row && !isEmptyQuestion(row, header.columns));
  const tooMany = refuseIfTooMany("kahoot-xlsx", rows.length, positionAt(header.grid, rows[QUESTION_LIMITS.questionsPerBank]));
  if (tooMany) return tooMany;
  const candidates: Candidate[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const read = readLousaRow(row, header.grid, header.columns, defaults, (text) => text);
    if (read.candidate) candidates.push(read.candidate);
    problems.push(...read.problems);
  }
  return inRowOrder(collect("kahoot-xlsx", null, candidates, problems));
}

/** The template numbers its rows in column A ahead of time: a row is a question only when a mapped cell is filled. */
function isEmptyQuestion(row: GridRow, columns: ColumnMap): boolean {
  const mapped = new Set(Object.values(columns));
  return isBlankRow({ row: row.row, cells: row.cells.map((c, i) => (mapped.has(i) ? c : "")) });
}
