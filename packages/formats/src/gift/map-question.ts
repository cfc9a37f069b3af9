import type { GIFTQuestion, MultipleChoice, ShortAnswer, TextChoice, TrueFalse } from "gift-pegjs";
import type { Candidate } from "../collect";
import type { ImportDefaults, ImportProblem, QuestionDraft } from "../types";
import { snippet } from "../text";
import { explanation, note, type Mapped } from "./feedback";
import { description } from "./map-description";
import { numerical } from "./map-numerical";
import { giftText, promptOf } from "./text";

export type { Mapped } from "./feedback";

/** Why each kind Lousa can't play yet is left out, for the preview (never dropped silently). */
const UNSUPPORTED: Record<Exclude<GIFTQuestion["type"], "MC" | "TF" | "Short" | "Category" | "Numerical" | "Description">, { kind: string; why: string }> = {
  Essay: { kind: "essay", why: "an essay is answered in free text and graded by hand" },
  Matching: { kind: "matching", why: "matching pairs items, Lousa's questions choose options" },
};

/**
 * GIFT has no ordering question. Moodle's ordering plugin reads its own `{>N ALL … items }` extension,
 * which other readers (gift-pegjs too) take for a short answer: named for what it is, with the way in.
 */
const ORDERING_PLUGIN = { kind: "ordering", why: "GIFT has no ordering question (this is the syntax of Moodle's ordering plugin): export it from Moodle as Moodle XML, which Lousa reads" };
const isOrderingPlugin = (q: GIFTQuestion): boolean => q.type === "Short" && /^>\s*\d/.test(q.choices[0]?.text.text.trim() ?? "");

export function mapQuestion(q: GIFTQuestion, line: number, defaults: ImportDefaults): Mapped | null {
  switch (q.type) {
    case "Category":
      return null;
    case "MC":
      return { candidate: multipleChoice(q, line, defaults) };
    case "TF":
      return { candidate: trueFalse(q, line, defaults) };
    case "Short":
      return isOrderingPlugin(q) ? unsupported(q, line, ORDERING_PLUGIN) : { candidate: typeAnswer(q, line, defaults) };
    case "Numerical":
      return numerical(q, line, defaults);
    case "Description":
      return { candidate: description(q, line, defaults) };
    default:
      return unsupported(q, line, UNSUPPORTED[q.type]);
  }
}

function unsupported(q: GIFTQuestion, line: number, { kind, why }: { kind: string; why: string }): Mapped {
  // The start of its text, so the teacher knows which question it was without opening the file.
  const prompt = snippet("stem" in q ? giftText(q.stem) : "");
  return { problem: { at: { line }, code: "UNSUPPORTED_KIND", message: `line ${line}: Lousa can't play this question yet: ${why}`, params: { kind, ...(prompt ? { prompt } : {}) } } };
}


/**
 * Moodle's rule (qformat_gift): a question with an `=` answer is one-answer (radio buttons); `~%50%`
 * weights next to it are partial credit for a wrong-but-close option. Without any `=` it is
 * multiple-answer (checkboxes) and the options with a positive weight are the right ones. Lousa's
 * multiple select is all-or-nothing (a player scores by ticking exactly the right set), so that set is
 * the correct set and the weights' sizes are not kept: negative weights only ever marked wrong options.
 * Several `=` answers (any one of them is right in Moodle) have no Lousa equivalent: they stay "single"
 * with several correct options, which the shared check reports for the teacher to fix.
 */
function multipleChoice(q: MultipleChoice, line: number, defaults: ImportDefaults): Candidate {
  const notes: ImportProblem[] = [];
  const oneAnswer = q.choices.some((c) => c.isCorrect);
  const right = (c: TextChoice): boolean => (oneAnswer ? c.isCorrect : (c.weight ?? 0) > 0);
  if (oneAnswer && q.choices.some((c) => !c.isCorrect && (c.weight ?? 0) > 0)) {
    notes.push(note(line, "partial-credit", "partial credit (~%n%) on a wrong option is not kept: in Lousa only the = option scores"));
  }
  const options = q.choices.map((c) => giftText(c.text));
  const feedback = q.choices.map((c, i) => ({ option: options[i] ?? "", text: c.feedback }));
  const question: QuestionDraft = {
    type: oneAnswer ? "single" : "multiple",
    prompt: promptOf(q),
    options,
    correct: q.choices.flatMap((c, i) => (right(c) ? [i] : [])),
    explanation: explanation(q.globalFeedback, feedback, line, notes),
    timeLimitSec: defaults.timeLimitSec,
    pointsMode: defaults.pointsMode,
  };
  return { at: { line }, question, notes };
}

/**
 * Moodle's rule (qformat_gift): answers with no `~`, no `->` and no `#` first are a short answer, even a
 * lone `{=a}`; every `=` answer is accepted. That is Lousa's typed answer (matching ignores case and
 * extra spaces, as Moodle's default does). An answer worth part of the mark (`=%50%a`) has no Lousa
 * equivalent (a typed answer is accepted or not): only the full-mark ones are accepted, noted. Moodle
 * compares accents, so `ignoreAccents` stays unset (false). Missing word (`Dois mais {=dois =2} é…`) is a
 * blank in the prompt, as for multiple choice.
 */
function typeAnswer(q: ShortAnswer, line: number, defaults: ImportDefaults): Candidate {
  const notes: ImportProblem[] = [];
  const full = (c: TextChoice): boolean => c.isCorrect && (c.weight === null || c.weight === 100);
  const answers = q.choices.map((c) => giftText(c.text));
  const accepted = q.choices.map(full);
  const partial = answers.filter((_, i) => !accepted[i]);
  if (partial.length > 0) {
    const list = partial.map((a) => `"${a}"`).join(", ");
    notes.push(note(line, "partial-credit", `answers worth part of the mark (=%n%) are not accepted: in Lousa a typed answer is right or wrong, so only the full-mark answers count (left out: ${list})`));
  }
  const feedback = q.choices.map((c, i) => ({ option: answers[i] ?? "", text: c.feedback }));
  const question: QuestionDraft = {
    type: "typeAnswer",
    prompt: promptOf(q),
    options: answers.filter((_, i) => accepted[i]),
    correct: [],
    explanation: explanation(q.globalFeedback, feedback, line, notes),
    timeLimitSec: defaults.timeLimitSec,
    pointsMode: defaults.pointsMode,
  };
  return { at: { line }, question, notes };
}

/**
 * `{T#a#b}`: Moodle shows `a` to whoever answered wrong and `b` to whoever answered right (gift-pegjs
 * calls them trueFeedback and falseFeedback by position, whatever the right answer is).
 */
function trueFalse(q: TrueFalse, line: number, defaults: ImportDefaults): Candidate {
  const notes: ImportProblem[] = [];
  const [yes, no] = defaults.trueFalse;
  const wrong = q.trueFeedback;
  const right = q.falseFeedback;
  const feedback = [
    { option: yes, text: q.isTrue ? right : wrong },
    { option: no, text: q.isTrue ? wrong : right },
  ];
  const question: QuestionDraft = {
    type: "truefalse",
    prompt: promptOf(q),
    options: [yes, no],
    correct: [q.isTrue ? 0 : 1],
    explanation: explanation(q.globalFeedback, feedback, line, notes),
    timeLimitSec: defaults.timeLimitSec,
    pointsMode: defaults.pointsMode,
  };
  return { at: { line }, question, notes };
}
