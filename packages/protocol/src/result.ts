import type { GameErrorCode } from "@lousa/game";
import type { HomeworkErrorCode } from "@lousa/game";
import { IMAGE_ERROR_CODES, type ImageErrorCode } from "./images";

/** Every error code a client can receive. UIs translate by code; `message` is an English fallback. */
export type ErrorCode =
  | GameErrorCode
  | "INVALID_PAYLOAD"
  | "RATE_LIMITED"
  | "GAME_NOT_FOUND"
  | "BANK_NOT_FOUND"
  | "NOT_HOST"
  | "HOST_SECRET_INVALID"
  | "NOT_JOINED"
  | "REJOIN_INVALID"
  /** A student asked to review a game the teacher has not ended yet. */
  | "GAME_NOT_OVER"
  | "STORAGE_FAILED"
  | "SERVER_RESTARTING"
  /** Several servers: this connection reached a server that doesn't run the game (reconnect with the PIN, then retry). */
  | "WRONG_SERVER"
  /** Several servers: the game is being taken over by another server (its last one stopped); retry in a moment. */
  | "GAME_MOVING"
  | "IDENTIFIER_REQUIRED"
  | "CLASS_ENTRY_INVALID"
  | "CLASS_ENTRY_TAKEN"
  | "SETUP_DONE"
  | "NOT_SIGNED_IN"
  | "SETUP_CODE_INVALID"
  /** A gradebook export of a game with nothing graded (only polls). */
  | "NOTHING_TO_GRADE"
  /** A built-in or shared bank: duplicate it to change it. */
  | "BANK_READ_ONLY"
  /** Saved elsewhere since you opened it (another tab or device): reload to see the latest version. */
  | "BANK_CHANGED"
  /** The bank has problems: see `issues` in the response. */
  | "BANK_INVALID"
  /** The file is over the size an import reads. */
  | "FILE_TOO_LARGE"
  /** Reading the file took too long or too much memory (a damaged or hostile file). */
  | "IMPORT_REFUSED"
  /** A picture upload or lookup refused (see images.ts). */
  | ImageErrorCode
  /** Homework: the rules of an attempt (packages/game/src/homework/attempt.ts). */
  | HomeworkErrorCode
  /** Homework: no assignment with that link (or not this teacher's). */
  | "ASSIGNMENT_NOT_FOUND"
  /** Homework: the device's token doesn't belong to this assignment (start again from the link). */
  | "HOMEWORK_TOKEN_INVALID"
  /** Homework: another student already started with that identifier (the teacher can release their device). */
  | "IDENTIFIER_TAKEN"
  /** Never sent by the server: the client's own word for "the command could not reach the server". */
  | "OFFLINE"
  | "INTERNAL";

export const ERROR_CODES: readonly ErrorCode[] = [
  "WRONG_PHASE",
  "QUESTION_NOT_OPEN",
  "TOO_LATE",
  "ALREADY_ANSWERED",
  "INVALID_CHOICE",
  "PLAYER_NOT_FOUND",
  "PLAYER_KICKED",
  "NICKNAME_INVALID",
  "NICKNAME_TAKEN",
  "NICKNAME_OFFENSIVE",
  "NICKNAME_NOT_GENERATED",
  "TEAM_INVALID",
  "GAME_LOCKED",
  "GAME_OVER",
  "NO_PLAYERS",
  "INVALID_PAYLOAD",
  "RATE_LIMITED",
  "GAME_NOT_FOUND",
  "BANK_NOT_FOUND",
  "NOT_HOST",
  "HOST_SECRET_INVALID",
  "NOT_JOINED",
  "REJOIN_INVALID",
  "GAME_NOT_OVER",
  "STORAGE_FAILED",
  "SERVER_RESTARTING",
  "WRONG_SERVER",
  "GAME_MOVING",
  "IDENTIFIER_REQUIRED",
  "CLASS_ENTRY_INVALID",
  "CLASS_ENTRY_TAKEN",
  "SETUP_DONE",
  "NOT_SIGNED_IN",
  "SETUP_CODE_INVALID",
  "NOTHING_TO_GRADE",
  "BANK_READ_ONLY",
  "BANK_CHANGED",
  "BANK_INVALID",
  "FILE_TOO_LARGE",
  "IMPORT_REFUSED",
  ...IMAGE_ERROR_CODES,
  "ASSIGNMENT_NOT_OPEN",
  "ASSIGNMENT_CLOSED",
  "ATTEMPT_FINISHED",
  "NOT_ANSWERED",
  "NO_ATTEMPTS_LEFT",
  "ATTEMPT_IN_PROGRESS",
  "ASSIGNMENT_NOT_FOUND",
  "HOMEWORK_TOKEN_INVALID",
  "IDENTIFIER_TAKEN",
  "OFFLINE",
  "INTERNAL",
];

export interface ProtocolError {
  readonly code: ErrorCode;
  readonly message: string;
}

/** The body of every acknowledgement. */
export type Ack<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ProtocolError };

export const ackOk = <T>(data: T): Ack<T> => ({ ok: true, data });
export const ackError = (code: ErrorCode, message: string): Ack<never> => ({ ok: false, error: { code, message } });
