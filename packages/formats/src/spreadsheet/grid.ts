export { fileSlug } from "../file-name";
import type { ImportProblem, ImportResult, SourcePosition } from "../types";

/**
 * A sheet as the importers see it, whatever it came from (CSV or XLSX): rows of plain text cells, each
 * with the row number the spreadsheet shows, so every problem points at the row the teacher sees.
 */
export interface GridRow {
  readonly row: number;
  readonly cells: readonly string[];
}

export interface Grid {
  readonly rows: readonly GridRow[];
  /** The XLSX sheet's name, for positions; undefined for CSV (one table, no sheets). */
  readonly sheet?: string;
}

export const isBlankRow = (row: GridRow): boolean => row.cells.every((c) => c.trim() === "");

export const cellAt = (row: GridRow, index: number | undefined): string => (index === undefined ? "" : (row.cells[index] ?? ""));

export function positionOf(grid: Grid, row: number): SourcePosition {
  return grid.sheet === undefined ? { row } : { row, sheet: grid.sheet };
}

/** Where a row is, if there is one (the first row over a limit, say). */
export const positionAt = (grid: Grid, row: GridRow | undefined): SourcePosition | undefined => (row === undefined ? undefined : positionOf(grid, row.row));

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";

/** `collect` puts its own findings after the importer's: the preview lists them from the top of the sheet down. */
export function inRowOrder(result: ImportResult): ImportResult {
  const rowOf = (p: ImportProblem): number => ("row" in p.at ? p.at.row : 0);
  return { ...result, problems: [...result.problems].sort((a, b) => rowOf(a) - rowOf(b)) };
}
