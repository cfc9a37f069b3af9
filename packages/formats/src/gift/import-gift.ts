import { QUESTION_LIMITS } from "@lousa/protocol";
import { parse, SyntaxError as GiftSyntaxError, type GIFTQuestion } from "gift-pegjs";
import { collect, refuse, refuseIfTooLarge, refuseIfTooMany, type Candidate } from "../collect";
import { decodeText } from "../text";
import type { ImportDefaults, ImportInput, ImportProblem, ImportResult } from "../types";
import { categoryTitle } from "../category";
import { splitBlocks, type GiftBlock } from "./blocks";
import { escapeLoose, keepCodeSpaces } from "./escape";
import { mapQuestion } from "./map-question";

/**
 * Reads a GIFT file (Moodle's question text format) the way Moodle's importer reads it:
 * - multiple choice → "single", multiple answer → "multiple", {T}/{F} → "truefalse" (map-question.ts);
 * - "missing word" (answers in mid-sentence, `Grant is {~a =b} in…`) is multiple choice for Moodle,
 *   which shows a blank where the braces were: the same here, single choice with "_____" in the prompt;
 * - short answer (only `=` answers, `{=a}` alone too) → "typeAnswer", every full-mark answer accepted;
 * - numerical (`{#5}`, `{#5:1}`, `{#4..6}`) → "slider", on a scale made around the answer (noted);
 * - description (text with no answer block) → "slide": `::title::` its title, the text its text;
 * - every other kind (essay, matching) is UNSUPPORTED_KIND at its line; a question whose syntax is
 *   broken is a SYNTAX problem at its line and the others still import;
 * - the first `$CATEGORY:` names the bank; `::title::` is only Moodle's name for a question.
 * gift-pegjs reads each question's syntax, but (a) it reports no positions, so the file is split into
 * questions here first (blocks.ts), and (b) it is stricter than Moodle, so what Moodle takes as text is
 * escaped first (escape.ts). It also turns runs of spaces into one, which no screen shows anyway.
 */
export function importGift(input: ImportInput, defaults: ImportDefaults): ImportResult {
  const tooLarge = refuseIfTooLarge("gift", input);
  if (tooLarge) return tooLarge;
  const text = decodeText(input);
  if (text === null) return unreadable("This is not a text file: export the questions from Moodle as GIFT, or save them as plain text (UTF-8)");
  const { blocks, categories } = splitBlocks(text);
  if (blocks.length === 0) return unreadable("The file has no questions: it is empty or has only comments");
  // A GIFT question has its answers in { }, a slide (description) a ::title:: at least; a file where
  // none has either is another format (Aiken, prose…), better refused whole than listed paragraph by
  // paragraph as slides.
  if (!blocks.some((b) => /(^|[^\\])\{/.test(b.text) || /^::[^\n]*?::/.test(b.text))) return unreadable("No question in this file has answers between { }: is it a GIFT file?");

  // Every kind counts here (collect counts only playable ones): a file with more questions than a bank
  // holds is refused before each is parsed, so a huge file can't keep the server busy or flood the preview.
  const tooMany = refuseIfTooMany("gift", blocks.length, { line: blocks[QUESTION_LIMITS.questionsPerBank]?.line ?? 1 });
  if (tooMany) return tooMany;
  const candidates: Candidate[] = [];
  const problems: ImportProblem[] = [];
  for (const block of blocks) {
    const parsed = parseBlock(block);
    if ("problem" in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    for (const q of parsed.questions) {
      const mapped = mapQuestion(q, block.line, defaults);
      if (mapped === null) continue;
      if ("candidate" in mapped) candidates.push(mapped.candidate);
      else problems.push(mapped.problem);
    }
  }
  // The first category is the one exported (Moodle writes subcategories after it).
  const first = categories[0];
  return collect("gift", first ? categoryTitle(first.path) : null, candidates, problems);
}

function unreadable(message: string): ImportResult {
  return refuse("gift", { at: { line: 1 }, code: "FILE_UNREADABLE", message });
}

function parseBlock(block: GiftBlock): { questions: GIFTQuestion[] } | { problem: ImportProblem } {
  try {
    return { questions: parse(escapeLoose(keepCodeSpaces(block.text))) };
  } catch (error) {
    if (!(error instanceof GiftSyntaxError)) throw error;
    // escapeLoose only adds characters inside lines, so the parser's line is the block's line.
    const at = block.lines[error.location.start.line - 1] ?? block.line;
    const found = error.found ?? "";
    const what = error.found === null ? "the question ends before its answers are complete" : `${JSON.stringify(error.found)} is not expected`;
    return {
      problem: {
        at: { line: block.line },
        code: "SYNTAX",
        message: `line ${block.line}: this question can't be read: on line ${at}, ${what}. Check its { } and escape ~ = # { } : inside answers with \\`,
        params: { line: at, found },
      },
    };
  }
}
