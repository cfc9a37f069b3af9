import type { ImportProblem } from "../types";
import { columnLetter } from "./answers";
import { type Grid, type GridRow, isBlankRow, positionOf } from "./grid";
import { columnOf, HEADER_LABELS, REQUIRED_COLUMNS, type ColumnKey } from "./layout";

export type ColumnMap = Readonly<Partial<Record<ColumnKey, number>>>;

export interface LousaHeader {
  readonly headerRow: number;
  readonly columns: ColumnMap;
  /** Rows after the header. */
  readonly body: readonly GridRow[];
  /** A line above the header (a title the teacher wrote), if any. */
  readonly title: string | null;
  /** Not fatal: columns that are unknown, repeated, or hold values under no header. */
  readonly problems: readonly ImportProblem[];
}

export type HeaderResult = { readonly ok: true; readonly header: LousaHeader } | { readonly ok: false; readonly problem: ImportProblem };

/** How far down a header may sit under a title or a note. */
const HEADER_SEARCH_ROWS = 10;

const both = (key: ColumnKey): string => `${HEADER_LABELS["pt-BR"][key]} / ${HEADER_LABELS.en[key]}`;

/** Finds the header row and what each column holds; refuses a table whose required columns are missing. */
export function readLousaHeader(grid: Grid): HeaderResult {
  const filled = grid.rows.filter((r) => !isBlankRow(r));
  const first = filled[0];
  if (!first) return { ok: false, problem: { at: { line: 1 }, code: "FILE_UNREADABLE", message: "The sheet is empty" } };
  const headerIndex = filled.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => r.cells.some((c) => columnOf(c) === "prompt"));
  const header = filled[headerIndex];
  if (!header) {
    // A table with headers Lousa doesn't know is a layout to fix; a single column of text is not a table at all.
    const isTable = filled.slice(0, HEADER_SEARCH_ROWS).some((r) => r.cells.filter((c) => c.trim() !== "").length >= 2);
    const message = `No header row naming a ${both("prompt")} column in the first ${HEADER_SEARCH_ROWS} rows: the first row should name the columns (${both("prompt")}, ${both("option1")}, ${both("option2")}, ${both("correct")}…)`;
    return { ok: false, problem: { at: positionOf(grid, first.row), code: isTable ? "LAYOUT" : "FILE_UNREADABLE", message } };
  }
  const at = positionOf(grid, header.row);
  const columns: Partial<Record<ColumnKey, number>> = {};
  const problems: ImportProblem[] = [];
  header.cells.forEach((label, index) => {
    if (label.trim() === "") return;
    const key = columnOf(label);
    const column = columnLetter(index);
    if (key === null) {
      problems.push({ at, code: "LAYOUT", message: `Column ${column} ("${label.trim()}") is not a column Lousa knows: its values were left out. Rename it if it should be read.`, params: { column, label: label.trim() } });
    } else if (columns[key] !== undefined) {
      problems.push({ at, code: "LAYOUT", message: `Column ${column} ("${label.trim()}") repeats an earlier column: only the first one was read`, params: { column, label: label.trim() } });
    } else {
      columns[key] = index;
    }
  });
  const missing = REQUIRED_COLUMNS.filter((key) => columns[key] === undefined);
  if (missing.length > 0) {
    const names = missing.map(both).join(", ");
    return { ok: false, problem: { at, code: "LAYOUT", message: `The header row has no ${names} column: add it and import again`, params: { columns: names } } };
  }
  const body = grid.rows.filter((r) => r.row > header.row);
  const headerless = new Set<number>();
  for (const row of body) {
    row.cells.forEach((c, i) => {
      if (c.trim() !== "" && (header.cells[i] ?? "").trim() === "") headerless.add(i);
    });
  }
  for (const index of [...headerless].sort((a, b) => a - b)) {
    const column = columnLetter(index);
    problems.push({ at, code: "LAYOUT", message: `Column ${column} has values but no header: they were left out. Give it a header if it should be read.`, params: { column, label: "" } });
  }
  const above = filled.slice(0, headerIndex).flatMap((r) => r.cells.filter((c) => c.trim() !== ""));
  return { ok: true, header: { headerRow: header.row, columns, body, title: above[0]?.trim() ?? null, problems } };
}
