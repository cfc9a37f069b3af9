import { z } from "zod";
import { kindOf, MAX_OPTIONS, MIN_OPTIONS, QUESTION_TYPES, SLIDER_MAX_MAGNITUDE, type KindIssueCode } from "@lousa/game";
import { IMAGE_ID_PATTERN } from "./images";

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
  sliderUnit: 20,
  imageAlt: 300,
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
  | "SLIDER_UNIT_TOO_LONG"
  | "IMAGE_INVALID"
  | "IMAGE_ALT_EMPTY"
  | "IMAGE_ALT_TOO_LONG"
  | "IMAGE_NOT_FOUND"
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

const sliderNumber = z.number(issue("SLIDER_RANGE")).finite(issue("SLIDER_RANGE")).min(-SLIDER_MAX_MAGNITUDE, issue("SLIDER_RANGE")).max(SLIDER_MAX_MAGNITUDE, issue("SLIDER_RANGE"));

/** A slider's scale and right value; whether they fit together (a step that divides the range…) is the kind's rule. */
export const sliderSpecSchema = z.strictObject({
  min: sliderNumber,
  max: sliderNumber,
  step: sliderNumber,
  answer: sliderNumber,
  tolerance: sliderNumber,
  unit: clean().max(L.sliderUnit, issue("SLIDER_UNIT_TOO_LONG")),
});

/**
 * A question's picture, by the id the upload gave (POST /api/images). Its size is the stored picture's:
 * the server writes it when the bank is saved (IMAGE_NOT_FOUND if there is no such picture).
 */
export const questionImageSchema = z.strictObject({
  id: z.string(issue("IMAGE_INVALID")).regex(IMAGE_ID_PATTERN, issue("IMAGE_INVALID")),
  alt: visibleText(L.imageAlt, "IMAGE_ALT_EMPTY", "IMAGE_ALT_TOO_LONG"),
  width: z.number(issue("IMAGE_INVALID")).int(issue("IMAGE_INVALID")).min(1, issue("IMAGE_INVALID")).max(10_000, issue("IMAGE_INVALID")),
  height: z.number(issue("IMAGE_INVALID")).int(issue("IMAGE_INVALID")).min(1, issue("IMAGE_INVALID")).max(10_000, issue("IMAGE_INVALID")),
  onPhones: z.boolean(issue("IMAGE_INVALID")),
});

export const questionDraftSchema = z
  .strictObject({
    type: z.enum(QUESTION_TYPES, issue("TYPE_UNKNOWN")),
    prompt: visibleText(L.prompt, "PROMPT_EMPTY", "PROMPT_TOO_LONG"),
    // How many is each kind's rule (below): 2–6 for the choice kinds, 1–6 accepted answers for a
    // typeAnswer, none for a slider or a slide.
    options: z.array(visibleText(L.option, "OPTION_EMPTY", "OPTION_TOO_LONG")).max(L.maxOptions, issue("OPTIONS_COUNT")),
    // How many are right (none for a poll, a sequence for ordering) is each kind's rule, below.
    correct: z.array(z.number().int(issue("CORRECT_OUT_OF_RANGE")).min(0, issue("CORRECT_OUT_OF_RANGE"))).max(L.maxOptions, issue("CORRECT_OUT_OF_RANGE")),
    explanation: clean().max(L.explanation, issue("EXPLANATION_TOO_LONG")),
    timeLimitSec: z.number().int(issue("TIME_LIMIT_RANGE")).min(L.minTimeSec, issue("TIME_LIMIT_RANGE")).max(L.maxTimeSec, issue("TIME_LIMIT_RANGE")),
    pointsMode: z.enum(["standard", "double", "none"], issue("POINTS_MODE_UNKNOWN")),
    /** typeAnswer: "nucleo" is accepted for "núcleo" (case and surrounding spaces never matter). */
    ignoreAccents: z.boolean().optional(),
    /** slider: the scale, the right value and the tolerance. */
    slider: sliderSpecSchema.optional(),
    /** Any kind: one picture, shown on the projector and (unless turned off) on phones. */
    image: questionImageSchema.optional(),
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
  "OPTIONS_NOT_USED",
  "SLIDER_MISSING",
  "SLIDER_NOT_USED",
  "SLIDER_RANGE",
  "SLIDER_STEP",
  "SLIDER_ANSWER",
  "SLIDER_TOLERANCE",
  "SLIDER_UNIT_TOO_LONG",
  "IMAGE_INVALID",
  "IMAGE_ALT_EMPTY",
  "IMAGE_ALT_TOO_LONG",
  "IMAGE_NOT_FOUND",
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
    case "slider":
      return "SLIDER_MISSING";
    case "image":
      return "IMAGE_INVALID";
    case "title":
      return "TITLE_EMPTY";
    case "questions":
      return "QUESTIONS_NONE";
    default:
      return "TYPE_UNKNOWN";
  }
}
