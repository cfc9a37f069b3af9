import { QUESTION_LIMITS, type QuestionIssue, type QuestionIssueCode } from "@lousa/protocol";
import type { MessageKey } from "../../lib/messages";

/**
 * The schema's issues (the same codes the server answers with) placed where the editor shows them: each
 * at a field, with its message and the id of the input to focus.
 */

/** Message key per code; a Record, so a code added to the protocol fails to compile until it is translated. */
const ISSUE_KEYS: Record<QuestionIssueCode, MessageKey> = {
  TYPE_UNKNOWN: "issue.TYPE_UNKNOWN",
  PROMPT_EMPTY: "issue.PROMPT_EMPTY",
  PROMPT_TOO_LONG: "issue.PROMPT_TOO_LONG",
  OPTIONS_COUNT: "issue.OPTIONS_COUNT",
  OPTION_EMPTY: "issue.OPTION_EMPTY",
  OPTION_TOO_LONG: "issue.OPTION_TOO_LONG",
  OPTIONS_DUPLICATE: "issue.OPTIONS_DUPLICATE",
  CORRECT_NONE: "issue.CORRECT_NONE",
  CORRECT_OUT_OF_RANGE: "issue.CORRECT_OUT_OF_RANGE",
  CORRECT_DUPLICATE: "issue.CORRECT_DUPLICATE",
  SINGLE_NEEDS_ONE_CORRECT: "issue.SINGLE_NEEDS_ONE_CORRECT",
  TRUEFALSE_NEEDS_TWO_OPTIONS: "issue.TRUEFALSE_NEEDS_TWO_OPTIONS",
  POLL_HAS_NO_CORRECT: "issue.POLL_HAS_NO_CORRECT",
  ORDERING_NEEDS_SEQUENCE: "issue.ORDERING_NEEDS_SEQUENCE",
  CORRECT_NOT_USED: "issue.CORRECT_NOT_USED",
  OPTIONS_NOT_USED: "issue.OPTIONS_NOT_USED",
  SLIDER_MISSING: "issue.SLIDER_MISSING",
  SLIDER_NOT_USED: "issue.SLIDER_NOT_USED",
  SLIDER_RANGE: "issue.SLIDER_RANGE",
  SLIDER_STEP: "issue.SLIDER_STEP",
  SLIDER_ANSWER: "issue.SLIDER_ANSWER",
  SLIDER_TOLERANCE: "issue.SLIDER_TOLERANCE",
  SLIDER_UNIT_TOO_LONG: "issue.SLIDER_UNIT_TOO_LONG",
  IMAGE_INVALID: "issue.IMAGE_INVALID",
  IMAGE_ALT_EMPTY: "issue.IMAGE_ALT_EMPTY",
  IMAGE_ALT_TOO_LONG: "issue.IMAGE_ALT_TOO_LONG",
  IMAGE_NOT_FOUND: "issue.IMAGE_NOT_FOUND",
  EXPLANATION_TOO_LONG: "issue.EXPLANATION_TOO_LONG",
  TIME_LIMIT_RANGE: "issue.TIME_LIMIT_RANGE",
  POINTS_MODE_UNKNOWN: "issue.POINTS_MODE_UNKNOWN",
  TITLE_EMPTY: "issue.TITLE_EMPTY",
  TITLE_TOO_LONG: "issue.TITLE_TOO_LONG",
  DESCRIPTION_TOO_LONG: "issue.DESCRIPTION_TOO_LONG",
  QUESTIONS_NONE: "issue.QUESTIONS_NONE",
  QUESTIONS_TOO_MANY: "issue.QUESTIONS_TOO_MANY",
};

const L = QUESTION_LIMITS;
/** The numbers a code's message quotes (the limits live in the protocol, not in the translations). */
const ISSUE_VARS: Partial<Record<QuestionIssueCode, Record<string, number>>> = {
  PROMPT_TOO_LONG: { max: L.prompt },
  OPTIONS_COUNT: { min: L.minOptions, max: L.maxOptions },
  OPTION_TOO_LONG: { max: L.option },
  EXPLANATION_TOO_LONG: { max: L.explanation },
  SLIDER_UNIT_TOO_LONG: { max: L.sliderUnit },
  IMAGE_ALT_TOO_LONG: { max: L.imageAlt },
  TIME_LIMIT_RANGE: { min: L.minTimeSec, max: L.maxTimeSec },
  TITLE_TOO_LONG: { max: L.bankTitle },
  DESCRIPTION_TOO_LONG: { max: L.bankDescription },
  QUESTIONS_TOO_MANY: { max: L.questionsPerBank },
};

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function issueMessageKey(code: QuestionIssueCode): MessageKey {
  return ISSUE_KEYS[code];
}

export function issueText(code: QuestionIssueCode, t: Translate): string {
  return t(ISSUE_KEYS[code], ISSUE_VARS[code]);
}

/** Where an issue shows: the bank's field, or a question's field (an option has its own place). */
export type IssueField = "title" | "description" | "language" | "questions" | "type" | "prompt" | "options" | `option-${number}` | "correct" | "explanation" | "timeLimitSec" | "pointsMode" | "ignoreAccents" | "slider" | "image" | "image-alt";

export interface PlacedIssue {
  /** null: about the bank itself. */
  readonly question: number | null;
  readonly field: IssueField;
  readonly code: QuestionIssueCode;
}

const QUESTION_FIELDS: ReadonlySet<string> = new Set<IssueField>(["type", "prompt", "options", "correct", "explanation", "timeLimitSec", "pointsMode", "ignoreAccents", "slider", "image"]);
const isQuestionField = (f: unknown): f is IssueField => typeof f === "string" && QUESTION_FIELDS.has(f);

/** A bank-level issue (path from bankIssues) at its place in the editor. */
export function placeIssue(issue: QuestionIssue): PlacedIssue {
  const [head, index, field, option] = issue.path;
  if (head === "questions" && typeof index === "number") {
    if (field === "options" && typeof option === "number") return { question: index, field: `option-${option}`, code: issue.code };
    // The description has its own box; the picture's other problems (a bad or unknown id) are the picture's.
    if (field === "image" && option === "alt") return { question: index, field: "image-alt", code: issue.code };
    if (isQuestionField(field)) return { question: index, field, code: issue.code };
    return { question: index, field: "type", code: issue.code };
  }
  if (head === "title" || head === "description" || head === "language") return { question: null, field: head, code: issue.code };
  return { question: null, field: "questions", code: issue.code };
}

/**
 * The box a slider issue is about: the scale's rules (SLIDER_*) are placed on the whole `slider` field
 * by the schema, but focusing "the first issue" should land where the fix is typed.
 */
const SLIDER_BOX: Partial<Record<QuestionIssueCode, string>> = { SLIDER_STEP: "step", SLIDER_ANSWER: "answer", SLIDER_TOLERANCE: "tolerance", SLIDER_UNIT_TOO_LONG: "unit" };

/** The DOM id of the input an issue belongs to (the editor gives its inputs these ids); `code` picks the slider's box. */
export function fieldId(question: number | null, field: IssueField, code?: QuestionIssueCode): string {
  if (question === null) return `editor-${field}`;
  if (field === "options") return `editor-q${question}-option-0`;
  if (field === "correct") return `editor-q${question}-correct-0`;
  if (field === "slider") return `editor-q${question}-slider-${(code && SLIDER_BOX[code]) ?? "min"}`;
  if (field === "image") return `editor-q${question}-image-file`;
  return `editor-q${question}-${field}`;
}

/** Issues of the whole draft, in the order they appear on the page, each placed. */
export class IssueIndex {
  readonly all: readonly PlacedIssue[];
  private readonly byPlace = new Map<string, QuestionIssueCode[]>();
  private readonly byQuestion = new Map<number, number>();

  constructor(issues: readonly QuestionIssue[]) {
    this.all = issues.map(placeIssue);
    for (const p of this.all) {
      const place = `${p.question ?? "bank"}:${p.field}`;
      const codes = this.byPlace.get(place) ?? [];
      if (!codes.includes(p.code)) codes.push(p.code);
      this.byPlace.set(place, codes);
      if (p.question !== null) this.byQuestion.set(p.question, (this.byQuestion.get(p.question) ?? 0) + 1);
    }
  }

  get count(): number {
    return this.all.length;
  }

  /** Codes at one field (deduplicated). */
  at(question: number | null, field: IssueField): readonly QuestionIssueCode[] {
    return this.byPlace.get(`${question ?? "bank"}:${field}`) ?? [];
  }

  /** How many issues one question has (for its badge in the list). */
  inQuestion(question: number): number {
    return this.byQuestion.get(question) ?? 0;
  }

  /** The first issue on the page: bank fields first, then questions in order. */
  first(): PlacedIssue | null {
    const bank = this.all.find((p) => p.question === null && p.field !== "questions");
    if (bank) return bank;
    const questions = this.all.filter((p) => p.question !== null).sort((a, b) => (a.question ?? 0) - (b.question ?? 0));
    return questions[0] ?? this.all[0] ?? null;
  }
}
