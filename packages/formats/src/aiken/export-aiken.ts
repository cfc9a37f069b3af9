import type { BankDraft, ExportedFile, QuestionDraft } from "../types";
import { byQuestion, droppedNote, droppedSettings, fileSlug, isNotChoiceQuiz, languageDefaults, leftOutNotes } from "../gift/export-file";
import { optionLetter } from "@lousa/game";
import { pictureNotes } from "../picture-notes";

type Note = ExportedFile["notes"][number];


/**
 * Writes a bank as Aiken (question line, lettered options, ANSWER: letter). Aiken holds one right
 * answer and nothing else, so:
 * - a multiple-answer question is left out, with a note of its own (writing one of its right options
 *   as "the" answer would teach the class something false); so are polls (no right answer to write)
 *   ordering questions (no sequence in Aiken), typed answers (Aiken's questions are chosen, not typed),
 *   sliders (no number to pick) and slides (no answers at all);
 * - a true/false question is written as its two options; importAiken reads it back as true/false when
 *   they are the bank language's words;
 * - explanation, time limit and points are dropped: FIELD_DROPPED notes list the questions that lose one;
 * - a line break in a text becomes a space: Aiken's question and options are one line each.
 */
export function exportAiken(bank: BankDraft): ExportedFile {
  const [yes, no] = languageDefaults(bank.language).trueFalse;
  const written = (q: QuestionDraft): boolean => q.type !== "multiple" && !isNotChoiceQuiz(q);
  // Notes number questions in the whole bank (left-out ones count), as the editor does.
  const leftOut: Note[] = bank.questions.flatMap((q, i) =>
    q.type !== "multiple" ? [] : [{ question: i + 1, code: "FIELD_DROPPED", message: `Question ${i + 1} is left out: Aiken has one right answer per question, and this one has ${q.correct.length}` }],
  );
  const notes = [
    ...leftOut,
    ...leftOutNotes("Aiken", bank.questions, written),
    ...droppedNote(bank.questions, (q) => q.type === "truefalse" && !(q.options[0] === yes && q.options[1] === no), `Aiken has no true/false: with options other than "${yes}"/"${no}" they come back as single choice`),
    ...droppedNote(bank.questions, (q) => written(q) && q.explanation !== "", "Aiken has no explanation"),
    ...droppedNote(bank.questions, (q) => written(q) && [q.prompt, ...q.options].some((t) => t.includes("\n")), "Aiken texts are one line (line breaks became spaces)"),
    ...droppedSettings("Aiken", bank, written),
    ...pictureNotes("Aiken", bank.questions, written),
  ];
  return {
    filename: `${fileSlug(bank.title, "questions")}.aiken.txt`,
    contentType: "text/plain; charset=utf-8",
    body: new TextEncoder().encode(bank.questions.filter(written).map((q) => `${writeQuestion(q)}\n`).join("\n")),
    notes: byQuestion(notes),
  };
}

function writeQuestion(q: QuestionDraft): string {
  const options = q.options.map((o, i) => `${optionLetter(i)}) ${oneLine(o)}`);
  return [oneLine(q.prompt), ...options, `ANSWER: ${optionLetter(q.correct[0] ?? 0)}`].join("\n");
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, " ").trim();
