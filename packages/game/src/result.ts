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
  /** The filter found a word students shouldn't use (the message never repeats it). */
  | "NICKNAME_OFFENSIVE"
  /** The teacher allows only generated nicknames, and this is not one. */
  | "NICKNAME_NOT_GENERATED"
  /** A team that doesn't exist in this game, or a pick where the server assigns teams. */
  | "TEAM_INVALID"
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
