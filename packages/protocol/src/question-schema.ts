import { z } from "zod";
import { kindOf, MAX_OPTIONS, MIN_OPTIONS, QUESTION_TYPES, type KindIssueCode } from "@lousa/game";

/**
 * What a teacher's question and bank may hold: one schema for the editor (inline validation), every
 * importer and the server (which refuses anything else). Each rule fails with a stable code in
 * `message`, which the UI translates (pt-BR/en) and importers report at the line or row they read.
 */
export const QUESTION_LIMITS = {
  prompt: 1000,
  option: 300,
  explanation: 2000,
  minOptions: MIN_OPTIONS,
  maxOptions: MAX_OPTIONS,
  minTimeSec: 5,
  maxTimeSec: 240,
  bankTitle: 120,
  bankDescription: 1000,
  questionsPerBank: 500,
} as const;

export type QuestionIssueCode =
  | "TYPE_UNKNOWN"
  | "PROMPT_EMPTY"
  | "PROMPT_TOO_LONG"
  | "OPTIONS_COUNT"
  | "OPTION_EMPTY"
  | "OPTION_TOO_LONG"
  | "OPTIONS_DUPLICATE"
  | KindIssueCode
  | "EXPLANATION_TOO_LONG"
  | "TIME_LIMIT_RANGE"
  | "POINTS_MODE_UNKNOWN"
  | "TITLE_EMPTY"
  | "TITLE_TOO_LONG"
  | "DESCRIPTION_TOO_LONG"
  | "QUESTIONS_NONE"
  | "QUESTIONS_TOO_MANY";

const L = QUESTION_LIMITS;
const issue = (code: QuestionIssueCode) => ({ message: code });

/**
 * Every text field is cleaned the same way before any rule runs, so the editor, the importers and the
 * server measure, compare and store the same string: Unicode NFC (an "é" typed as e + accent and one
 * typed as é are one text, one length, and duplicates of each other), and control characters other than
 * a line break and a tab removed (they come from copy-paste and broken encodings, show as nothing or as
 * boxes, and a lone "\r" would break a CSV export). Removed rather than refused: the teacher can't see
 * them to fix them. A text of nothing but control characters is then empty, with the empty code.
 */
export function cleanText(value: string): string {
  return value.normalize("NFC").replace(CONTROL, "");
}
// C0 except \t (09) and \n (0A), DEL, and C1: matching them is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const clean = () => z.string().overwrite(cleanText).trim();

/** Visible text: cleaned (above), trimmed, not empty, not too long. */
export const visibleText = (max: number, empty: QuestionIssueCode, long: QuestionIssueCode) => clean().min(1, issue(empty)).max(max, issue(long));

export const questionDraftSchema = z
  .strictObject({
    type: z.enum(QUESTION_TYPES, issue("TYPE_UNKNOWN")),
    prompt: visibleText(L.prompt, "PROMPT_EMPTY", "PROMPT_TOO_LONG"),
    // At least 2 for the choice kinds (their rule, below); a typeAnswer may accept a single answer.
    options: z.array(visibleText(L.option, "OPTION_EMPTY", "OPTION_TOO_LONG")).min(1, issue("OPTIONS_COUNT")).max(L.maxOptions, issue("OPTIONS_COUNT")),
    // How many are right (none for a poll, a sequence for ordering) is each kind's rule, below.
    correct: z.array(z.number().int(issue("CORRECT_OUT_OF_RANGE")).min(0, issue("CORRECT_OUT_OF_RANGE"))).max(L.maxOptions, issue("CORRECT_OUT_OF_RANGE")),
    explanation: clean().max(L.explanation, issue("EXPLANATION_TOO_LONG")),
    timeLimitSec: z.number().int(issue("TIME_LIMIT_RANGE")).min(L.minTimeSec, issue("TIME_LIMIT_RANGE")).max(L.maxTimeSec, issue("TIME_LIMIT_RANGE")),
    pointsMode: z.enum(["standard", "double", "none"], issue("POINTS_MODE_UNKNOWN")),
    /** typeAnswer: "nucleo" is accepted for "núcleo" (case and surrounding spaces never matter). */
    ignoreAccents: z.boolean().optional(),
  })
  .superRefine((q, ctx) => {
    // One issue per code and field, whichever rule (the shared one or the kind's) found it first.
    const added = new Set<string>();
    const add = (code: QuestionIssueCode, path: (string | number)[]) => {
      const key = `${code}:${path.join(".")}`;
      if (added.has(key)) return;
      added.add(key);
      ctx.addIssue({ code: "custom", message: code, path });
    };
    const keys = q.options.map((o) => o.toLocaleLowerCase());
    if (new Set(keys).size !== keys.length) add("OPTIONS_DUPLICATE", ["options"]);
    for (const i of kindOf(q.type).draftIssues(q)) add(i.code, [i.field]);
  });

/** A question as a teacher writes it (no id: the library gives one when it is saved). */
export type QuestionDraft = z.infer<typeof questionDraftSchema>;

export const bankDraftSchema = z.strictObject({
  title: visibleText(L.bankTitle, "TITLE_EMPTY", "TITLE_TOO_LONG"),
  description: clean().max(L.bankDescription, issue("DESCRIPTION_TOO_LONG")),
  language: z.enum(["pt-BR", "en"]),
  questions: z.array(questionDraftSchema).min(1, issue("QUESTIONS_NONE")).max(L.questionsPerBank, issue("QUESTIONS_TOO_MANY")),
});

export type BankDraft = z.infer<typeof bankDraftSchema>;

export interface QuestionIssue {
  /** Where in the value: e.g. ["options", 2] or ["questions", 4, "prompt"]. */
  readonly path: readonly (string | number)[];
  readonly code: QuestionIssueCode;
}

const CODES: ReadonlySet<string> = new Set<QuestionIssueCode>([
  "TYPE_UNKNOWN",
  "PROMPT_EMPTY",
  "PROMPT_TOO_LONG",
  "OPTIONS_COUNT",
  "OPTION_EMPTY",
  "OPTION_TOO_LONG",
  "OPTIONS_DUPLICATE",
  "CORRECT_NONE",
  "CORRECT_OUT_OF_RANGE",
  "CORRECT_DUPLICATE",
  "SINGLE_NEEDS_ONE_CORRECT",
  "TRUEFALSE_NEEDS_TWO_OPTIONS",
  "POLL_HAS_NO_CORRECT",
  "ORDERING_NEEDS_SEQUENCE",
  "CORRECT_NOT_USED",
  "EXPLANATION_TOO_LONG",
  "TIME_LIMIT_RANGE",
  "POINTS_MODE_UNKNOWN",
  "TITLE_EMPTY",
  "TITLE_TOO_LONG",
  "DESCRIPTION_TOO_LONG",
  "QUESTIONS_NONE",
  "QUESTIONS_TOO_MANY",
]);
const isIssueCode = (value: string): value is QuestionIssueCode => CODES.has(value);

/** Checks a question; every problem at once, as codes a UI translates (empty = valid). */
export function questionIssues(value: unknown): QuestionIssue[] {
  return issuesOf(questionDraftSchema.safeParse(value));
}

/** Checks a whole bank the same way. */
export function bankIssues(value: unknown): QuestionIssue[] {
  return issuesOf(bankDraftSchema.safeParse(value));
}

function issuesOf(result: { success: true } | { success: false; error: z.ZodError }): QuestionIssue[] {
  if (result.success) return [];
  return result.error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== "symbol"),
    // A structural mistake (a missing field, a wrong type) has zod's own message: report it by field.
    code: isIssueCode(i.message) ? i.message : fieldCode(i.path[0]),
  }));
}

function fieldCode(field: PropertyKey | undefined): QuestionIssueCode {
  switch (field) {
    case "prompt":
      return "PROMPT_EMPTY";
    case "options":
      return "OPTIONS_COUNT";
    case "correct":
      return "CORRECT_NONE";
    case "timeLimitSec":
      return "TIME_LIMIT_RANGE";
    case "pointsMode":
      return "POINTS_MODE_UNKNOWN";
    case "title":
      return "TITLE_EMPTY";
    case "questions":
      return "QUESTIONS_NONE";
    default:
      return "TYPE_UNKNOWN";
  }
}
