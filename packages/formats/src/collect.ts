import { QUESTION_LIMITS, questionDraftSchema, questionIssues } from "@lousa/protocol";
import { MAX_IMPORT_BYTES, type FormatId, type ImportedQuestion, type ImportInput, type ImportProblem, type ImportResult, type SourcePosition } from "./types";

/** A question as an importer read it, before the shared rules are applied. */
export interface Candidate {
  readonly at: SourcePosition;
  /** QuestionDraft-shaped; checked here with the same schema the editor and the server use. */
  readonly question: unknown;
  readonly notes?: readonly ImportProblem[];
}

const where = (at: SourcePosition): string => ("line" in at ? `line ${at.line}` : "row" in at ? `row ${at.row}${at.sheet ? ` of ${at.sheet}` : ""}` : `question ${at.question}`);

/** A file-level refusal: no questions at all, so nothing is ever half-imported. */
export function refuse(format: FormatId, problem: ImportProblem): ImportResult {
  return { format, title: null, questions: [], problems: [problem] };
}

/** Refuses a file over MAX_IMPORT_BYTES before anything reads it; null when its size is fine. */
export function refuseIfTooLarge(format: FormatId, input: ImportInput): ImportResult | null {
  if (input.byteLength <= MAX_IMPORT_BYTES) return null;
  const mb = Math.round(MAX_IMPORT_BYTES / 1024 / 1024);
  return refuse(format, { at: { line: 1 }, code: "FILE_TOO_LARGE", message: `The file is larger than ${mb} MB: split it into smaller banks`, params: { maxMb: mb } });
}

/**
 * Refuses a file with more questions than a bank holds, counted as early as each format can (blocks,
 * ANSWER: lines, <question> elements, filled rows), before any question is mapped: a huge file can't
 * keep the server busy or flood the preview. `at` is where the first question over the limit is.
 */
export function refuseIfTooMany(format: FormatId, count: number, at: SourcePosition | undefined): ImportResult | null {
  const max = QUESTION_LIMITS.questionsPerBank;
  if (count <= max) return null;
  return refuse(format, { at: at ?? { line: 1 }, code: "FILE_TOO_MANY_QUESTIONS", message: `The file has ${count} questions; a bank holds at most ${max}: split it`, params: { count, max } });
}

/**
 * The last step of every importer: each candidate is checked with the shared question schema. Valid
 * ones become questions, each problem of the others is reported at its place, and a file with more
 * questions than a bank may hold is refused whole.
 */
export function collect(format: FormatId, title: string | null, candidates: readonly Candidate[], problems: readonly ImportProblem[]): ImportResult {
  const tooMany = refuseIfTooMany(format, candidates.length, candidates[QUESTION_LIMITS.questionsPerBank]?.at);
  if (tooMany) return tooMany;
  const questions: ImportedQuestion[] = [];
  const found: ImportProblem[] = [...problems];
  for (const c of candidates) {
    const parsed = questionDraftSchema.safeParse(c.question);
    if (parsed.success) {
      questions.push({ at: c.at, question: parsed.data, notes: c.notes ?? [] });
      continue;
    }
    for (const issue of questionIssues(c.question)) {
      found.push({ at: c.at, code: issue.code, message: `${where(c.at)}: ${issue.code.toLowerCase().replace(/_/g, " ")} (${issue.path.join(".")})`, params: { field: issue.path.join(".") } });
    }
  }
  return { format, title, questions, problems: found };
}
