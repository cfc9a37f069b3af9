"use client";

import { useCallback } from "react";
import { ERROR_CODES, type ErrorCode } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import type { MessageKey } from "../../lib/messages";

const LOUSA_CODES: ReadonlySet<string> = new Set(ERROR_CODES);
const isErrorCode = (code: string): code is ErrorCode => LOUSA_CODES.has(code);

/**
 * better-auth's own codes (its routes under /api/auth answer with these, not Lousa's), mapped to our
 * messages. Several of its codes say the same thing to a teacher, so they share one message.
 */
const AUTH_CODES: Readonly<Record<string, MessageKey>> = {
  INVALID_EMAIL_OR_PASSWORD: "teacher.error.INVALID_EMAIL_OR_PASSWORD",
  INVALID_PASSWORD: "teacher.error.INVALID_PASSWORD",
  PASSWORD_TOO_SHORT: "teacher.error.PASSWORD_TOO_SHORT",
  PASSWORD_TOO_LONG: "teacher.error.PASSWORD_TOO_LONG",
  USER_ALREADY_EXISTS: "teacher.error.USER_ALREADY_EXISTS",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "teacher.error.USER_ALREADY_EXISTS",
  INVALID_EMAIL: "teacher.error.INVALID_EMAIL",
  YOU_CANNOT_REMOVE_YOURSELF: "teacher.error.YOU_CANNOT_REMOVE_YOURSELF",
  BANNED_USER: "teacher.error.BANNED_USER",
  USER_NOT_FOUND: "teacher.error.USER_NOT_FOUND",
  FORBIDDEN: "teacher.error.FORBIDDEN",
  PASSWORD_MISMATCH: "teacher.error.PASSWORD_MISMATCH",
  REQUIRED: "teacher.error.REQUIRED",
};

/** Turns any error code a teacher page meets (Lousa's, better-auth's, or our own) into a sentence in the current language. */
export function useApiError(): (code: string) => string {
  const { t, error } = useI18n();
  return useCallback(
    (code: string) => {
      if (isErrorCode(code)) return error(code);
      const key = AUTH_CODES[code] ?? (code.startsWith("YOU_ARE_NOT_ALLOWED") ? "teacher.error.FORBIDDEN" : "teacher.error.unknown");
      return t(key);
    },
    [t, error],
  );
}
