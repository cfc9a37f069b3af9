import { QUESTION_LIMITS } from "@lousa/protocol";
import { collect, refuse, refuseIfTooLarge, refuseIfTooMany, type Candidate } from "../collect";
import type { FormatId, ImportDefaults, ImportInput, ImportProblem, ImportResult, SourcePosition } from "../types";
import { categoryTitle } from "../category";
import { mapQuestion } from "./questions";
import { readQuiz } from "./read-xml";
import { attribute, fieldText, child } from "./tree";

const FORMAT: FormatId = "moodle-xml";

/**
 * Reads a Moodle XML question export (Moodle's "Moodle XML format"). Multiple choice (single or
 * multiple answer) and true/false questions come in; every other kind is listed as a problem at its
 * place; the first category names the bank. Time limit and points come from `defaults`: Moodle's
 * <defaultgrade> and <penalty> mean something else (marks and retry penalties) and are ignored.
 */
export function importMoodleXml(input: ImportInput, defaults: ImportDefaults): ImportResult {
  const tooLarge = refuseIfTooLarge(FORMAT, input);
  if (tooLarge) return tooLarge;
  const quiz = readQuiz(input);
  if (!quiz.ok) return refuse(FORMAT, quiz.problem);
  const questions = quiz.questions.filter(({ element }) => attribute(element, "type")?.trim() !== "category");
  const over = questions[QUESTION_LIMITS.questionsPerBank]?.line;
  const tooMany = refuseIfTooMany(FORMAT, questions.length, over === null || over === undefined ? { question: QUESTION_LIMITS.questionsPerBank + 1 } : { line: over });
  if (tooMany) return tooMany;

  let title: string | null = null;
  const candidates: Candidate[] = [];
  const problems: ImportProblem[] = [];
  let order = 0;
  for (const { element, line } of quiz.questions) {
    if (attribute(element, "type")?.trim() === "category") {
      // Moodle writes the exported category first, then any subcategories: the first one is the bank.
      title ??= categoryTitle(fieldText(child(element, "category")));
      continue;
    }
    order += 1;
    // Lines when the parser gives them; otherwise the question's place among the file's questions.
    const at: SourcePosition = line === null ? { question: order } : { line };
    const mapped = mapQuestion(element, at, defaults);
    if ("candidate" in mapped) candidates.push(mapped.candidate);
    else problems.push(mapped.problem);
  }
  if (order === 0) {
    problems.push({ at: { line: 1 }, code: "QUESTIONS_NONE", message: "The file has no questions: export a category that has questions in it" });
  }
  return collect(FORMAT, title, candidates, problems);
}
