import { XMLBuilder } from "fast-xml-parser";
import { DEFAULTS_EN, DEFAULTS_PT, type BankDraft, type ExportedFile, type QuestionDraft } from "../types";
import { categoryPath } from "../category";
import { fileSlug } from "../file-name";
import { ignoresAccents, leftOutNotes } from "../gift/export-file";
import { isTrueFalsePair } from "../true-false";
import { pictureNotes } from "../picture-notes";
import { numericalParts } from "./numerical";
import { textToHtml, xmlText } from "./write-text";

type Note = ExportedFile["notes"][number];

/**
 * Writes a bank as a Moodle XML question export: a category named after the bank, then each question
 * as Moodle multiple choice, true/false, ordering, short answer (a typed answer), numerical (a slider:
 * its answer, tolerance and unit; the scale is noted as not written) or description (a slide), in the
 * shape Moodle's own exporter writes (so Moodle's importer, and ours, read it back). Moodle has no poll
 * question (a question with no right answer): polls are left out, each with a note. Pictures are not
 * in the file (noted).
 */
export function exportMoodleXml(bank: BankDraft): ExportedFile {
  const defaults = bank.language === "en" ? DEFAULTS_EN : DEFAULTS_PT;
  const written = (q: QuestionDraft): boolean => q.type !== "poll";
  const questions = bank.questions.filter(written).map((q) => {
    if (q.type === "ordering") return ordering(q);
    if (q.type === "typeAnswer") return shortanswer(q);
    if (q.type === "slide") return description(q);
    if (q.slider) return { ...head(q, "numerical", "0.3333333"), ...numericalParts(q.slider) };
    return q.type === "truefalse" && isTrueFalsePair(q.options, defaults.trueFalse) ? truefalse(q) : multichoice(q);
  });
  const category = {
    "@_type": "category",
    category: { text: xmlText(categoryPath(bank.title)) },
    info: { "@_format": "html", text: xmlText(textToHtml(bank.description)) },
  };
  const xml = builder().build({ "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" }, quiz: { question: [category, ...questions] } });

  // Moodle has no per-question time limit (a quiz has one for all) and no double or no-points mode:
  // questions that had them come back with the import defaults, so the teacher is told which.
  const notes: Note[] = leftOutNotes("Moodle", bank.questions, written);
  bank.questions.forEach((q, i) => {
    // A slide has no clock and no points: nothing about them is lost.
    if (!written(q) || q.type === "slide") return;
    const question = i + 1;
    if (q.type === "slider") {
      notes.push({ question, code: "FIELD_DROPPED", message: "Moodle's numerical question has no scale: the slider's minimum, maximum and step are not in the file (an import makes a scale around the answer)" });
    }
    if (q.timeLimitSec !== defaults.timeLimitSec) {
      notes.push({ question, code: "TIME_LIMIT_NOT_ALLOWED", message: `Moodle XML has no time limit per question: ${q.timeLimitSec} s is not in the file (an import gives ${defaults.timeLimitSec} s)` });
    }
    if (ignoresAccents(q)) {
      notes.push({ question, code: "FIELD_DROPPED", message: "Moodle's short answer compares accents: an import gives back a typed answer that counts them" });
    }
    if (q.pointsMode !== defaults.pointsMode) {
      notes.push({ question, code: "FIELD_DROPPED", message: `Moodle XML has no "${q.pointsMode}" points mode: the question is worth standard points when imported again` });
    }
  });
  notes.push(...pictureNotes("Moodle XML", bank.questions, written));
  notes.sort((a, b) => a.question - b.question);
  return { filename: `${fileSlug(bank.title, "banco")}.xml`, contentType: "application/xml; charset=utf-8", body: new TextEncoder().encode(`${xml.trimEnd()}\n`), notes };
}

function builder(): XMLBuilder {
  return new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    format: true,
    indentBy: "  ",
    // <text> content is written by xmlText (escaped or in CDATA, as Moodle writes it) and must reach
    // the file as is, on one line; every other value is escaped by the builder.
    stopNodes: ["*.text"],
  });
}

/** What every Moodle question starts with. Moodle needs a name; Lousa has none, so the prompt's start is used. */
function head(q: QuestionDraft, type: string, penalty: string) {
  return {
    "@_type": type,
    name: { text: xmlText(questionName(q.prompt)) },
    questiontext: html(q.prompt),
    generalfeedback: html(q.explanation),
    defaultgrade: "1.0000000",
    penalty,
    hidden: "0",
  };
}

function truefalse(q: QuestionDraft) {
  const trueIsCorrect = q.correct[0] === 0;
  const answer = (value: "true" | "false", correct: boolean) => ({
    "@_fraction": correct ? "100" : "0",
    "@_format": "moodle_auto_format",
    text: value,
    feedback: html(""),
  });
  // Moodle's own defaults: a wrong true/false answer can't be retried for part of the mark.
  return { ...head(q, "truefalse", "1.0000000"), answer: [answer("true", trueIsCorrect), answer("false", !trueIsCorrect)] };
}

function multichoice(q: QuestionDraft) {
  const single = q.type !== "multiple";
  return {
    ...head(q, "multichoice", "0.3333333"),
    single: single ? "true" : "false",
    // Lousa shows options in the order the teacher wrote them, numbered a, b, c.
    shuffleanswers: "0",
    answernumbering: "abc",
    answer: q.options.map((option, i) => ({
      "@_fraction": fraction(single, q.correct.includes(i), q.correct.length),
      "@_format": "html",
      text: xmlText(textToHtml(option)),
      feedback: html(""),
    })),
  };
}

/**
 * Moodle's ordering question (qtype_ordering: long a plugin, now in Moodle's own source tree), as its
 * export_to_xml writes it (question/type/ordering/questiontype.php; tests/fixtures/testquestion.moodle.xml):
 * the options after the question's head, then one <answer> per item in the right order, `fraction`
 * holding its position (1, 2, 3…) rather than a mark. Moodle's importer takes the items in file order.
 * The options say what Lousa plays: every item (ALL, so no random subset) and all-or-nothing grading;
 * the count is written too, for readers that look at it whatever the select type.
 */
function ordering(q: QuestionDraft) {
  return {
    ...head(q, "ordering", "0.3333333"),
    layouttype: "VERTICAL",
    selecttype: "ALL",
    selectcount: String(q.options.length),
    gradingtype: "ALL_OR_NOTHING",
    showgrading: "SHOW",
    numberingstyle: "none",
    answer: q.options.map((item, i) => ({
      "@_fraction": `${i + 1}.0000000`,
      "@_format": "html",
      text: xmlText(textToHtml(item)),
    })),
  };
}

/**
 * Moodle's short answer, as its export_to_xml writes it: <usecase>0 (Lousa ignores case), then each
 * accepted answer at 100% in moodle_auto_format (the answer is compared as typed, not shown as HTML).
 * A `*` is Moodle's wildcard: written `\*`, it is a plain asterisk, as it is in Lousa.
 */
function shortanswer(q: QuestionDraft) {
  return {
    ...head(q, "shortanswer", "0.3333333"),
    usecase: "0",
    answer: q.options.map((accepted) => ({
      "@_fraction": "100",
      "@_format": "moodle_auto_format",
      text: xmlText(accepted.replace(/\*/g, "\\*")),
      feedback: html(""),
    })),
  };
}

/**
 * A slide as Moodle's description: named after its title, the title (in bold) and then the text as
 * its question text, which the importer splits back at the first line. Worth no marks, as Moodle
 * writes descriptions.
 */
function description(q: QuestionDraft) {
  const title = `<p><strong>${textToHtml(q.prompt)}</strong></p>`;
  const text = textToHtml(q.explanation);
  return {
    "@_type": "description",
    name: { text: xmlText(questionName(q.prompt)) },
    questiontext: { "@_format": "html", text: xmlText(title + text) },
    generalfeedback: html(""),
    defaultgrade: "0.0000000",
    penalty: "0.0000000",
    hidden: "0",
  };
}

/**
 * An answer's mark, in percent. Moodle accepts only its own list of fractions (p/q for q ≤ 6, tenths,
 * 1/q for q ≤ 10, 1/20 and their negatives, matched to 0.00001) and wants a multiple-answer
 * question's positive marks to add up to 100%: each of k correct options gets 100/k, which is on
 * that list for k ≤ 6 (Lousa's most options). A wrong option in a multiple-answer question takes
 * the whole mark away (-100%), the nearest Moodle gets to Lousa's all-or-nothing scoring.
 */
function fraction(single: boolean, correct: boolean, correctCount: number): string {
  if (correct) return String(Number((100 / (single ? 1 : correctCount)).toFixed(5)));
  return single ? "0" : "-100";
}

function html(text: string) {
  return { "@_format": "html", text: xmlText(textToHtml(text)) };
}

/** The prompt's first line, whitespace collapsed, cut at 80 characters (as Moodle names an unnamed question). */
function questionName(prompt: string): string {
  const line = (prompt.split("\n")[0] ?? "").replace(/\s+/g, " ").trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
