import { kindOf, type AnswerRecord, type QuestionType, type SliderSpec } from "@lousa/game";

/** A number as the export's language writes it ("2,5" in pt-BR), with the slider's unit if it has one. */
export function numberWithUnit(value: number, unit: string, decimal: "," | "."): string {
  const text = String(value).replace(".", decimal);
  return unit ? `${text} ${unit}` : text;
}

/**
 * An answer as an export cell: what the kind says ("B", "A+C", "C > A > B", the text typed), and for a
 * slider the number guessed in the export's decimal mark, with its unit ("6 camadas").
 */
export function answerCell(q: { readonly type: QuestionType; readonly slider?: SliderSpec | null }, a: AnswerRecord, decimal: "," | "."): string {
  if (a.value !== null) return numberWithUnit(a.value, q.slider?.unit ?? "", decimal);
  return kindOf(q.type).answerText(a);
}

/** A slider's right answer as a cell: "5 camadas (± 1)". */
export function sliderAnswerCell(s: SliderSpec, decimal: "," | "."): string {
  return `${numberWithUnit(s.answer, s.unit, decimal)}${s.tolerance > 0 ? ` (± ${String(s.tolerance).replace(".", decimal)})` : ""}`;
}
