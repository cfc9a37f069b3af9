import { QUESTION_TYPES } from "@lousa/game";
import {
  ERROR_CODES,
  FORMAT_IDS,
  type BankDraft,
  type ErrorCode,
  type ExportNote,
  type ExportNoteCode,
  type FormatId,
  type GameHistoryRow,
  type ImportProblem,
  type ImportProblemCode,
  type ImportResult,
  type LibraryBank,
  type LibraryBankDetail,
  type PlayerReview,
  type ProtocolError,
  type QuestionDraft,
  type QuestionIssue,
  type QuestionIssueCode,
  type ReviewQuestion,
  type SourcePosition,
  type Teacher,
} from "@lousa/protocol";

/**
 * The web app's one way to talk to the server over HTTP (the games themselves go over the socket). Every
 * answer is `unknown` until a guard below accepts it: a server of another version, a proxy's HTML error
 * page or a dropped connection all come back as an `ApiError` the pages can translate, never as a thrown
 * exception. Named calls live in thin modules per area (lib/library-api.ts, components/teacher/teacher-api.ts).
 */
export type ApiResult<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ApiError };

export type Guard<T> = (value: unknown) => value is T;

export interface ApiError extends ProtocolError {
  /** The HTTP status; 0 when nothing came back (OFFLINE). */
  readonly status: number;
  /** Present on 400 BANK_INVALID: what to fix, at its place in the draft. */
  readonly issues?: readonly QuestionIssue[];
  /**
   * The failure in the teacher pages' wider words (translated by `useApiError`): the code the body sent as
   * it came — Lousa's, a newer server's, or better-auth's own (INVALID_EMAIL_OR_PASSWORD, USER_ALREADY_EXISTS…) —,
   * else what the status says. `code` stays within Lousa's codes, for pages that show only those.
   */
  readonly reason: string;
}

// ---- Guards: network input is `unknown` until one of these says what it is. ----

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isIntArray = (v: unknown): v is number[] => Array.isArray(v) && v.every(isInt);
const isLanguage = (v: unknown): v is "pt-BR" | "en" => v === "pt-BR" || v === "en";
const oneOf = <T extends string>(values: readonly T[]) => (v: unknown): v is T => typeof v === "string" && (values as readonly string[]).includes(v);
const listOf = <T>(guard: Guard<T>): Guard<T[]> => (v: unknown): v is T[] => Array.isArray(v) && v.every(guard);

/** For answers whose body is not read (better-auth's `{ status: true }` and the like). */
export const anyBody: Guard<unknown> = (_v: unknown): _v is unknown => true;

export const isTeacher: Guard<Teacher> = (v): v is Teacher => isRecord(v) && isString(v.id) && isString(v.name) && isString(v.email) && typeof v.admin === "boolean";

export const isSetupState: Guard<{ needsSetup: boolean }> = (v): v is { needsSetup: boolean } => isRecord(v) && typeof v.needsSetup === "boolean";

/** A slider's numbers (not their rules, as below). */
export function isSliderSpec(v: unknown): v is NonNullable<QuestionDraft["slider"]> {
  return isRecord(v) && isNumber(v.min) && isNumber(v.max) && isNumber(v.step) && isNumber(v.answer) && isNumber(v.tolerance) && isString(v.unit);
}

/** A question's picture by id (the server checks the id names a stored picture). */
export function isQuestionImage(v: unknown): v is NonNullable<QuestionDraft["image"]> {
  return isRecord(v) && isString(v.id) && isString(v.alt) && isInt(v.width) && isInt(v.height) && typeof v.onPhones === "boolean";
}

/** The shape of a question (not its rules: the editor shows what breaks them, per field). */
export function isQuestionDraft(v: unknown): v is QuestionDraft {
  return (
    isRecord(v) &&
    oneOf(QUESTION_TYPES)(v.type) &&
    isString(v.prompt) &&
    isStringArray(v.options) &&
    isIntArray(v.correct) &&
    isString(v.explanation) &&
    isInt(v.timeLimitSec) &&
    oneOf(["standard", "double", "none"])(v.pointsMode) &&
    (v.ignoreAccents === undefined || typeof v.ignoreAccents === "boolean") &&
    (v.slider === undefined || isSliderSpec(v.slider)) &&
    (v.image === undefined || isQuestionImage(v.image))
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

export const isLibraryBankList = listOf(isLibraryBank);
export const isLibraryBankDetail = (v: unknown): v is LibraryBankDetail => isLibraryBank(v) && isRecord(v) && isBankDraft(v.draft);

export const isHistoryRow: Guard<GameHistoryRow> = (v): v is GameHistoryRow =>
  isRecord(v) &&
  isString(v.gameId) &&
  isString(v.pin) &&
  isString(v.bankTitle) &&
  isNumber(v.createdAt) &&
  isString(v.phase) &&
  isNumber(v.playerCount) &&
  isNumber(v.questionsPlayed) &&
  isNumber(v.averageScore) &&
  isNumber(v.averagePercentCorrect) &&
  isNumber(v.flaggedQuestions);

export const isHistoryRows = listOf(isHistoryRow);

/** A user as better-auth's admin plugin lists it (GET /api/auth/admin/list-users), trimmed to what the pages read. */
export interface AuthUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role?: unknown;
  readonly createdAt?: unknown;
}
const isAuthUser = (v: unknown): v is AuthUser => isRecord(v) && isString(v.id) && isString(v.name) && isString(v.email);
export const isAuthUserList = (v: unknown): v is { users: AuthUser[] } => isRecord(v) && listOf(isAuthUser)(v.users);

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
  POLL_HAS_NO_CORRECT: true,
  ORDERING_NEEDS_SEQUENCE: true,
  CORRECT_NOT_USED: true,
  OPTIONS_NOT_USED: true,
  SLIDER_MISSING: true,
  SLIDER_NOT_USED: true,
  SLIDER_RANGE: true,
  SLIDER_STEP: true,
  SLIDER_ANSWER: true,
  SLIDER_TOLERANCE: true,
  SLIDER_UNIT_TOO_LONG: true,
  IMAGE_INVALID: true,
  IMAGE_ALT_EMPTY: true,
  IMAGE_ALT_TOO_LONG: true,
  IMAGE_NOT_FOUND: true,
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
export const isFormatId = (v: unknown): v is FormatId => typeof v === "string" && (FORMAT_IDS as readonly string[]).includes(v);

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

export const isExportNoteList = listOf(isExportNote);

/** What a student sent to one question, as the review gives it back. */
function isReviewAnswer(v: unknown): v is NonNullable<ReviewQuestion["answer"]> {
  return isRecord(v) && isIntArray(v.choices) && (v.text === null || isString(v.text)) && (v.value === null || isNumber(v.value));
}

export function isReviewQuestion(v: unknown): v is ReviewQuestion {
  return (
    isRecord(v) &&
    isInt(v.index) &&
    oneOf(QUESTION_TYPES)(v.type) &&
    isString(v.prompt) &&
    isStringArray(v.options) &&
    isIntArray(v.correct) &&
    isString(v.explanation) &&
    (v.slider === null || isSliderSpec(v.slider)) &&
    (v.image === null || isQuestionImage(v.image)) &&
    (v.answer === null || isReviewAnswer(v.answer)) &&
    typeof v.graded === "boolean" &&
    typeof v.right === "boolean" &&
    isNumber(v.points)
  );
}

/** POST /api/play/review's answer: a student's look back at a finished game. */
export function isPlayerReview(v: unknown): v is PlayerReview {
  return (
    isRecord(v) &&
    isString(v.bankTitle) &&
    isString(v.nickname) &&
    isNumber(v.score) &&
    isInt(v.rank) &&
    isInt(v.playerCount) &&
    isInt(v.correctCount) &&
    isInt(v.gradedCount) &&
    listOf(isReviewQuestion)(v.questions)
  );
}

/**
 * A student's review of a finished game, asked with the rejoin token their phone keeps (in the body, so
 * it stays out of logs). 409 GAME_NOT_OVER until the teacher ends the game.
 */
export function fetchPlayerReview(rejoinToken: string): Promise<ApiResult<PlayerReview>> {
  return sendJson("/api/play/review", { rejoinToken }, isPlayerReview);
}

// ---- Errors ----

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);
const isErrorCode = (v: unknown): v is ErrorCode => typeof v === "string" && CODES.has(v);
/** better-auth's codes: upper-case words (INVALID_EMAIL_OR_PASSWORD), never free text. */
const isAuthCode = (v: unknown): v is string => typeof v === "string" && /^[A-Z_]{2,80}$/.test(v);

/**
 * An answer with no code we know: what its status says, in Lousa's codes and in the teacher pages' wider
 * words. The two columns differ where the pages always did; they are kept so that each page shows what it did.
 */
function byStatus(status: number): { readonly code: ErrorCode; readonly message: string; readonly reason: string } {
  if (status === 401) return { code: "NOT_SIGNED_IN", message: "Not signed in", reason: "NOT_SIGNED_IN" };
  if (status === 413) return { code: "FILE_TOO_LARGE", message: "Too large", reason: "INVALID_PAYLOAD" };
  const message = `HTTP ${status}`;
  if (status === 403) return { code: "INTERNAL", message, reason: "FORBIDDEN" };
  if (status === 429) return { code: "INTERNAL", message, reason: "RATE_LIMITED" };
  return { code: "INTERNAL", message, reason: status >= 500 ? "INTERNAL" : "INVALID_PAYLOAD" };
}

/**
 * A refusal's body, read once: Lousa's `{ ok: false, error: { code, message } }` (with `issues` on BANK_INVALID)
 * or better-auth's `{ code, message }`; anything else is said by its status.
 */
export function readError(status: number, body: unknown): ApiError {
  const sent = isRecord(body) ? (isRecord(body.error) && isString(body.error.code) ? body.error.code : isAuthCode(body.code) ? body.code : null) : null;
  if (isRecord(body) && isRecord(body.error) && isErrorCode(body.error.code)) {
    const code = body.error.code;
    const message = isString(body.error.message) ? body.error.message : code;
    const issues = Array.isArray(body.issues) ? body.issues.filter(isQuestionIssue) : undefined;
    return { code, message, status, reason: code, ...(issues ? { issues } : {}) };
  }
  const fallback = byStatus(status);
  return { code: fallback.code, message: fallback.message, status, reason: sent ?? fallback.reason };
}

const failed = (error: ApiError): ApiResult<never> => ({ ok: false, error });
const OFFLINE: ApiError = { code: "OFFLINE", message: "No connection", status: 0, reason: "OFFLINE" };
const malformed = (status: number): ApiError => ({ code: "INTERNAL", message: "Unexpected answer", status, reason: "INTERNAL" });

async function bodyOf(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return null;
  }
}

/**
 * One request, answered 2xx, or the reason why not (its error body read). Same origin, so the session cookie
 * goes along; never cached: a signed-out page must not show old data.
 */
export async function fetchOk(path: string, init: RequestInit = {}): Promise<ApiResult<Response>> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, credentials: "same-origin", cache: "no-store" });
  } catch {
    return failed(OFFLINE);
  }
  return res.ok ? { ok: true, data: res } : failed(readError(res.status, await bodyOf(res)));
}

/** One request with a JSON answer, checked by `guard`. */
export async function request<T>(path: string, guard: Guard<T>, init: RequestInit = {}): Promise<ApiResult<T>> {
  const r = await fetchOk(path, init);
  if (!r.ok) return r;
  const body = await bodyOf(r.data);
  return guard(body) ? { ok: true, data: body } : failed(malformed(r.data.status));
}

export function getJson<T>(path: string, guard: Guard<T>): Promise<ApiResult<T>> {
  return request(path, guard);
}

/** A request with a JSON body (POST unless said otherwise). */
export function sendJson<T>(path: string, body: unknown, guard: Guard<T>, method = "POST"): Promise<ApiResult<T>> {
  return request(path, guard, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

// ---- A finished game's player identifiers (the report's gradebook fix) ----

/** What PATCH /api/games/:gameId/players/:playerId answers: the identifier as the server stored it. */
export interface PlayerIdentifier {
  readonly playerId: string;
  readonly identifier: string | null;
}

export const isPlayerIdentifier: Guard<PlayerIdentifier> = (v): v is PlayerIdentifier => isRecord(v) && isString(v.playerId) && (v.identifier === null || isString(v.identifier));

/**
 * Adds, corrects or (null) clears a student's identifier once the game is over. With the game's host key
 * when this browser holds it, else the teacher's session cookie (the browser sends our Origin on a PATCH,
 * which the server asks of cookie-authorised changes): the same two ways the report itself is read.
 */
export function setPlayerIdentifier(gameId: string, playerId: string, identifier: string | null, hostSecret: string | null): Promise<ApiResult<PlayerIdentifier>> {
  const headers: Record<string, string> = { "content-type": "application/json", ...(hostSecret ? { authorization: `Bearer ${hostSecret}` } : {}) };
  const path = `/api/games/${encodeURIComponent(gameId)}/players/${encodeURIComponent(playerId)}`;
  return request(path, isPlayerIdentifier, { method: "PATCH", headers, body: JSON.stringify({ identifier }) });
}
