import { kindOf, matchKey, MAX_OPTIONS, MAX_TYPED_LENGTH, MIN_OPTIONS, type QuestionType } from "@lousa/game";
import type { Bank } from "./types";

export { MAX_OPTIONS, MIN_OPTIONS };
export const MIN_TIME_SEC = 5;
export const MAX_TIME_SEC = 120;

/** Kinds with no options at all: a slider's answer is a number, a slide takes no answer. */
const WITHOUT_OPTIONS: ReadonlySet<QuestionType> = new Set<QuestionType>(["slider", "slide"]);

/**
 * Checks a bank against the rules the game relies on. Returns every problem found (empty = valid),
 * so an author sees all mistakes at once.
 */
export function validateBank(bank: Bank): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  if (!/^[a-z0-9-]{1,64}$/.test(bank.id)) problems.push(`bank id "${bank.id}" must be a lower-case slug`);
  if (bank.title.trim() === "") problems.push("bank title is empty");
  if (bank.questions.length === 0) problems.push("bank has no questions");
  bank.questions.forEach((q, i) => {
    const at = `question ${i + 1} (${q.id})`;
    if (ids.has(q.id)) problems.push(`${at}: duplicate id`);
    ids.add(q.id);
    if (q.prompt.trim() === "") problems.push(`${at}: empty prompt`);
    // A typed answer may accept a single answer; the choice kinds offer at least two options. Sliders and
    // slides have none: an option there is their kind's OPTIONS_NOT_USED (below), not a count to fix.
    if (!WITHOUT_OPTIONS.has(q.type)) {
      const min = q.type === "typeAnswer" ? 1 : MIN_OPTIONS;
      if (q.options.length < min || q.options.length > MAX_OPTIONS) problems.push(`${at}: needs ${min}–${MAX_OPTIONS} options`);
    }
    // A typed answer's accepted answers are compared as the engine matches a player's text (case, runs of
    // spaces and, when it says so, accents don't count), so no two of them are one answer.
    const key = (o: string): string => (q.type === "typeAnswer" ? matchKey(o, q.ignoreAccents === true) : o.trim().toLowerCase());
    if (new Set(q.options.map(key)).size !== q.options.length) problems.push(`${at}: duplicate options`);
    if (q.type === "typeAnswer" && q.options.some((o) => o.length > MAX_TYPED_LENGTH)) problems.push(`${at}: an accepted answer is longer than a player can type (${MAX_TYPED_LENGTH})`);
    if (q.ignoreAccents !== undefined && q.type !== "typeAnswer") problems.push(`${at}: ignoreAccents is for typeAnswer only`);
    if (q.options.some((o) => o.trim() === "")) problems.push(`${at}: empty option`);
    // Each kind's own rules (how many right options, true/false's two, a slider's scale, `slider` on any
    // other kind…): the engine's, as everywhere.
    for (const issue of kindOf(q.type).draftIssues(q)) problems.push(`${at}: ${issue.code}`);
    // A slide's explanation is the slide itself (it is on screen with it; there is no reveal).
    if (q.explanation.trim() === "") problems.push(q.type === "slide" ? `${at}: slide text (explanation) missing` : `${at}: explanation missing`);
    // Nobody answers a slide: points there would promise something the game never gives.
    if (q.type === "slide" && q.pointsMode !== undefined) problems.push(`${at}: pointsMode is not for a slide (nobody answers it)`);
    if (!Number.isInteger(q.timeLimitSec) || q.timeLimitSec < MIN_TIME_SEC || q.timeLimitSec > MAX_TIME_SEC) {
      problems.push(`${at}: time limit must be ${MIN_TIME_SEC}–${MAX_TIME_SEC} s`);
    }
  });
  return problems;
}
