import type { Request, Response } from "express";
import type { Auth } from "../auth/auth";
import { teacherFromHeaders } from "../auth/teacher-session";
import type { GameRecord, GameRepository } from "@lousa/db";
import type { ErrorCode } from "@lousa/protocol";
import { secretMatches } from "../secrets";

export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ ok: false, error: { code, message } });
}

/** The host proves ownership with its secret as a bearer token (never in the URL: URLs end up in logs). */
export function bearer(req: Request): string | null {
  const h = req.get("authorization");
  const m = h ? /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(h) : null;
  return m?.[1] ?? null;
}

/**
 * Loads a game for a results route, or answers 401/403/404 itself. Results belong to the teacher who
 * hosted the game (their session, on any device) and to whoever holds its host key (the browser that
 * created it, or a colleague it was given to). A wrong key and an unknown game are both refused
 * without saying which exists.
 */
export async function loadAsHost(req: Request, res: Response, games: GameRepository, auth: Auth): Promise<GameRecord | null> {
  const gameId = String(req.params.gameId ?? "");
  // The game row alone first: its players and answers are read only for someone allowed to see them.
  const game = gameId.length > 0 && gameId.length <= 64 ? await games.get(gameId) : null;
  if (!game) {
    sendError(res, 404, "GAME_NOT_FOUND", "No game with that id");
    return null;
  }
  const secret = bearer(req);
  const teacher = secret && secretMatches(secret, game.hostSecretHash) ? null : await teacherFromHeaders(auth, req.headers);
  if ((secret && secretMatches(secret, game.hostSecretHash)) || (teacher && game.ownerId === teacher.id)) {
    const record = await games.load(gameId);
    if (!record) sendError(res, 404, "GAME_NOT_FOUND", "No game with that id");
    return record;
  }
  if (!secret && !teacher) sendError(res, 401, "NOT_SIGNED_IN", "Sign in as the teacher who hosted this game to see its results");
  else sendError(res, 403, "HOST_SECRET_INVALID", "Only the teacher who hosted this game can see its results");
  return null;
}
