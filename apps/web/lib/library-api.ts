import {
  ERROR_CODES,
  FORMAT_IDS,
  type BankDraft,
  type ErrorCode,
  type ExportNote,
  type ExportNoteCode,
  type FormatId,
  type ImportProblem,
  type ImportProblemCode,
  type ImportResult,
  type LibraryBank,
  type LibraryBankDetail,
  type PatchBank,
  type ProtocolError,
  type QuestionDraft,
  type QuestionIssue,
  type QuestionIssueCode,
  type SaveBank,
  type SourcePosition,
  type Teacher,
} from "@lousa/protocol";

// ---- Guards: network input is `unknown` until one of these says what it is. ----

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isIntArray = (v: unknown): v is number[] => Array.isArray(v) && v.every(isInt);
const isLanguage = (v: unknown): v is "pt-BR" | "en" => v === "pt-BR" || v === "en";
const oneOf = <T extends string>(values: readonly T[]) => (v: unknown): v is T => typeof v === "string" && (values as readonly string[]).includes(v);

/** The shape of a question (not its rules: the editor shows what breaks them, per field). */
export function isQuestionDraft(v: unknown): v is QuestionDraft {
  return (
    isRecord(v) &&
    oneOf(["single", "multiple", "truefalse"])(v.type) &&
    isString(v.prompt) &&
    isStringArray(v.options) &&
    isIntArray(v.correct) &&
    isString(v.explanation) &&
    isInt(v.timeLimitSec) &&
    oneOf(["standard", "double", "none"])(v.pointsMode)
  );
}

export function isBankDraft(v: unknown): v is BankDraft {
  return isRecord(v) && isString(v.title) && isString(v.description) && isLanguage(v.language) && Array.isArray(v.questions) && v.questions.every(isQuestionDraft);
}

export function isLibraryBank(v: unknown): v is LibraryBank {
  return (
    isRecord(v) &&
    isString(v.id) &&
    isString(v.title) &&
    isString(v.description) &&
    isLanguage(v.language) &&
    isInt(v.questionCount) &&
    oneOf(["builtIn", "own", "shared"])(v.access) &&
    (v.ownerName === null || isString(v.ownerName)) &&
    typeof v.shared === "boolean" &&
    isInt(v.revision) &&
    typeof v.updatedAt === "number" &&
    (v.deletedAt === null || typeof v.deletedAt === "number")
  );
}

const isPath = (v: unknown): v is (string | number)[] => Array.isArray(v) && v.every((p) => isString(p) || isInt(p));
/** Every code, checked complete by the compiler: a code added to the protocol must be added (and translated). */
const ISSUE_CODES: Record<QuestionIssueCode, true> = {
  TYPE_UNKNOWN: true,
  PROMPT_EMPTY: true,
  PROMPT_TOO_LONG: true,
  OPTIONS_COUNT: true,
  OPTION_EMPTY: true,
  OPTION_TOO_LONG: true,
  OPTIONS_DUPLICATE: true,
  CORRECT_NONE: true,
  CORRECT_OUT_OF_RANGE: true,
  CORRECT_DUPLICATE: true,
  SINGLE_NEEDS_ONE_CORRECT: true,
  TRUEFALSE_NEEDS_TWO_OPTIONS: true,
  EXPLANATION_TOO_LONG: true,
  TIME_LIMIT_RANGE: true,
  POINTS_MODE_UNKNOWN: true,
  TITLE_EMPTY: true,
  TITLE_TOO_LONG: true,
  DESCRIPTION_TOO_LONG: true,
  QUESTIONS_NONE: true,
  QUESTIONS_TOO_MANY: true,
};
const PROBLEM_CODES: Record<Exclude<ImportProblemCode, QuestionIssueCode>, true> = {
  FILE_TOO_LARGE: true,
  FILE_TOO_MANY_QUESTIONS: true,
  FILE_UNREADABLE: true,
  SYNTAX: true,
  UNSUPPORTED_KIND: true,
  LAYOUT: true,
  FIELD_DROPPED: true,
};
const NOTE_CODES: Record<ExportNoteCode, true> = { TOO_MANY_OPTIONS: true, TEXT_TOO_LONG: true, TIME_LIMIT_NOT_ALLOWED: true, FIELD_DROPPED: true };
const has = <T extends string>(table: Record<T, true>) => (v: unknown): v is T => typeof v === "string" && Object.hasOwn(table, v);
export const isIssueCode = has(ISSUE_CODES);
export const isImportProblemCode = (v: unknown): v is ImportProblemCode => isIssueCode(v) || has(PROBLEM_CODES)(v);

/** A problem the server found in a saved draft. */
export function isQuestionIssue(v: unknown): v is QuestionIssue {
  return isRecord(v) && isPath(v.path) && isIssueCode(v.code);
}

function isPosition(v: unknown): v is SourcePosition {
  return isRecord(v) && (isInt(v.line) || isInt(v.row) || isInt(v.question)) && (v.sheet === undefined || isString(v.sheet));
}

const isParams = (v: unknown): v is Record<string, string | number> => isRecord(v) && Object.values(v).every((p) => isString(p) || typeof p === "number");

export function isImportProblem(v: unknown): v is ImportProblem {
  return isRecord(v) && isPosition(v.at) && isImportProblemCode(v.code) && isString(v.message) && (v.params === undefined || isParams(v.params));
}

export function isImportResult(v: unknown): v is ImportResult {
  return (
    isRecord(v) &&
    isFormatId(v.format) &&
    (v.title === null || isString(v.title)) &&
    Array.isArray(v.questions) &&
    v.questions.every((q) => isRecord(q) && isPosition(q.at) && isQuestionDraft(q.question) && Array.isArray(q.notes) && q.notes.every(isImportProblem)) &&
    Array.isArray(v.problems) &&
    v.problems.every(isImportProblem)
  );
}

export function isExportNote(v: unknown): v is ExportNote {
  return isRecord(v) && isInt(v.question) && has(NOTE_CODES)(v.code) && isString(v.message);
}

/**
 * The teacher's library over HTTP (routes in packages/protocol/src/library.ts). Every answer is checked
 * with a type guard before the UI sees it: a server of another version, a proxy's HTML error page or a
 * dropped connection all come back as an `ApiError` the pages can translate, never as a thrown exception.
 */
export type ApiResult<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ApiError };

export interface ApiError extends ProtocolError {
  /** Present on 400 BANK_INVALID: what to fix, at its place in the draft. */
  readonly issues?: readonly QuestionIssue[];
  readonly status: number;
}

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);
const isErrorCode = (v: unknown): v is ErrorCode => typeof v === "string" && CODES.has(v);

/** The error body every route sends; anything else becomes INTERNAL (or OFFLINE when nothing came back). */
export function readError(status: number, body: unknown): ApiError {
  if (isRecord(body) && isRecord(body.error) && isErrorCode(body.error.code)) {
    const message = typeof body.error.message === "string" ? body.error.message : body.error.code;
    const issues = Array.isArray(body.issues) ? body.issues.filter(isQuestionIssue) : undefined;
    return { code: body.error.code, message, status, ...(issues ? { issues } : {}) };
  }
  if (status === 401) return { code: "NOT_SIGNED_IN", message: "Not signed in", status };
  if (status === 413) return { code: "FILE_TOO_LARGE", message: "Too large", status };
  return { code: "INTERNAL", message: `HTTP ${status}`, status };
}

const offline = (): ApiResult<never> => ({ ok: false, error: { code: "OFFLINE", message: "No connection", status: 0 } });
const malformed = (status: number): ApiResult<never> => ({ ok: false, error: { code: "INTERNAL", message: "Unexpected answer", status } });

async function bodyOf(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return null;
  }
}

/** One JSON request, its answer checked by `guard`. */
async function request<T>(path: string, guard: (v: unknown) => v is T, init: RequestInit = {}): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: "same-origin", ...init });
  } catch {
    return offline();
  }
  const body = await bodyOf(res);
  if (!res.ok) return { ok: false, error: readError(res.status, body) };
  return guard(body) ? { ok: true, data: body } : malformed(res.status);
}

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const bankPath = (id: string, tail = "") => `/api/banks/${encodeURIComponent(id)}${tail}`;

const isBankList = (v: unknown): v is LibraryBank[] => Array.isArray(v) && v.every(isLibraryBank);
const isDetail = (v: unknown): v is LibraryBankDetail => isLibraryBank(v) && isRecord(v) && isBankDraft(v.draft);
const isTeacher = (v: unknown): v is Teacher => isRecord(v) && typeof v.id === "string" && typeof v.name === "string" && typeof v.email === "string" && typeof v.admin === "boolean";

export const libraryApi = {
  me: () => request("/api/me", isTeacher),
  list: (q = "") => request(`/api/banks${q ? `?${new URLSearchParams({ q }).toString()}` : ""}`, isBankList),
  get: (id: string) => request(bankPath(id), isDetail),
  create: (draft: BankDraft) => request("/api/banks", isDetail, json("POST", draft)),
  save: (id: string, body: SaveBank) => request(bankPath(id), isDetail, json("PUT", body)),
  patch: (id: string, body: PatchBank) => request(bankPath(id), isLibraryBank, json("PATCH", body)),
  remove: (id: string) => request(bankPath(id), isLibraryBank, { method: "DELETE" }),
  restore: (id: string) => request(bankPath(id, "/restore"), isLibraryBank, { method: "POST" }),
  duplicate: (id: string) => request(bankPath(id, "/duplicate"), isDetail, { method: "POST" }),
};

/** A file to hand to the browser, and what the format could not carry. */
export interface DownloadedFile {
  readonly blob: Blob;
  readonly filename: string;
  readonly notes: readonly ExportNote[];
}

/** The export notes header: URI-encoded JSON ExportNote[]; anything unreadable counts as none (the file itself is fine). */
export function readExportNotes(header: string | null): ExportNote[] {
  if (!header) return [];
  try {
    const value: unknown = JSON.parse(decodeURIComponent(header));
    return Array.isArray(value) ? value.filter(isExportNote) : [];
  } catch {
    return [];
  }
}

/** The file name from Content-Disposition (RFC 6266's filename* first: titles have accents). */
export function filenameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "")?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/.exec(disposition ?? "")?.[1] ?? fallback;
}

async function fetchFile(path: string, fallbackName: string): Promise<ApiResult<DownloadedFile>> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: "same-origin" });
  } catch {
    return offline();
  }
  if (!res.ok) return { ok: false, error: readError(res.status, await bodyOf(res)) };
  let notes = readExportNotes(res.headers.get("x-lousa-export-notes"));
  const blob = await res.blob();
  // A big bank's notes don't all fit in a header: the rest come from the notes route.
  if (res.headers.get("x-lousa-export-notes-truncated") === "1") {
    const all = await request(path.replace("/export?", "/export/notes?"), isExportNoteList);
    if (all.ok) notes = [...all.data];
  }
  return { ok: true, data: { blob, filename: filenameOf(res.headers.get("content-disposition"), fallbackName), notes } };
}

const isExportNoteList = (value: unknown): value is ExportNote[] => Array.isArray(value) && value.every(isExportNote);

/** A bank as a file in one of the formats Lousa writes. */
export function exportBank(id: string, format: FormatId, locale: string): Promise<ApiResult<DownloadedFile>> {
  return fetchFile(bankPath(id, `/export?${new URLSearchParams({ format, locale }).toString()}`), `lousa-${format}`);
}

export type TemplateFormat = Extract<FormatId, "lousa-csv" | "lousa-xlsx">;

/** The empty Lousa spreadsheet to fill in. */
export function downloadTemplate(format: TemplateFormat, locale: string): Promise<ApiResult<DownloadedFile>> {
  return fetchFile(`/api/import/template?${new URLSearchParams({ format, locale }).toString()}`, `lousa-template.${format === "lousa-csv" ? "csv" : "xlsx"}`);
}

export interface PreviewRequest {
  /** null: let the server recognise the format. */
  readonly format: FormatId | null;
  readonly language: "pt-BR" | "en";
  readonly filename: string;
}

/** What an importer understood of a file; nothing is saved. */
export async function previewImport(bytes: Blob, req: PreviewRequest): Promise<ApiResult<ImportResult>> {
  const query = new URLSearchParams({ language: req.language, filename: req.filename, ...(req.format ? { format: req.format } : {}) });
  return request(`/api/import/preview?${query.toString()}`, isImportResult, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: bytes });
}

export const isFormatId = (v: unknown): v is FormatId => typeof v === "string" && (FORMAT_IDS as readonly string[]).includes(v);

/** Hands a downloaded file to the browser (an object URL, so no secret or session ends up in a link). */
export function saveFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
