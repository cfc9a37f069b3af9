import type { BankDraft, ExportedFile, QuestionDraft } from "../types";
import { escapeGift } from "./escape";
import { byQuestion, droppedNote, droppedSettings, fileSlug, ignoresAccents, isPollOrOrdering, languageDefaults, leftOutNotes } from "./export-file";
import { looksLikeHtml } from "./text";
import { pictureNotes } from "../picture-notes";
import { numberText } from "../slider-scale";

/**
 * Writes a bank as GIFT that Moodle imports and importGift reads back to the same questions (prompt,
 * options, correct set, type, explanation). Time limit and points are not in GIFT: FIELD_DROPPED notes
 * list the questions whose values an import would not give back. GIFT has no poll and no ordering
 * question (Moodle's ordering plugin adds a `{>…}` syntax to its own GIFT reader, which core Moodle and
 * other GIFT tools don't read): those are left out, each with a note. A typed answer is GIFT's short
 * answer, every accepted answer an `=` one (Moodle accepts any of them); GIFT has no accent-blind
 * matching, so a question that ignores accents is noted. A slider is GIFT's numerical question
 * (`{#answer:tolerance}`: its scale and unit are noted as not written), a slide GIFT's description
 * (`::title::text`, no braces). Pictures are not in the file (noted).
 */
export function exportGift(bank: BankDraft): ExportedFile {
  const [yes, no] = languageDefaults(bank.language).trueFalse;
  // {T}/{F} comes back as the importing bank's own true/false words: only these are safe to write so.
  const standardTrueFalse = (q: QuestionDraft): boolean => q.type === "truefalse" && q.options.length === 2 && q.options[0] === yes && q.options[1] === no;
  const title = oneLine(bank.title);
  const lines = [`// ${title}: exported by Lousa`, ...bank.description.split("\n").filter((l) => l.trim() !== "").map((l) => `// ${l.trim()}`)];
  // Moodle writes a "/" inside a category name as "//"; the category line is read raw (no escapes).
  lines.push(`$CATEGORY: $course$/${title.replace(/\//g, "//")}`, "");
  // A typed answer containing "->" would read back as a matching question: GIFT's short answer and
  // matching are both only "=" answers, and "->" has no escape. Left out with its own note.
  const arrowTyped = (q: QuestionDraft): boolean => q.type === "typeAnswer" && q.options.some((o) => o.includes("->"));
  const written = (q: QuestionDraft): boolean => !isPollOrOrdering(q) && !arrowTyped(q);
  // ::Qn:: keeps the question's number in the bank, left-out ones counted, as the notes number them.
  bank.questions.forEach((q, i) => {
    if (written(q)) lines.push(writeQuestion(q, i + 1, standardTrueFalse(q)), "");
  });
  const notes = [
    ...leftOutNotes("GIFT", bank.questions, (q) => written(q) || arrowTyped(q)),
    ...bank.questions.flatMap((q, i) =>
      arrowTyped(q) ? [{ question: i + 1, code: "FIELD_DROPPED" as const, message: `Question ${i + 1} is left out: in GIFT an accepted answer with "->" reads back as a matching question` }] : [],
    ),
    ...droppedNote(bank.questions, (q) => q.type === "truefalse" && !standardTrueFalse(q), `GIFT's true/false gives back "${yes}"/"${no}": true/false questions with other options are written as single choice`),
    ...droppedNote(bank.questions, (q) => written(q) && ignoresAccents(q), "GIFT's short answer compares accents (an import gives a typed answer that counts them)"),
    ...droppedNote(bank.questions, (q) => q.type === "slider", "GIFT's numerical question has no scale and no unit: only the answer and its tolerance are written (an import makes a scale around the answer)"),
    // A slide has no clock and no points: its settings are not lost in any way that matters.
    ...droppedSettings("GIFT", bank, (q) => written(q) && q.type !== "slide"),
    ...pictureNotes("GIFT", bank.questions, written),
  ];
  return {
    filename: `${fileSlug(bank.title, "questions")}.gift.txt`,
    contentType: "text/plain; charset=utf-8",
    body: new TextEncoder().encode(lines.join("\n")),
    notes: byQuestion(notes),
  };
}

function writeQuestion(q: QuestionDraft, n: number, asTrueFalse: boolean): string {
  // Lousa's texts are plain. Moodle's default format renders HTML, so a text that would look like markup
  // there ("<b>", "&amp;") is marked [plain]: Moodle then shows it as typed and importGift keeps it.
  const format = [q.prompt, ...q.options, q.explanation].some(looksLikeHtml) ? "plain" : "moodle";
  // A text starting with "[" would be read as a format tag, an option starting with "%50%" as a weight
  // (GIFT has no escape for either): an explicit format tag in front keeps them text, in Moodle too.
  const text = (s: string, always = false): string => `${always || /^[[%]/.test(s) ? `[${format}]` : ""}${escapeGift(s)}`;
  if (q.type === "slide") return slide(q, text);
  const head = `::Q${n}::${text(q.prompt, format === "plain")}`;
  const general = q.explanation === "" ? "" : `####${text(q.explanation)}`;
  if (q.slider) return `${head}{#${numberText(q.slider.answer)}:${numberText(q.slider.tolerance)}${general}}`;
  if (asTrueFalse) return `${head}{${q.correct[0] === 0 ? "T" : "F"}${general}}`;
  const answers = q.options.map((o, i) => `\t${mark(q, i)}${text(o)}`);
  return [`${head}{`, ...answers, ...(general ? [`\t${general}`] : []), "}"].join("\n");
}

/**
 * A slide as GIFT's description: `::title::text` with no braces, which importGift reads back as a slide
 * with that title and text. Without a text, or with a title a GIFT title can't hold (a line break), the
 * title and text are one text with no `::title::`: importGift then takes its first line as the title.
 */
function slide(q: QuestionDraft, text: (s: string, always?: boolean) => string): string {
  if (q.explanation === "" || q.prompt.includes("\n")) return text([q.prompt, q.explanation].filter((t) => t !== "").join("\n"));
  // In a title every GIFT special is escaped too (gift-pegjs reads \: and the others there).
  return `::${escapeGift(q.prompt)}::${text(q.explanation)}`;
}

/**
 * One right option is `=`, and so is every accepted answer of a typed answer (GIFT's short answer: only
 * `=` answers, no `~`). Multiple answer has no `=` (that is how Moodle tells it apart): each right
 * option gets an equal share of 100% and each wrong one an equal share of -100%, so guessing everything
 * scores nothing in Moodle and importGift maps "positive weight" back to the same correct set. These
 * shares (100, 50, 33.33333, 25, 20, 16.66667) are all grades Moodle accepts.
 */
function mark(q: QuestionDraft, i: number): string {
  if (q.type === "typeAnswer") return "=";
  const right = q.correct.includes(i);
  if (q.type !== "multiple") return right ? "=" : "~";
  const share = right ? 100 / q.correct.length : -100 / (q.options.length - q.correct.length);
  return `~%${Number(share.toFixed(5))}%`;
}

const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();
