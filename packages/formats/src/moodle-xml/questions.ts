import type { Candidate } from "../collect";
import type { ImportDefaults, ImportProblem, QuestionDraft, SourcePosition } from "../types";
import { caseSensitiveNote, droppedNotes, feedbackNote, partialCreditNote, shortAnswerPartialNote, wildcardNote } from "./notes";
import { description } from "./description";
import { numerical } from "./numerical";
import { ordering } from "./ordering";
import { head, readAnswers, type Answer, type Mapped } from "./parts";
import { isBlank, readField, type FieldText } from "./read-text";
import { snippet } from "../text";
import { attribute, child, children, fieldText, ownText, type XmlElement } from "./tree";

/** Stands in for a true/false answer the file does not have (that value is then simply not correct). */
const NO_ANSWER: Answer = { text: { text: "", dropped: [] }, fraction: 0, feedback: { text: "", dropped: [] } };

/** Maps a (non-category) Moodle question; every kind other than multichoice, truefalse, ordering, shortanswer, numerical and description is reported. */
export function mapQuestion(element: XmlElement, at: SourcePosition, defaults: ImportDefaults): Mapped {
  const kind = attribute(element, "type")?.trim() || "unknown";
  if (kind === "multichoice") return { candidate: multichoice(element, at, defaults) };
  if (kind === "truefalse") return { candidate: truefalse(element, at, defaults) };
  if (kind === "ordering") return ordering(element, at, defaults);
  if (kind === "shortanswer") return { candidate: shortanswer(element, at, defaults) };
  if (kind === "numerical") return numerical(element, at, defaults);
  if (kind === "description") return description(element, at, defaults);
  // The start of its text, so the teacher knows which question it was without opening the file.
  const prompt = snippet(readField(child(element, "questiontext"), "html").text);
  return {
    problem: {
      at,
      code: "UNSUPPORTED_KIND",
      message: `This is a Moodle "${kind}" question, which Lousa can't play yet: it was not imported; rewrite it as multiple choice, true/false, ordering, short answer, numerical or description to use it`,
      params: { kind, ...(prompt ? { prompt } : {}) },
    },
  };
}

function multichoice(element: XmlElement, at: SourcePosition, defaults: ImportDefaults): Candidate {
  const { prompt, general, format, notes } = head(element, at);
  // Moodle skips blank answers when it saves a question; so do we, before counting indexes.
  const answers = readAnswers(element, format, true);
  notes.push(...droppedNotes(at, "options", answers.flatMap((a) => a.text.dropped)));

  const single = isSingle(element);
  let correct: number[];
  if (single) {
    // Lousa's single choice has one right answer: the one with the best mark. Moodle may give the
    // others part of the mark; in Lousa they are wrong (and the teacher is told).
    // reduce, not Math.max(...): a file with 100,000 answers must not overflow the call stack.
    const best = answers.reduce((m, a) => Math.max(m, a.fraction), 0);
    correct = best > 0 ? indexesWhere(answers, (a) => a.fraction === best) : [];
    const partial = answers.filter((a) => a.fraction > 0 && a.fraction < best).length;
    if (partial > 0) notes.push(partialCreditNote(at, partial));
  } else {
    // Lousa's multiple select is all-or-nothing: a player scores by picking exactly the options that
    // earn marks. So every answer with a positive fraction is correct, whatever its share of the mark,
    // and answers at 0 or below are the ones to leave unchecked.
    correct = indexesWhere(answers, (a) => a.fraction > 0);
  }
  const question: QuestionDraft = {
    type: single ? "single" : "multiple",
    prompt: prompt.text,
    options: answers.map((a) => a.text.text),
    correct,
    explanation: explanation(general, answers, correct, at, notes),
    timeLimitSec: defaults.timeLimitSec,
    pointsMode: defaults.pointsMode,
  };
  return { at, question, notes };
}

function truefalse(element: XmlElement, at: SourcePosition, defaults: ImportDefaults): Candidate {
  const { prompt, general, format, notes } = head(element, at);
  // Answer texts are "true" and "false" (the teacher never sees them); the options are the bank
  // language's own words. Old exports wrote localised texts in the order true, false: Moodle falls
  // back to that order, and so do we.
  const answers = readAnswers(element, format, false);
  const texts = children(element, "answer").map((a) => fieldText(a).trim());
  const named = texts.includes("true") || texts.includes("false");
  const trueAt = named ? texts.indexOf("true") : 0;
  const falseAt = named ? texts.indexOf("false") : 1;
  const byValue = [answers[trueAt] ?? NO_ANSWER, answers[falseAt] ?? NO_ANSWER];
  // The correct value is the answer worth the full mark (Moodle's own test: fraction == 100).
  const correct = indexesWhere(byValue, (a) => a.fraction === 100);
  const question: QuestionDraft = {
    type: "truefalse",
    prompt: prompt.text,
    options: [...defaults.trueFalse],
    correct,
    explanation: explanation(general, byValue, correct, at, notes),
    timeLimitSec: defaults.timeLimitSec,
    pointsMode: defaults.pointsMode,
  };
  return { at, question, notes };
}

/**
 * Moodle's short answer (qtype_shortanswer) is Lousa's typed answer. Moodle marks a response with the
 * best-matching answer's fraction: the answers worth 100% are the accepted ones; answers worth part of
 * the mark are left out (a typed answer is right or wrong in Lousa) and answers worth nothing (wrong
 * answers given for their feedback, or a `*` catch-all) simply aren't accepted. In an answer `*` is a
 * wildcard and `\*` a plain asterisk: the escape is taken away, and an accepted answer with a wildcard
 * (which Lousa compares as typed) is noted. Lousa ignores case; `<usecase>1</usecase>` (case matters) is
 * noted. Moodle compares accents, so `ignoreAccents` stays unset (false).
 */
function shortanswer(element: XmlElement, at: SourcePosition, defaults: ImportDefaults): Candidate {
  const { prompt, general, format, notes } = head(element, at);
  const answers = readAnswers(element, format, true);
  // Moodle keeps a short answer's text as it is in the file (whatever its format says) and compares the
  // response with it: `&amp;` there is what the student types, not an entity to decode.
  const raw = children(element, "answer")
    .filter((a) => !isBlank(a))
    .map((a) => fieldText(a).trim());
  const accepted = indexesWhere(answers, (a) => a.fraction >= 100);
  const options = accepted.map((i) => raw[i] ?? "");
  const usecase = child(element, "usecase");
  if (usecase !== undefined && ownText(usecase).trim() === "1") notes.push(caseSensitiveNote(at));
  const partial = answers.filter((a) => a.fraction > 0 && a.fraction < 100).length;
  if (partial > 0) notes.push(shortAnswerPartialNote(at, partial));
  const wild = options.filter(hasWildcard);
  if (wild.length > 0) notes.push(wildcardNote(at, wild.map(unescapeWildcards)));
  const question: QuestionDraft = {
    type: "typeAnswer",
    prompt: prompt.text,
    options: options.map(unescapeWildcards),
    correct: [],
    explanation: explanation(general, answers, accepted, at, notes),
    timeLimitSec: defaults.timeLimitSec,
    pointsMode: defaults.pointsMode,
  };
  return { at, question, notes };
}

/** A `*` not escaped as `\*`: Moodle's short answer matches any characters there. */
const hasWildcard = (answer: string): boolean => /(^|[^\\])\*/.test(answer);
const unescapeWildcards = (answer: string): string => answer.replace(/\\\*/g, "*");

/** Moodle's rule (trans_single): <single> missing means single; "false", "0" or empty means multiple. */
function isSingle(element: XmlElement): boolean {
  const single = child(element, "single");
  if (single === undefined) return true;
  const value = ownText(single).trim();
  return !(value === "false" || value === "0" || value === "");
}

/**
 * Lousa's one explanation: Moodle's general feedback; without one, the feedback of the correct
 * answer(s), noted. Feedback of the other answers has nowhere to go, and is noted too.
 */
function explanation(general: FieldText, answers: readonly Answer[], correct: readonly number[], at: SourcePosition, notes: ImportProblem[]): string {
  const isCorrect = (i: number) => correct.includes(i);
  const othersDropped = answers.some((a, i) => !isCorrect(i) && a.feedback.text !== "");
  if (general.text !== "") {
    notes.push(...droppedNotes(at, "explanation", general.dropped));
    if (answers.some((a) => a.feedback.text !== "")) notes.push(feedbackNote(at, false, true));
    return general.text;
  }
  const used = answers.filter((_, i) => isCorrect(i)).map((a) => a.feedback);
  const texts = [...new Set(used.map((f) => f.text).filter((t) => t !== ""))];
  if (texts.length > 0) {
    notes.push(feedbackNote(at, true, othersDropped));
    notes.push(...droppedNotes(at, "explanation", used.flatMap((f) => f.dropped)));
  } else if (othersDropped) {
    notes.push(feedbackNote(at, false, true));
  }
  return texts.join("\n");
}

function indexesWhere<T>(items: readonly T[], keep: (item: T) => boolean): number[] {
  return items.flatMap((item, i) => (keep(item) ? [i] : []));
}
