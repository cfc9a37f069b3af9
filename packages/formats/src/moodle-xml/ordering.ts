import { QUESTION_LIMITS } from "@lousa/protocol";
import type { ImportDefaults, QuestionDraft, SourcePosition } from "../types";
import { droppedNotes, feedbackNote, orderingGradingNote, orderingSubsetNote } from "./notes";
import { head, readAnswers, type Mapped } from "./parts";
import { child, ownText, type XmlElement } from "./tree";

/**
 * Moodle's ordering question (qtype_ordering), read as its import_from_xml reads it
 * (question/type/ordering/questiontype.php):
 * - the items are the non-blank <answer> elements in FILE order, which is the right order: Moodle
 *   ignores their `fraction` on import and numbers them 1, 2, 3… itself, so a file whose fractions
 *   disagree with its order still means its order;
 * - <selecttype> ALL/EXACT shows every item; anything else (RANDOM by default, CONTIGUOUS) shows
 *   <selectcount> of them (6 when missing, at least 2) per attempt; files from old versions of the
 *   plugin call these <logical> and <studentsee>;
 * - <gradingtype> ALL_OR_NOTHING is Lousa's scoring; any other value (and a missing or empty one, which
 *   Moodle takes as RELATIVE_NEXT_EXCLUDE_LAST) gives part of the mark for a partly right order.
 * Lousa plays all the items, all-or-nothing: what Moodle would have done otherwise is noted. The
 * combined feedback (correct / partly correct / incorrect) is not read, as for multiple choice.
 */
export function ordering(element: XmlElement, at: SourcePosition, defaults: ImportDefaults): Mapped {
  const { prompt, general, format, notes } = head(element, at);
  // Moodle's save_question_options drops an item that is empty once a lone <p>…</p> around it is taken
  // away (an item holding only an image stays: Lousa then reports it as an empty option).
  const items = readAnswers(element, format, true).filter((a) => a.text.text !== "" || a.text.dropped.length > 0);
  const max = QUESTION_LIMITS.maxOptions;
  if (items.length > max) {
    // One problem that says what to do, rather than the schema's two (too many options, an answer too long).
    const message = `This ordering question has ${items.length} items; Lousa puts ${QUESTION_LIMITS.minOptions} to ${max} in order: split it or leave some out, then import it again`;
    return { problem: { at, code: "OPTIONS_COUNT", message, params: { count: items.length, max } } };
  }
  notes.push(...droppedNotes(at, "options", items.flatMap((a) => a.text.dropped)));

  const hasSelectType = child(element, "selecttype") !== undefined;
  const selectType = optionText(element, hasSelectType ? "selecttype" : "logical", "RANDOM").toUpperCase();
  const countText = optionText(element, hasSelectType ? "selectcount" : "studentsee", "6");
  // Moodle's set_options_for_import: a count that is not a number counts as 2 (its smallest subset).
  const selectCount = countText !== "" && Number.isFinite(Number(countText)) ? Math.trunc(Number(countText)) : 2;
  // Moodle's start_attempt: ALL shows every item; otherwise the count, kept between 2 and the item count.
  const shown = selectType === "ALL" || selectType === "EXACT" ? items.length : Math.min(items.length, Math.max(2, selectCount));
  if (shown < items.length) notes.push(orderingSubsetNote(at, shown, items.length));

  const grading = optionText(element, "gradingtype", "").toUpperCase() || "RELATIVE_NEXT_EXCLUDE_LAST";
  if (grading !== "ALL_OR_NOTHING") notes.push(orderingGradingNote(at, grading));

  // Feedback on single items has no place in Lousa (the explanation is the question's general feedback).
  notes.push(...droppedNotes(at, "explanation", general.dropped));
  if (items.some((a) => a.feedback.text !== "")) notes.push(feedbackNote(at, false, true));

  const question: QuestionDraft = {
    type: "ordering",
    prompt: prompt.text,
    options: items.map((a) => a.text.text),
    correct: items.map((_, i) => i),
    explanation: general.text,
    timeLimitSec: defaults.timeLimitSec,
    pointsMode: defaults.pointsMode,
  };
  return { candidate: { at, question, notes } };
}

/** One of the ordering options (<selecttype>…), trimmed; `fallback` only when the element is missing, as Moodle's getpath. */
function optionText(element: XmlElement, name: string, fallback: string): string {
  const value = child(element, name);
  return value === undefined ? fallback : ownText(value).trim();
}
