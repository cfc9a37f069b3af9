import type { GameError, Result } from "@lousa/game";

/** Engine errors plus what only the owner can fail at (storage, credentials, a restart). */
export interface RunnerError {
  readonly code:
    | GameError["code"]
    | "STORAGE_FAILED"
    | "SERVER_RESTARTING"
    | "REJOIN_INVALID"
    | "IDENTIFIER_REQUIRED"
    | "CLASS_ENTRY_INVALID"
    | "CLASS_ENTRY_TAKEN";
  readonly message: string;
}
export type RunnerResult<T> = Result<T, RunnerError>;

export const fail = (code: RunnerError["code"], message: string): RunnerResult<never> => ({ ok: false, error: { code, message } });

export const STORAGE_FAILED = fail("STORAGE_FAILED", "Could not save, please try again");
export const SERVER_RESTARTING = fail("SERVER_RESTARTING", "The server is restarting; your device will reconnect by itself");
