/** Errors are values: every command returns a Result instead of throwing. */
export type Result<T, E = GameError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** Rule violations the engine can report. The protocol adds transport-level codes on top. */
export type GameErrorCode =
  | "WRONG_PHASE"
  | "QUESTION_NOT_OPEN"
  | "TOO_LATE"
  | "ALREADY_ANSWERED"
  | "INVALID_CHOICE"
  | "PLAYER_NOT_FOUND"
  | "PLAYER_KICKED"
  | "NICKNAME_INVALID"
  | "NICKNAME_TAKEN"
  | "GAME_LOCKED"
  | "GAME_OVER"
  | "NO_PLAYERS";

export interface GameError {
  readonly code: GameErrorCode;
  readonly message: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = (code: GameErrorCode, message: string): Result<never, GameError> => ({
  ok: false,
  error: { code, message },
});
