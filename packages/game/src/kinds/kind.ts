import type { AnswerInput, PlayedQuestion, QuestionType, SliderSpec } from "../types";

/**
 * Everything the engine does differently for one kind of question. Each kind is one module next to
 * this file; `KINDS` (index.ts) holds them all, typed over every QuestionType, so a kind added to the
 * type is a compile error until it has its module. An answer is a list of option indexes (`choices`:
 * one for single choice, true/false and polls, a set for multiple select, a sequence for ordering), a
 * typed text (typeAnswer) or a number (slider); a slide takes none.
 */
/** What a kind's own rules find wrong with a question as written (the shared rules are the schema's). */
export type KindIssueCode =
  | "CORRECT_NONE"
  | "CORRECT_OUT_OF_RANGE"
  | "CORRECT_DUPLICATE"
  | "SINGLE_NEEDS_ONE_CORRECT"
  | "TRUEFALSE_NEEDS_TWO_OPTIONS"
  | "POLL_HAS_NO_CORRECT"
  | "ORDERING_NEEDS_SEQUENCE"
  | "OPTIONS_COUNT"
  | "OPTIONS_DUPLICATE"
  | "OPTION_TOO_LONG"
  | "CORRECT_NOT_USED"
  | "OPTIONS_NOT_USED"
  | "SLIDER_MISSING"
  | "SLIDER_NOT_USED"
  | "SLIDER_RANGE"
  | "SLIDER_STEP"
  | "SLIDER_ANSWER"
  | "SLIDER_TOLERANCE";

export interface KindIssue {
  readonly code: KindIssueCode;
  readonly field: "options" | "correct" | "slider";
}

/** The part of a question a kind's rules read. */
export interface OptionsAndCorrect {
  readonly options: readonly string[];
  readonly correct: readonly number[];
  readonly slider?: SliderSpec | undefined;
}

/** An answer as stored and compared: chosen indexes, the text typed or the value picked. */
export interface Answer {
  readonly choices: readonly number[];
  readonly text: string | null;
  readonly value: number | null;
}

export interface KindRules {
  readonly type: QuestionType;
  /**
   * What is wrong with this question's options and right answer(s) for this kind (empty = fine). The
   * editor, every importer, the server and the built-in banks' check all ask this one function.
   */
  draftIssues(q: OptionsAndCorrect): KindIssue[];
  /** Whether the kind has a right answer. A poll has none: no points, streaks and grades untouched. */
  readonly scored: boolean;
  /**
   * Whether students answer it at all. A slide doesn't: it has no clock, no reveal and no leaderboard
   * (the host's "next" goes on to the next question), and reports and exports leave it out.
   */
  readonly answerable: boolean;
  /** Whether `input` is an answer this question can take (the right shape, indexes into its options…). */
  accepts(q: PlayedQuestion, input: AnswerInput): boolean;
  /** The answer as stored and compared: a set sorted, a sequence as given, a text trimmed. */
  normalize(input: AnswerInput, q: PlayedQuestion): Answer;
  /**
   * Whether its options include wrong ones a student can pick (the report's "most chosen wrong option").
   * Ordering's items are never wrong, only out of place; a typeAnswer's options are all right; a
   * slider's counters are bars of guesses.
   */
  readonly distractors: boolean;
  /** Whether an accepted, normalised answer is right (always false for a kind that is not scored). */
  isRight(q: PlayedQuestion, answer: Answer): boolean;
  /**
   * The share of the points (0–1) a wrong answer still earns: a slider's near miss. Absent: none. A
   * right answer always earns them all; partial credit never counts as right (streaks, grades).
   */
  partialCredit?(q: PlayedQuestion, answer: Answer): number;
  /** An answer as a spreadsheet cell or a report shows it: "B", "A+C", "C > A > B", the text typed. */
  answerText(answer: Answer): string;
  /** How many counters the reveal's distribution has: one per option, or a slider's histogram bins. */
  tallySize(q: PlayedQuestion): number;
  /** The counters (options, bins) an answer adds one to in the reveal's distribution. */
  counted(q: PlayedQuestion, answer: Answer): readonly number[];
  /** The options phones may see while the question is open (typeAnswer's are its answers: none). */
  publicOptions(q: PlayedQuestion): readonly string[];
  /**
   * The question as a game plays it, made once when the game is created (e.g. ordering shuffles its
   * items, since the bank keeps them in the right order). `random` returns [0, 1).
   */
  forPlay(q: PlayedQuestion, random: () => number): PlayedQuestion;
}

/** Distinct whole numbers, each an index into `optionCount` options. */
export function isIndexList(choices: readonly number[], optionCount: number): boolean {
  return new Set(choices).size === choices.length && choices.every((c) => Number.isInteger(c) && c >= 0 && c < optionCount);
}

export const sortedCopy = (choices: readonly number[]): number[] => [...choices].sort((a, b) => a - b);

/** For kinds played as the bank has them. */
export const asInBank = (q: PlayedQuestion): PlayedQuestion => q;

/** The option indexes of an answer sent to a choice kind (null: it sent a text). */
export const choicesOf = (input: AnswerInput): readonly number[] | null => ("choices" in input ? input.choices : null);

/** A chosen set: sorted, no text. */
export const asSet = (input: AnswerInput): Answer => ({ choices: [...(choicesOf(input) ?? [])].sort((a, b) => a - b), text: null, value: null });

/** The options a choice kind shows. */
export const allOptions = (q: PlayedQuestion): readonly string[] => q.options;

/** One counter per option (choice kinds; typeAnswer's accepted answers). */
export const perOption = (q: PlayedQuestion): number => q.options.length;

/** A kind that reads `slider` has it; every other kind must not (the data would be silently ignored). */
export function noSliderIssues(q: OptionsAndCorrect): KindIssue[] {
  return q.slider !== undefined ? [{ code: "SLIDER_NOT_USED", field: "slider" }] : [];
}

/** Choice kinds have 2–6 options (the schema allows fewer for typeAnswer, sliders and slides). */
export function optionCountIssues(q: OptionsAndCorrect): KindIssue[] {
  return [...(q.options.length < 2 ? [{ code: "OPTIONS_COUNT" as const, field: "options" as const }] : []), ...noSliderIssues(q)];
}

/** Right-answer indexes that point nowhere or twice: wrong for every kind that has them. */
export function indexIssues(q: OptionsAndCorrect): KindIssue[] {
  const issues: KindIssue[] = [];
  if (q.correct.some((c) => !Number.isInteger(c) || c < 0 || c >= q.options.length)) issues.push({ code: "CORRECT_OUT_OF_RANGE", field: "correct" });
  if (new Set(q.correct).size !== q.correct.length) issues.push({ code: "CORRECT_DUPLICATE", field: "correct" });
  return issues;
}

/** Exactly one right option (single choice, true/false). */
export function oneRightIssues(q: OptionsAndCorrect): KindIssue[] {
  if (q.correct.length === 0) return [...optionCountIssues(q), { code: "CORRECT_NONE", field: "correct" }];
  return [...optionCountIssues(q), ...indexIssues(q), ...(q.correct.length !== 1 ? [{ code: "SINGLE_NEEDS_ONE_CORRECT" as const, field: "correct" as const }] : [])];
}

/** An option's letter (A–F), the one every screen and export uses. */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

/** A chosen set, as letters: "A+C". */
export const setText = (answer: Answer): string => answer.choices.map(optionLetter).join("+");
