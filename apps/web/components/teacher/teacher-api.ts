"use client";

import type { GameHistoryRow } from "@lousa/protocol";
import type { HostedGame } from "../../lib/storage";
import { anyBody, getJson, isAuthUserList, isHistoryRows, isSetupState, isTeacher, sendJson, type ApiResult, type AuthUser } from "../../lib/api";

/**
 * The teacher pages' calls, on lib/api.ts: Lousa's routes and better-auth's under /api/auth. A failure's
 * `error.reason` is what `useApiError` (teacher-errors.ts) translates: better-auth's own codes included.
 */

/** A teacher account as the admin's list shows it (better-auth's admin plugin, trimmed to what the page uses). */
export interface TeacherAccount {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly admin: boolean;
  readonly createdAt: string | null;
}

/** Role "admin" is the only admin role configured. */
const toAccount = (u: AuthUser): TeacherAccount => ({ id: u.id, name: u.name, email: u.email, admin: u.role === "admin", createdAt: typeof u.createdAt === "string" ? u.createdAt : null });

const post = (path: string, body: unknown) => sendJson(path, body, anyBody);

export const teacherApi = {
  me: () => getJson("/api/me", isTeacher),
  setupState: () => getJson("/api/setup", isSetupState),
  setUp: (body: { name: string; email: string; password: string; setupCode: string }) => post("/api/setup", body),
  signIn: (body: { email: string; password: string }) => post("/api/auth/sign-in/email", body),
  /** Signs out this browser (better-auth clears the cookie); a failure still leaves the page to the sign-in screen. */
  signOut: () => post("/api/auth/sign-out", {}),
  /** Every session of this account ends, this one included. */
  signOutEverywhere: () => post("/api/auth/revoke-sessions", {}),
  changePassword: (body: { currentPassword: string; newPassword: string; revokeOtherSessions: boolean }) => post("/api/auth/change-password", body),

  // The admin's (better-auth admin plugin).
  accounts: async (): Promise<ApiResult<TeacherAccount[]>> => {
    const r = await getJson("/api/auth/admin/list-users?limit=500&sortBy=name&sortDirection=asc", isAuthUserList);
    return r.ok ? { ok: true, data: r.data.users.map(toAccount) } : r;
  },
  addTeacher: (body: { name: string; email: string; password: string; role: "admin" | "user" }) => post("/api/auth/admin/create-user", body),
  setPassword: (userId: string, newPassword: string) => post("/api/auth/admin/set-user-password", { userId, newPassword }),
  signOutTeacher: (userId: string) => post("/api/auth/admin/revoke-user-sessions", { userId }),
  removeTeacher: (userId: string) => post("/api/auth/admin/remove-user", { userId }),

  // Past games.
  myGames: () => getJson("/api/games/mine", isHistoryRows),
  /** Games this browser holds the host keys of. */
  gamesByKey: (games: readonly HostedGame[]): Promise<ApiResult<GameHistoryRow[]>> => sendJson("/api/games/history", { games }, isHistoryRows),
};
