import { collect, refuse, refuseIfTooLarge, refuseIfTooMany, type Candidate } from "../collect";
import { decodeText } from "../text";
import { isTrueFalsePair } from "../true-false";
import type { ImportDefaults, ImportInput, ImportProblem, ImportResult } from "../types";

/**
 * Reads Aiken, Moodle's one-right-answer format:
 *
 *     Question text
 *     A) first option        (or "A. first option")
 *     B) second option
 *     ANSWER: B
 *
 * As Moodle: an option is a capital letter, ")" or ".", a space and its text; "ANSWER:" ends the
 * question; blank lines between questions are optional. Looser than Moodle where that can't misread a
 * file: a question's first line is always its text (so "E. coli é uma bactéria?" is a question, not an
 * option), more lines before the first option continue the text, and "Answer: b" is accepted.
 * Aiken has no explanation, time limit or points: those come from `defaults` (explanation empty).
 */
export function importAiken(input: ImportInput, defaults: ImportDefaults): ImportResult {
  const tooLarge = refuseIfTooLarge("aiken", input);
  if (tooLarge) return tooLarge;
  const text = decodeText(input);
  if (text === null) return unreadable("This is not a text file: save the questions as plain text (UTF-8)");
  const lines = text.split("\n");
  if (lines.every((l) => l.trim() === "")) return unreadable("The file is empty");
  const answers = lines.filter((l) => ANSWER.test(l.trim())).length;
  if (answers === 0) return unreadable('No line starts with "ANSWER:": is it an Aiken file?');
  // Refused before reading on, like collect does for playable questions, so a huge file can't flood the preview.
  const tooMany = refuseIfTooMany("aiken", answers, { line: 1 });
  if (tooMany) return tooMany;

  const candidates: Candidate[] = [];
  const problems: ImportProblem[] = [];
  let open: Open | null = null;
  const unanswered = (q: Open): void => {
    problems.push({ at: { line: q.line }, code: "SYNTAX", message: `line ${q.line}: this question has no "ANSWER:" line after its options (each option on one line, then ANSWER: and its letter)` });
  };
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const answer = ANSWER.exec(line);
    // Between questions, "ANSWER: B" is one too many; "Answer: what is…" is the next question's text.
    if (open === null && answer && LETTER.test(answer[1] ?? "")) {
      problems.push({ at: { line: i + 1 }, code: "SYNTAX", message: `line ${i + 1}: "ANSWER:" with no question and options before it` });
      continue;
    }
    if (open === null) {
      open = { line: i + 1, prompt: [line], options: [] };
      continue;
    }
    if (answer) {
      const done = answered(open, answer[1] ?? "", i + 1, defaults);
      if ("candidate" in done) candidates.push(done.candidate);
      else problems.push(done.problem);
      open = null;
      continue;
    }
    const option = OPTION.exec(line);
    if (option) {
      open.options.push({ label: option[1] ?? "", text: option[2] ?? "" });
      continue;
    }
    if (open.options.length === 0) {
      open.prompt.push(line);
      continue;
    }
    // Text after the options and before any ANSWER: the question was never closed; this starts the next.
    unanswered(open);
    open = { line: i + 1, prompt: [line], options: [] };
  }
  if (open !== null) unanswered(open);
  return collect("aiken", null, candidates, problems);
}

interface Open {
  readonly line: number;
  readonly prompt: string[];
  readonly options: { readonly label: string; readonly text: string }[];
}

const ANSWER = /^ANSWER\s*:\s*(.*)$/i;
const OPTION = /^([A-Z])[.)](?:\s+(.*))?$/;
const LETTER = /^([A-Za-z])[.)]?$/;

function answered(q: Open, given: string, line: number, defaults: ImportDefaults): { candidate: Candidate } | { problem: ImportProblem } {
  const letter = LETTER.exec(given.trim())?.[1]?.toUpperCase();
  if (letter === undefined) {
    return { problem: { at: { line }, code: "SYNTAX", message: `line ${line}: "ANSWER:" must be followed by one letter (Aiken questions have one right answer)`, params: { answer: given.trim() } } };
  }
  // By label, not position: "A) B) D)" with "ANSWER: D" means the third option.
  const correct = q.options.findIndex((o) => o.label === letter);
  if (correct < 0) {
    const labels = q.options.map((o) => o.label).join(", ") || "none";
    return { problem: { at: { line }, code: "CORRECT_OUT_OF_RANGE", message: `line ${line}: ANSWER: ${letter} is not one of the options (${labels})`, params: { answer: letter } } };
  }
  const options = q.options.map((o) => o.text);
  // Aiken has no true/false kind: a question whose options are exactly this bank language's true/false
  // words is one (that is how exportAiken writes a true/false question).
  const trueFalse = isTrueFalsePair(options, defaults.trueFalse);
  return {
    candidate: {
      at: { line: q.line },
      question: {
        type: trueFalse ? "truefalse" : "single",
        prompt: q.prompt.join("\n"),
        options,
        correct: [correct],
        explanation: "",
        timeLimitSec: defaults.timeLimitSec,
        pointsMode: defaults.pointsMode,
      },
    },
  };
}

function unreadable(message: string): ImportResult {
  return refuse("aiken", { at: { line: 1 }, code: "FILE_UNREADABLE", message });
}
