import { ANSWER_VISIBILITY, ATTEMPT_RULES, QUESTION_TYPES, type AssignmentSettings, type PublicQuestion, type SliderScale } from "@lousa/game";
import type {
  AssignmentCreatePayload,
  AssignmentDetail,
  AssignmentRow,
  CreatedAssignment,
  HomeworkAnswerPayload,
  HomeworkFeedback,
  HomeworkInfo,
  HomeworkProgressRow,
  HomeworkStartPayload,
  HomeworkStarted,
  HomeworkState,
  HomeworkStep,
} from "@lousa/protocol";
import { anyBody, getJson, isQuestionImage, isRecord, isReviewQuestion, isSliderSpec, request, sendJson, type ApiResult, type Guard } from "./api";

/**
 * Homework over HTTP (routes in packages/protocol/src/homework.ts), as named calls on lib/api.ts. Every
 * answer goes through a guard below; the student's token travels in the Authorization header only
 * (never in a URL, which ends up in logs and history).
 */

const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
const isBool = (v: unknown): v is boolean => typeof v === "boolean";
const isIntArray = (v: unknown): v is number[] => Array.isArray(v) && v.every(isInt);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const orNull = <T>(guard: Guard<T>) => (v: unknown): v is T | null => v === null || guard(v);
const oneOf = <T extends string>(values: readonly T[]) => (v: unknown): v is T => typeof v === "string" && (values as readonly string[]).includes(v);
const isWindow = oneOf(["upcoming", "open", "closed"] as const);
const isTimeLimit = oneOf(["question", "none"] as const);
const isNicknameSource = oneOf(["typed", "generated"] as const);

const isSliderScale = (v: unknown): v is SliderScale => isRecord(v) && isNumber(v.min) && isNumber(v.max) && isNumber(v.step) && isString(v.unit);

/** A question as a phone may see it before answering (never its key). */
export const isPublicQuestion: Guard<PublicQuestion> = (v): v is PublicQuestion =>
  isRecord(v) &&
  isInt(v.index) &&
  isInt(v.total) &&
  oneOf(QUESTION_TYPES)(v.type) &&
  isString(v.prompt) &&
  isStringArray(v.options) &&
  oneOf(["standard", "double", "none"] as const)(v.pointsMode) &&
  isNumber(v.timeLimitMs) &&
  orNull(isSliderScale)(v.scale) &&
  isString(v.text) &&
  orNull(isQuestionImage)(v.image);

const isClassLine = (v: unknown): v is { index: number; name: string; taken: boolean } => isRecord(v) && isInt(v.index) && isString(v.name) && isBool(v.taken);

export const isHomeworkInfo: Guard<HomeworkInfo> = (v): v is HomeworkInfo =>
  isRecord(v) &&
  isString(v.code) &&
  isString(v.bankTitle) &&
  isInt(v.questionCount) &&
  isNumber(v.opensAt) &&
  isNumber(v.closesAt) &&
  isWindow(v.window) &&
  isTimeLimit(v.timeLimit) &&
  isBool(v.speedPoints) &&
  oneOf(ANSWER_VISIBILITY)(v.showAnswers) &&
  isInt(v.attempts) &&
  oneOf(ATTEMPT_RULES)(v.counts) &&
  orNull(isString)(v.identifierLabel) &&
  (v.classList === null || (Array.isArray(v.classList) && v.classList.every(isClassLine))) &&
  isNicknameSource(v.nicknames);

const isStoredAnswer = (v: unknown): v is HomeworkFeedback["answer"] => isRecord(v) && isIntArray(v.choices) && orNull(isString)(v.text) && orNull(isNumber)(v.value);

const isFeedbackResult = (v: unknown): v is NonNullable<HomeworkFeedback["result"]> =>
  isRecord(v) &&
  isBool(v.correct) &&
  isBool(v.graded) &&
  isNumber(v.points) &&
  isNumber(v.streakBonus) &&
  isIntArray(v.correctOptions) &&
  isStringArray(v.options) &&
  isString(v.explanation) &&
  orNull(isSliderSpec)(v.slider);

const isFeedback = (v: unknown): v is HomeworkFeedback => isRecord(v) && isInt(v.questionIndex) && isStoredAnswer(v.answer) && orNull(isFeedbackResult)(v.result);

const isDoneResult = (v: unknown): v is { score: number; correctCount: number; gradedCount: number } => isRecord(v) && isNumber(v.score) && isInt(v.correctCount) && isInt(v.gradedCount);
const isCounted = (v: unknown): v is { number: number; score: number } => isRecord(v) && isInt(v.number) && v.number >= 1 && isNumber(v.score);

export const isHomeworkStep: Guard<HomeworkStep> = (v): v is HomeworkStep => {
  if (!isRecord(v)) return false;
  if (v.kind === "question") return isPublicQuestion(v.question) && orNull(isNumber)(v.remainingMs) && orNull(isFeedback)(v.feedback) && isBool(v.timedOut);
  return v.kind === "done" && orNull(isDoneResult)(v.result) && orNull(isCounted)(v.counted) && (v.review === null || (Array.isArray(v.review) && v.review.every(isReviewQuestion))) && isBool(v.canRetry);
};

export const isHomeworkState: Guard<HomeworkState> = (v): v is HomeworkState =>
  isRecord(v) &&
  isHomeworkInfo(v.info) &&
  isRecord(v.student) &&
  isString(v.student.nickname) &&
  orNull(isString)(v.student.realName) &&
  isRecord(v.attempt) &&
  isInt(v.attempt.number) &&
  isNumber(v.attempt.startedAt) &&
  orNull(isNumber)(v.attempt.finishedAt) &&
  isInt(v.attempt.position) &&
  isInt(v.attemptsLeft) &&
  isHomeworkStep(v.step);

const isStarted: Guard<HomeworkStarted> = (v): v is HomeworkStarted => isRecord(v) && isString(v.token) && isHomeworkState(v.state);

// ——— The teacher's ———

const isCreated: Guard<CreatedAssignment> = (v): v is CreatedAssignment => isRecord(v) && isString(v.id) && isString(v.code);

export const isAssignmentRow: Guard<AssignmentRow> = (v): v is AssignmentRow =>
  isRecord(v) &&
  isString(v.id) &&
  isString(v.code) &&
  isString(v.link) &&
  isString(v.bankTitle) &&
  isNumber(v.opensAt) &&
  isNumber(v.closesAt) &&
  isWindow(v.window) &&
  isInt(v.questionCount) &&
  isInt(v.started) &&
  isInt(v.finished);

const isAssignmentRows = (v: unknown): v is AssignmentRow[] => Array.isArray(v) && v.every(isAssignmentRow);

const isSettings = (v: unknown): v is AssignmentSettings =>
  isRecord(v) &&
  isTimeLimit(v.timeLimit) &&
  isBool(v.speedPoints) &&
  oneOf(ANSWER_VISIBILITY)(v.showAnswers) &&
  isInt(v.attempts) &&
  oneOf(ATTEMPT_RULES)(v.counts) &&
  isNicknameSource(v.nicknames) &&
  isBool(v.nicknameFilter);

const isProgressRow = (v: unknown): v is HomeworkProgressRow =>
  isRecord(v) &&
  isString(v.studentId) &&
  isString(v.nickname) &&
  orNull(isString)(v.realName) &&
  orNull(isString)(v.identifier) &&
  isInt(v.attempts) &&
  isInt(v.done) &&
  isBool(v.finished) &&
  isNumber(v.score) &&
  isNumber(v.lastActivityAt) &&
  isBool(v.accommodated) &&
  isBool(v.released);

export const isAssignmentDetail: Guard<AssignmentDetail> = (v): v is AssignmentDetail =>
  isAssignmentRow(v) &&
  isRecord(v) &&
  isSettings(v.settings) &&
  orNull(isString)(v.identifierLabel) &&
  orNull(isInt)(v.classListSize) &&
  Array.isArray(v.progress) &&
  v.progress.every(isProgressRow);

// ——— Calls ———

const hwPath = (code: string, tail = "") => `/api/homework/${encodeURIComponent(code)}${tail}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const withToken = <T>(path: string, token: string, guard: Guard<T>, body?: unknown): Promise<ApiResult<T>> =>
  request(path, guard, body === undefined ? { headers: bearer(token) } : { method: "POST", headers: { ...bearer(token), "content-type": "application/json" }, body: JSON.stringify(body) });

/** The student's side: the link's code, then the token start gave. */
export const homeworkApi = {
  info: (code: string) => getJson(hwPath(code), isHomeworkInfo),
  start: (code: string, body: HomeworkStartPayload) => sendJson(hwPath(code, "/start"), body, isStarted),
  state: (code: string, token: string) => withToken(hwPath(code, "/state"), token, isHomeworkState),
  answer: (code: string, token: string, body: HomeworkAnswerPayload) => withToken(hwPath(code, "/answer"), token, isHomeworkState, body),
  next: (code: string, token: string, questionIndex: number) => withToken(hwPath(code, "/next"), token, isHomeworkState, { questionIndex }),
  retry: (code: string, token: string) => withToken(hwPath(code, "/retry"), token, isHomeworkState, {}),
  /** The QR code of the link, as an image the teacher's page shows. */
  qrPath: (code: string) => hwPath(code, "/qr.svg"),
};

const assignmentPath = (id: string, tail = "") => `/api/assignments/${encodeURIComponent(id)}${tail}`;

/** The teacher's side (signed in: the session cookie goes along). */
export const assignmentsApi = {
  list: () => getJson("/api/assignments", isAssignmentRows),
  get: (id: string) => getJson(assignmentPath(id), isAssignmentDetail),
  create: (body: AssignmentCreatePayload) => sendJson("/api/assignments", body, isCreated),
  /** Its body is not read: the page asks for the assignment again. */
  close: (id: string) => sendJson(assignmentPath(id, "/close"), {}, anyBody),
  /** A student's lost device: their next start with the same name takes the seat back. Answers the assignment as it is now. */
  release: (id: string, studentId: string) => sendJson(assignmentPath(id, `/students/${encodeURIComponent(studentId)}/release`), {}, isAssignmentDetail),
};
