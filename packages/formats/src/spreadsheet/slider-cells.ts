import type { ImportProblem, QuestionDraft, SourcePosition } from "../types";
import { numberText, scaleAround, scaleWords, stepFor } from "../slider-scale";
import { HEADER_LABELS, type SliderKey } from "./layout";
import type { TableCell } from "./lousa-table";

type SliderSpec = NonNullable<QuestionDraft["slider"]>;
type Fail = (field: string, message: string) => void;

const label = (key: SliderKey): string => `${HEADER_LABELS["pt-BR"][key]} / ${HEADER_LABELS.en[key]}`;

/**
 * A number as a teacher types it in either language: 2.5 or 2,5 (a Portuguese sheet's decimal comma),
 * a sign, no thousands separators. "1,500" is refused: 1.5 in Portuguese, 1500 in English, and a
 * guess either way would make a wrong answer key. Null with a message when it is not a number.
 */
export function readNumber(cell: string): { value: number } | { message: string } {
  const text = cell.trim().replace(/\u2212/g, "-");
  if (/^[-+]?[1-9]\d{0,2},\d{3}$/.test(text)) return { message: `"${text}" could be ${text.replace(",", ".")} or ${text.replace(",", "")}: write it without the comma, or with a point for decimals` };
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/.test(text)) return { message: `"${text}" is not a number` };
  return { value: Number(text.replace(",", ".")) };
}

/**
 * The slider columns of a row: on a slider, its scale (Min, Max and Step may be left empty: see
 * layout.ts), else null with each problem given to `fail`; on any other kind they must be empty, or
 * the row is refused (a value there is a teacher who meant a slider).
 */
export function readSliderCells(get: (key: SliderKey) => string, type: QuestionDraft["type"], at: SourcePosition, row: number, fail: Fail, notes: ImportProblem[]): SliderSpec | null {
  const keys: readonly SliderKey[] = ["sliderMin", "sliderMax", "sliderStep", "sliderAnswer", "sliderTolerance"];
  if (type !== "slider") {
    for (const key of [...keys, "sliderUnit" as const]) if (get(key) !== "") fail("slider", `${label(key)} is for sliders only (Tipo controle deslizante / Type slider): this row is not one`);
    return null;
  }
  const numbers: Partial<Record<SliderKey, number>> = {};
  for (const key of keys) {
    const cell = get(key);
    if (cell === "") continue;
    const read = readNumber(cell);
    if ("message" in read) fail("slider", `${label(key)}: ${read.message}`);
    else numbers[key] = read.value;
  }
  const { sliderAnswer: answer, sliderTolerance: tolerance = 0 } = numbers;
  if (answer === undefined) {
    if (get("sliderAnswer") === "") fail("slider", `a slider needs its right value in ${label("sliderAnswer")}`);
    return null;
  }
  let { sliderMin: min, sliderMax: max } = numbers;
  if (min === undefined && max === undefined) {
    const scale = scaleAround(answer, tolerance);
    ({ min, max } = scale);
    notes.push({ at, code: "FIELD_DROPPED", message: `row ${row}: ${label("sliderMin")} and ${label("sliderMax")} are empty: the slider goes from ${scaleWords(scale)}; check it in the editor`, params: { kind: "slider-scale", field: "slider" } });
  }
  if (min === undefined || max === undefined) {
    fail("slider", `write both ${label("sliderMin")} and ${label("sliderMax")}, or leave both empty for a scale around the answer`);
    return null;
  }
  const step = numbers.sliderStep ?? stepFor([min, max, answer, tolerance]);
  return { min, max, step, answer, tolerance, unit: get("sliderUnit") };
}

/** A slider's column as a cell: a number (a pt-BR CSV writes its decimal comma later), the unit as text; empty on other kinds. */
export function sliderCell(q: QuestionDraft, key: SliderKey): TableCell {
  if (!q.slider) return "";
  switch (key) {
    case "sliderMin":
      return q.slider.min;
    case "sliderMax":
      return q.slider.max;
    case "sliderStep":
      return q.slider.step;
    case "sliderAnswer":
      return q.slider.answer;
    case "sliderTolerance":
      return q.slider.tolerance;
    case "sliderUnit":
      return q.slider.unit;
  }
}

/** A number cell of a pt-BR CSV with its decimal comma (what a Brazilian Excel reads as a number); never in exponent form. */
export const csvNumber = (n: number, locale: "pt-BR" | "en"): string => (locale === "pt-BR" ? numberText(n).replace(".", ",") : numberText(n));
