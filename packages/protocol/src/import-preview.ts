import type { QuestionDraft, QuestionIssueCode } from "./question-schema";

/**
 * What an import preview and a bank download tell the browser (the parsers are in @lousa/formats).
 */

/** Every format Lousa reads and writes. */
export const FORMAT_IDS = ["gift", "moodle-xml", "aiken", "kahoot-xlsx", "lousa-xlsx", "lousa-csv"] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** Where something was read: a text format's line (1-based), a spreadsheet's row (1-based, as the sheet shows it). */
export type SourcePosition = { readonly line: number } | { readonly row: number; readonly sheet?: string } | { readonly question: number };

/**
 * Why a question (or the whole file) could not be imported. `code` is stable (the UI translates it into
 * pt-BR/en with `params`); `message` is an English sentence for logs and tests, saying what to do.
 */
export type ImportProblemCode =
  | QuestionIssueCode
  /** The file is larger than MAX_IMPORT_BYTES. */
  | "FILE_TOO_LARGE"
  /** More questions than QUESTION_LIMITS.questionsPerBank. */
  | "FILE_TOO_MANY_QUESTIONS"
  /** Not this format at all (binary, empty, another format). */
  | "FILE_UNREADABLE"
  /** The format's own syntax is broken here (an unclosed brace, a missing ANSWER: line…). */
  | "SYNTAX"
  /** A question kind Lousa can't play yet (essay, matching, numeric, short answer…): listed, never dropped silently. */
  | "UNSUPPORTED_KIND"
  /** A spreadsheet row or column the layout needs is missing or unrecognised. */
  | "LAYOUT"
  /** (A note on an imported question) part of it can't come to Lousa: an image, per-answer feedback, partial credit. */
  | "FIELD_DROPPED";

export interface ImportProblem {
  readonly at: SourcePosition;
  readonly code: ImportProblemCode;
  readonly message: string;
  /** Values for the translated message, e.g. { kind: "essay" } or { field: "Answer 3" }. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface ImportedQuestion {
  readonly at: SourcePosition;
  readonly question: QuestionDraft;
  /** Things changed on the way that the teacher should look at (a time limit clamped, feedback merged). */
  readonly notes: readonly ImportProblem[];
}

/**
 * What an importer understood, for the preview: the questions that are ready, and every problem at its
 * place. A question with a problem is not in `questions`; nothing is saved until the teacher confirms.
 * A file-level problem (too large, unreadable) comes with no questions at all: no partial imports.
 */
export interface ImportResult {
  readonly format: FormatId;
  /** A title found in the file (Moodle category, sheet title), if any. */
  readonly title: string | null;
  readonly questions: readonly ImportedQuestion[];
  readonly problems: readonly ImportProblem[];
}

/** Largest file an import reads (a bank of 500 long questions with HTML fits well under it). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A question a download format could not carry as it is (e.g. Kahoot: over 4 options, over 120 characters). */
export interface ExportNote {
  /** 1-based position in the bank. */
  readonly question: number;
  readonly code: ExportNoteCode;
  readonly message: string;
}

export type ExportNoteCode = "TOO_MANY_OPTIONS" | "TEXT_TOO_LONG" | "TIME_LIMIT_NOT_ALLOWED" | "FIELD_DROPPED";
