import { questionIssues } from "@lousa/protocol";
import type { Candidate } from "../collect";
import type { ImportDefaults, ImportProblem, ImportProblemCode } from "../types";
import { inferType, optionColumns, readTime } from "./answers";
import { readCorrectFor } from "./kind-correct";
import { cellAt, type Grid, type GridRow, positionOf } from "./grid";
import type { ColumnMap } from "./lousa-header";
import { HEADER_LABELS, OPTION_KEYS, readPoints, readType, readYesNo, type ColumnKey } from "./layout";
import { readSliderCells } from "./slider-cells";

export interface RowResult {
  /** The question as read, for `collect` to check; absent when the row already has problems. */
  readonly candidate?: Candidate;
  readonly problems: readonly ImportProblem[];
}

/** Reads one filled row of Lousa's layout (see layout.ts) into a question for `collect`. */
export function readLousaRow(row: GridRow, grid: Grid, columns: ColumnMap, defaults: ImportDefaults, unguard: (text: string) => string): RowResult {
  const at = positionOf(grid, row.row);
  const get = (key: ColumnKey): string => unguard(cellAt(row, columns[key])).trim();
  const problems: ImportProblem[] = [];
  const fail = (code: ImportProblemCode, field: string, message: string): void => {
    problems.push({ at, code, message: `row ${row.row}: ${message}`, params: { field } });
  };

  const typeCell = readType(get("type"));
  if (typeCell.kind === "unsupported") {
    const message = `row ${row.row}: "${typeCell.text}" questions can't be played in Lousa yet, so this row was left out`;
    return { problems: [{ at, code: "UNSUPPORTED_KIND", message, params: { kind: typeCell.text } }] };
  }
  if (typeCell.kind === "unknown") fail("TYPE_UNKNOWN", "type", `type "${typeCell.text}" is not única, múltipla, verdadeiro/falso, enquete, ordenar, digitar, controle deslizante or slide (single, multiple, true/false, poll, ordering, type answer, slider, slide)`);
  const declared = typeCell.kind === "type" ? typeCell.type : null;

  let options = optionColumns(OPTION_KEYS.map(get));
  // A true/false row may leave its options out: they are the two words of the bank's language.
  if (declared === "truefalse" && options.options.length === 0) options = optionColumns(defaults.trueFalse);
  const notes: ImportProblem[] = [];
  if (options.gaps.length > 0) {
    const gaps = options.gaps.join(", ");
    const said = options.gaps.length === 1 ? `option ${gaps} was empty, so the options after it` : `options ${gaps} were empty, so the options after them`;
    notes.push({ at, code: "OPTION_EMPTY", message: `row ${row.row}: ${said} moved up (check the correct answer)`, params: { columns: gaps } });
  }

  const correct = readCorrectFor(declared, get("correct"), options);
  if (!correct.ok) fail(correct.code, "correct", correct.message);
  const time = readTime(get("time"), defaults.timeLimitSec);
  if (!time.ok) fail("TIME_LIMIT_RANGE", "timeLimitSec", time.message);
  const pointsText = get("points");
  const points = pointsText === "" ? defaults.pointsMode : readPoints(pointsText);
  if (points === null) fail("POINTS_MODE_UNKNOWN", "pointsMode", `points "${pointsText}" is not padrão, dobro or sem pontos (standard, double, none)`);

  const correctIndexes = correct.ok ? correct.value : [];
  // A row with no type, no options and a right value in Resposta / Answer can only be a slider.
  const sliderLike = options.options.length === 0 && get("sliderAnswer") !== "";
  const type = declared ?? (sliderLike ? "slider" : inferType(options.options, correctIndexes));
  const accents = readAccents(get("ignoreAccents"), type, fail);
  const slider = readSliderCells(get, type, at, row.row, (field, message) => fail("LAYOUT", field, message), notes);
  const question = {
    type,
    prompt: get("prompt"),
    options: options.options,
    correct: correctIndexes,
    explanation: get("explanation"),
    timeLimitSec: time.ok ? time.value : defaults.timeLimitSec,
    pointsMode: points ?? defaults.pointsMode,
    // Only a typed answer has it, and only when the cell says so: empty is the default (accents count).
    ...(accents === null ? {} : { ignoreAccents: accents }),
    ...(slider === null ? {} : { slider }),
  };
  if (problems.length === 0) return { candidate: { at, question, notes }, problems };

  // The row is out already; the shared rules still tell what else to fix in it, so it is fixed in one go.
  const flagged = new Set(problems.map((p) => p.params?.field));
  for (const issue of questionIssues(question)) {
    const field = String(issue.path[0] ?? "");
    if (!flagged.has(field)) fail(issue.code, issue.path.join("."), `${issue.code.toLowerCase().replace(/_/g, " ")} (${issue.path.join(".")})`);
  }
  return { problems };
}

const accentsLabel = `${HEADER_LABELS["pt-BR"].ignoreAccents} / ${HEADER_LABELS.en.ignoreAccents}`;

/**
 * The Ignore accents cell: sim/não (yes/no) on a typed answer; null when empty. On another kind only
 * "no" (or nothing) is taken: a "sim" there means the teacher meant a typed answer and left Type out or
 * wrote another kind, which is refused rather than dropped.
 */
function readAccents(cell: string, type: string, fail: (code: ImportProblemCode, field: string, message: string) => void): boolean | null {
  if (cell === "") return null;
  const value = readYesNo(cell);
  if (value === null) {
    fail("LAYOUT", "ignoreAccents", `${accentsLabel} "${cell}" is not sim or não (yes or no)`);
    return null;
  }
  if (type === "typeAnswer") return value;
  if (value) fail("LAYOUT", "ignoreAccents", `${accentsLabel} is for typed answers only (Tipo digitar / Type type answer): this row is not one`);
  return null;
}
