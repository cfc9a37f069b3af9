import type { ImportProblem, ImportProblemCode, ImportResult, QuestionIssueCode, SourcePosition } from "@lousa/protocol";
import type { MessageKey } from "../../lib/messages";
import { issueText, type Translate } from "../editor/issues";
import { isIssueCode } from "../../lib/api";

/** Where a problem is, as the teacher finds it in the file: a line, a spreadsheet row, or a question number. */
export function positionText(at: SourcePosition, t: Translate): string {
  if ("line" in at) return t("import.at.line", { n: at.line });
  if ("row" in at) return at.sheet ? t("import.at.sheet", { n: at.row, sheet: at.sheet }) : t("import.at.row", { n: at.row });
  return t("import.at.question", { n: at.question });
}

/** The line number to sort by (problems and questions are listed in file order). */
export function positionOrder(at: SourcePosition): number {
  return "line" in at ? at.line : "row" in at ? at.row : at.question;
}

const FILE_KEYS: Record<Exclude<ImportProblemCode, QuestionIssueCode>, MessageKey> = {
  FILE_TOO_LARGE: "problem.FILE_TOO_LARGE",
  FILE_TOO_MANY_QUESTIONS: "problem.FILE_TOO_MANY_QUESTIONS",
  FILE_UNREADABLE: "problem.FILE_UNREADABLE",
  SYNTAX: "problem.SYNTAX",
  UNSUPPORTED_KIND: "problem.UNSUPPORTED_KIND",
  LAYOUT: "problem.LAYOUT",
  FIELD_DROPPED: "problem.FIELD_DROPPED",
};

const KIND_KEYS: Readonly<Record<string, MessageKey>> = {
  essay: "problem.kind.essay",
  "short-answer": "problem.kind.short-answer",
  shortanswer: "problem.kind.shortanswer",
  numerical: "problem.kind.numerical",
  matching: "problem.kind.matching",
  match: "problem.kind.match",
  description: "problem.kind.description",
  image: "problem.kind.image",
  media: "problem.kind.media",
  "answer-feedback": "problem.kind.answer-feedback",
  "partial-credit": "problem.kind.partial-credit",
};

/** A kind's name in the reader's language; one we have no word for is shown as the file named it. */
export function kindText(kind: string | number | undefined, t: Translate): string {
  const key = typeof kind === "string" ? KIND_KEYS[kind] : undefined;
  return key ? t(key) : String(kind ?? "?");
}

function layoutDetail(p: ImportProblem, t: Translate): string {
  const params = p.params ?? {};
  if (params.columns !== undefined) return t("problem.layout.missing", { columns: params.columns });
  if (params.column !== undefined && params.label) return t("problem.layout.column", { column: params.column, label: params.label });
  if (params.column !== undefined) return t("problem.layout.unnamed", { column: params.column });
  return p.message;
}

/**
 * What went wrong and what to do, in the reader's language. Codes from the question schema read like the
 * editor's messages; the format's own codes use their params. The importer's English sentence is the
 * fallback detail where our words can't say more (e.g. the exact syntax error).
 */
export function problemText(p: ImportProblem, t: Translate): string {
  if (isIssueCode(p.code)) return issueText(p.code, t);
  const params = p.params ?? {};
  switch (p.code) {
    case "UNSUPPORTED_KIND":
    case "FIELD_DROPPED":
      return t(FILE_KEYS[p.code], { kind: kindText(params.kind, t) });
    case "LAYOUT":
      return t("problem.LAYOUT", { detail: layoutDetail(p, t) });
    case "FILE_TOO_LARGE":
      return t("problem.FILE_TOO_LARGE", { maxMb: params.maxMb ?? 5 });
    case "FILE_TOO_MANY_QUESTIONS":
      return t("problem.FILE_TOO_MANY_QUESTIONS", { count: params.count ?? "?", max: params.max ?? "?" });
    default:
      return t(FILE_KEYS[p.code]);
  }
}

/** Problems split the way the preview lists them: kinds Lousa can't play apart from things to fix. */
export function splitProblems(result: ImportResult): { readonly unsupported: ImportProblem[]; readonly toFix: ImportProblem[] } {
  const sorted = [...result.problems].sort((a, b) => positionOrder(a.at) - positionOrder(b.at));
  return { unsupported: sorted.filter((p) => p.code === "UNSUPPORTED_KIND"), toFix: sorted.filter((p) => p.code !== "UNSUPPORTED_KIND") };
}

/** The new bank's title: the file's own (a Moodle category, a sheet title), else the file's name. */
export function suggestedTitle(fileTitle: string | null, filename: string): string {
  const fromFile = fileTitle?.trim();
  if (fromFile) return fromFile;
  const base = filename.replace(/^.*[\\/]/, "").replace(/\.[A-Za-z0-9]{1,5}$/, "").replace(/[_-]+/g, " ").trim();
  return base;
}
