import { SLIDER_MAX_MAGNITUDE } from "@lousa/game";
import type { ImportDefaults, ImportProblem, QuestionDraft, SourcePosition } from "../types";
import { numberText, scaleAround, scaleWords } from "../slider-scale";
import { droppedNotes, feedbackNote } from "./notes";
import { head, readAnswers, type Mapped } from "./parts";
import { child, children, fieldText, isElement, ownText, type XmlElement } from "./tree";

const note = (at: SourcePosition, kind: string, message: string): ImportProblem => ({ at, code: "FIELD_DROPPED", message, params: { kind, field: "slider" } });

/** A number as Moodle writes it in XML ("5", "0.0005", "-3.25"); null for "*" (any answer) or anything else. */
function numberOf(text: string): number | null {
  const t = text.trim();
  return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * Moodle's numerical question (qtype_numerical) is Lousa's slider. Moodle marks a response with the
 * first answer it falls within (`<tolerance>` either side): the first answer worth 100% is the right
 * value and its tolerance the slider's; answers worth part of the mark (and further 100% ones) are left
 * out, noted. The base unit (multiplier 1) is the slider's unit; other units are noted. Moodle has no
 * scale: one is made around the answer (slider-scale.ts), noted with its values.
 */
export function numerical(element: XmlElement, at: SourcePosition, defaults: ImportDefaults): Mapped {
  const { prompt, general, format, notes } = head(element, at);
  const elements = children(element, "answer").map((a): XmlElement => (isElement(a) ? a : {}));
  const answers = readAnswers(element, format, false);
  const full = answers.flatMap((a, i) => (a.fraction >= 100 ? [i] : []));
  const [first] = full;
  const refuse = (why: string): Mapped => ({ problem: { at, code: "SLIDER_ANSWER", message: `This numerical question can't become a slider: ${why}`, params: { kind: "numerical" } } });
  if (first === undefined) return refuse("no answer is worth 100%");
  const answer = numberOf(fieldText(elements[first]));
  if (answer === null) return refuse(`its 100% answer "${fieldText(elements[first]).trim()}" is not a number`);
  const toleranceText = ownText(child(elements[first] ?? {}, "tolerance")).trim();
  const tolerance = toleranceText === "" ? 0 : numberOf(toleranceText);
  if (tolerance === null || tolerance < 0) return { problem: { at, code: "SLIDER_TOLERANCE", message: `This numerical question can't become a slider: its tolerance "${toleranceText}" is not a number of 0 or more`, params: { kind: "numerical" } } };
  if (Math.abs(answer) > SLIDER_MAX_MAGNITUDE || tolerance > SLIDER_MAX_MAGNITUDE) return { problem: { at, code: "SLIDER_RANGE", message: `This numerical question can't become a slider: a slider's numbers go from -${numberText(SLIDER_MAX_MAGNITUDE)} to ${numberText(SLIDER_MAX_MAGNITUDE)}`, params: { kind: "numerical" } } };

  const others = answers.filter((a, i) => i !== first && a.fraction > 0).length;
  if (others > 0) notes.push(note(at, "partial-credit", `${others === 1 ? "One other answer earns" : `${others} other answers earn`} marks in Moodle; a slider has one right value: ${numberText(answer)} (within ${numberText(tolerance)}) is kept, the others are left out`));
  const unitList = child(element, "units");
  const units = (isElement(unitList) ? children(unitList, "unit") : []).map((u): XmlElement => (isElement(u) ? u : {}));
  const base = units.find((u) => Number(ownText(child(u, "multiplier")).trim() || "1") === 1);
  const unit = base ? ownText(child(base, "unit_name")).trim() : "";
  if (units.length > (base ? 1 : 0)) notes.push(note(at, "units", `Moodle accepts this answer in other units too; Lousa's slider has one unit${unit ? ` (${unit})` : ""}: the others are left out`));
  const scale = scaleAround(answer, tolerance);
  notes.push(note(at, "slider-scale", `Moodle XML has no scale for a numerical answer: the slider goes from ${scaleWords(scale)}; check it in the editor`));
  // Feedback per answer has no place; the general feedback is the explanation.
  notes.push(...droppedNotes(at, "explanation", general.dropped));
  if (answers.some((a) => a.feedback.text !== "")) notes.push(feedbackNote(at, false, true));
  const question: QuestionDraft = {
    type: "slider",
    prompt: prompt.text,
    options: [],
    correct: [],
    explanation: general.text,
    timeLimitSec: defaults.timeLimitSec,
    pointsMode: defaults.pointsMode,
    slider: { ...scale, answer, tolerance, unit },
  };
  return { candidate: { at, question, notes } };
}

/**
 * A slider as Moodle's numerical question, in the shape its export_to_xml writes: one answer at 100%
 * with its tolerance, units not graded (unitgradingtype 0) and no unit input (showunits 3); the unit, if
 * any, as the base unit (multiplier 1), which the importer above reads back.
 */
export function numericalParts(slider: NonNullable<QuestionDraft["slider"]>) {
  return {
    answer: { "@_fraction": "100", "@_format": "moodle_auto_format", text: numberText(slider.answer), feedback: { "@_format": "html", text: "" }, tolerance: numberText(slider.tolerance) },
    unitgradingtype: "0",
    unitpenalty: "0.1000000",
    showunits: "3",
    unitsleft: "0",
    ...(slider.unit === "" ? {} : { units: { unit: { multiplier: "1", unit_name: slider.unit } } }),
  };
}
