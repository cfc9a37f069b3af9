import ExcelJS from "exceljs";
import type { BankDraft, ExportedFile, ExportNoteCode, QuestionDraft } from "../types";
import { isNotChoiceQuiz, leftOutNotes } from "../gift/export-file";
import { pictureNotes } from "../picture-notes";
import { fileSlug, XLSX_TYPE } from "./grid";
import { KAHOOT, KAHOOT_HEADERS, nearestKahootTime } from "./kahoot-layout";

type Note = ExportedFile["notes"][number];

/** What Kahoot can't take of one question; `question` is 1-based, as the editor numbers questions. */
function questionNotes(q: QuestionDraft, question: number): Note[] {
  const notes: Note[] = [];
  const add = (code: ExportNoteCode, message: string): void => {
    notes.push({ question, code, message: `Question ${question}: ${message}` });
  };
  if (q.options.length > KAHOOT.answers) {
    add("TOO_MANY_OPTIONS", `it has ${q.options.length} options and Kahoot takes at most ${KAHOOT.answers}, so it was left out of the file`);
    return notes;
  }
  const long: string[] = [];
  if (q.prompt.length > KAHOOT.questionMax) long.push(`the question has ${q.prompt.length} characters (Kahoot: ${KAHOOT.questionMax})`);
  q.options.forEach((o, i) => {
    if (o.length > KAHOOT.answerMax) long.push(`answer ${i + 1} has ${o.length} characters (Kahoot: ${KAHOOT.answerMax})`);
  });
  // Kept whole rather than cut: Kahoot's import marks it to shorten, where a cut could change its meaning.
  if (long.length > 0) add("TEXT_TOO_LONG", `${long.join("; ")}: shorten it in Kahoot's import review`);
  const time = nearestKahootTime(q.timeLimitSec);
  if (time !== q.timeLimitSec) add("TIME_LIMIT_NOT_ALLOWED", `Kahoot has no ${q.timeLimitSec} s time limit, so it got ${time} s`);
  return notes;
}

/**
 * Fields Kahoot's template has no column for: said once for the whole bank, at the first question that
 * loses one, among the questions the file holds (`written`).
 */
function droppedNotes(questions: readonly QuestionDraft[], written: (q: QuestionDraft) => boolean): Note[] {
  const notes: Note[] = [];
  const explainedWritten = (q: QuestionDraft): boolean => written(q) && q.explanation.trim() !== "";
  const explained = questions.findIndex(explainedWritten);
  if (explained >= 0) {
    const count = questions.filter(explainedWritten).length;
    notes.push({ question: explained + 1, code: "FIELD_DROPPED", message: `Kahoot has no explanations: those of ${count} question(s) are not in the file` });
  }
  const scored = questions.findIndex((q) => written(q) && q.pointsMode !== "standard");
  if (scored >= 0) {
    notes.push({ question: scored + 1, code: "FIELD_DROPPED", message: "Kahoot's template has no points setting: double and no-points questions are standard there (set them in Kahoot's editor)" });
  }
  return notes;
}

/** Writes a bank in Kahoot's quiz template (see kahoot-layout.ts), saying which questions didn't fit. */
export async function exportKahootXlsx(bank: BankDraft): Promise<ExportedFile> {
  const book = new ExcelJS.Workbook();
  book.creator = "Lousa";
  const sheet = book.addWorksheet("Sheet1");
  sheet.columns = [{ width: 6 }, { width: 50 }, { width: 32 }, { width: 32 }, { width: 32 }, { width: 32 }, { width: 26 }, { width: 33 }];
  // The title area of Kahoot's template; the header row stays where its importer looks (row 8).
  sheet.getCell("B2").value = "Quiz template";
  sheet.getCell("B2").font = { bold: true, size: 14 };
  sheet.getCell("B3").value = `Exported from Lousa: ${bank.title}. Each question needs at least two answers, a time limit and one or more correct answers.`;
  sheet.getCell("B4").value = `Questions hold at most ${KAHOOT.questionMax} characters and answers ${KAHOOT.answerMax}; separate several correct answers with a comma.`;
  const header = sheet.getRow(KAHOOT.headerRow);
  header.values = [null, KAHOOT_HEADERS.prompt, ...KAHOOT_HEADERS.answers, KAHOOT_HEADERS.time, KAHOOT_HEADERS.correct];
  header.font = { bold: true };

  // Kahoot's polls, puzzles, type-answer, slider questions and slides exist only in its editor: the quiz template has quiz questions alone.
  const fits = (q: QuestionDraft): boolean => !isNotChoiceQuiz(q) && q.options.length <= KAHOOT.answers;
  const notes: Note[] = leftOutNotes("Kahoot's quiz template", bank.questions, (q) => !isNotChoiceQuiz(q));
  let written = 0;
  bank.questions.forEach((q, i) => {
    if (isNotChoiceQuiz(q)) return;
    notes.push(...questionNotes(q, i + 1));
    if (!fits(q)) return;
    written++;
    const answers = [0, 1, 2, 3].map((a) => q.options[a] ?? null);
    const correct = q.correct.map((c) => c + 1).join(",");
    // Text goes in as typed string cells: Kahoot reads them as they are, so no formula guard is added.
    sheet.getRow(KAHOOT.headerRow + written).values = [written, q.prompt, ...answers, nearestKahootTime(q.timeLimitSec), q.correct.length === 1 ? Number(correct) : correct];
  });
  notes.push(...droppedNotes(bank.questions, fits), ...pictureNotes("Kahoot template", bank.questions, fits));
  notes.sort((a, b) => a.question - b.question);
  const body = new Uint8Array(await book.xlsx.writeBuffer());
  return { filename: `${fileSlug(bank.title, "kahoot")}-kahoot.xlsx`, contentType: XLSX_TYPE, body, notes };
}
