import type { Response } from "express";
import type { ErrorCode } from "@lousa/protocol";
import { sendError } from "../http/host-auth";

/** A homework refusal, with the HTTP status it is sent with. */
export interface HomeworkRefusal {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
}

export type HomeworkOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HomeworkRefusal };

export const done = <T>(value: T): HomeworkOutcome<T> => ({ ok: true, value });

/** The status a code goes with: 400 for what the request got wrong, 404/401 for who, 409 for the attempt's state. */
function statusOf(code: ErrorCode): number {
  switch (code) {
    case "INVALID_PAYLOAD":
    case "INVALID_CHOICE":
    case "NICKNAME_INVALID":
    case "NICKNAME_OFFENSIVE":
    case "NICKNAME_NOT_GENERATED":
    case "IDENTIFIER_REQUIRED":
    case "CLASS_ENTRY_INVALID":
      return 400;
    case "HOMEWORK_TOKEN_INVALID":
      return 401;
    case "ASSIGNMENT_NOT_FOUND":
    case "BANK_NOT_FOUND":
      return 404;
    case "RATE_LIMITED":
      return 429;
    default:
      return 409;
  }
}

export function refuse(code: ErrorCode, message: string): HomeworkOutcome<never> {
  return { ok: false, error: { status: statusOf(code), code, message } };
}

/** Sends an outcome: the value as JSON (never cached: it is one student's or one teacher's), or the refusal. */
export function send<T>(res: Response, outcome: HomeworkOutcome<T>, status = 200): void {
  if (!outcome.ok) return sendError(res, outcome.error.status, outcome.error.code, outcome.error.message);
  res.status(status).set("Cache-Control", "no-store").json(outcome.value);
}
