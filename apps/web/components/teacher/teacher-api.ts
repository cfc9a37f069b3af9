"use client";

import type { GameHistoryRow, LibraryBank, Teacher } from "@lousa/protocol";

/**
 * Small typed fetch helpers for the teacher pages. Every response body is `unknown` until a guard
 * accepts it. Two error shapes arrive here: Lousa's `{ ok: false, error: { code } }` and better-auth's
 * `{ code, message }` (its routes under /api/auth); both become one `code` string, translated by
 * `useApiError` (teacher-errors.ts). A failed fetch (no network) is OFFLINE, like the sockets say it.
 */
export type ApiResult<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly status: number; readonly code: string };

export type Guard<T> = (value: unknown) => value is T;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
/** For answers whose body is not read (better-auth's `{ status: true }` and the like). */
export const anyBody: Guard<unknown> = (_v: unknown): _v is unknown => true;

/** When a body carries no code we know, the HTTP status still says what kind of failure it was. */
function codeForStatus(status: number): string {
  if (status === 401) return "NOT_SIGNED_IN";
  if (status === 403) return "FORBIDDEN";
  if (status === 429) return "RATE_LIMITED";
  if (status >= 500) return "INTERNAL";
  return "INVALID_PAYLOAD";
}

function errorCode(body: unknown, status: number): string {
  if (isObject(body)) {
    if (isObject(body.error) && isString(body.error.code)) return body.error.code;
    if (isString(body.code) && /^[A-Z_]{2,80}$/.test(body.code)) return body.code;
  }
  return codeForStatus(status);
}

async function request<T>(path: string, init: RequestInit, guard: Guard<T>): Promise<ApiResult<T>> {
  let res: Response;
  try {
    // Same origin, so the session cookie goes along; never cached: a signed-out page must not show old data.
    res = await fetch(path, { ...init, credentials: "same-origin", cache: "no-store" });
  } catch {
    return { ok: false, status: 0, code: "OFFLINE" };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) return { ok: false, status: res.status, code: errorCode(body, res.status) };
  if (!guard(body)) return { ok: false, status: res.status, code: "INTERNAL" };
  return { ok: true, data: body };
}

export function getJson<T>(path: string, guard: Guard<T>): Promise<ApiResult<T>> {
  return request(path, { method: "GET" }, guard);
}

export function postJson<T>(path: string, body: unknown, guard: Guard<T>): Promise<ApiResult<T>> {
  return request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }, guard);
}

// ---- guards for the bodies the teacher pages read ----

export const isTeacher: Guard<Teacher> = (v): v is Teacher =>
  isObject(v) && isString(v.id) && isString(v.name) && isString(v.email) && typeof v.admin === "boolean";

export const isSetupState: Guard<{ needsSetup: boolean }> = (v): v is { needsSetup: boolean } => isObject(v) && typeof v.needsSetup === "boolean";

const ACCESS = new Set(["builtIn", "own", "shared"]);
export const isLibraryBank: Guard<LibraryBank> = (v): v is LibraryBank =>
  isObject(v) &&
  isString(v.id) &&
  isString(v.title) &&
  isString(v.description) &&
  (v.language === "pt-BR" || v.language === "en") &&
  isNumber(v.questionCount) &&
  isString(v.access) &&
  ACCESS.has(v.access) &&
  (v.ownerName === null || isString(v.ownerName));

export const isLibraryBankList: Guard<LibraryBank[]> = (v): v is LibraryBank[] => Array.isArray(v) && v.every(isLibraryBank);

export const isHistoryRow: Guard<GameHistoryRow> = (v): v is GameHistoryRow =>
  isObject(v) &&
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

export const isHistoryRows: Guard<GameHistoryRow[]> = (v): v is GameHistoryRow[] => Array.isArray(v) && v.every(isHistoryRow);

/** A teacher account as the admin's list shows it (better-auth's admin plugin, trimmed to what the page uses). */
export interface TeacherAccount {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly admin: boolean;
  readonly createdAt: string | null;
}

/** GET /api/auth/admin/list-users → `{ users: [...] }`; role "admin" is the only admin role configured. */
export function accountsFrom(body: unknown): TeacherAccount[] | null {
  if (!isObject(body) || !Array.isArray(body.users)) return null;
  const out: TeacherAccount[] = [];
  for (const u of body.users) {
    if (!isObject(u) || !isString(u.id) || !isString(u.name) || !isString(u.email)) return null;
    out.push({ id: u.id, name: u.name, email: u.email, admin: u.role === "admin", createdAt: isString(u.createdAt) ? u.createdAt : null });
  }
  return out;
}

export const isAccountList: Guard<{ users: unknown[] }> = (v): v is { users: unknown[] } => accountsFrom(v) !== null;

/** Signs out this browser (better-auth clears the cookie); a failure still leaves the page to the sign-in screen. */
export function signOut(): Promise<ApiResult<unknown>> {
  return postJson("/api/auth/sign-out", {}, anyBody);
}
