import type { Request, Response } from "express";
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
 * Loads a game for a results route, or answers 404/403 itself. Results belong to whoever holds the
 * game's host secret; a wrong secret and an unknown game are both refused without saying which exists.
 */
export async function loadAsHost(req: Request, res: Response, games: GameRepository): Promise<GameRecord | null> {
  const gameId = String(req.params.gameId ?? "");
  const record = gameId.length > 0 && gameId.length <= 64 ? await games.load(gameId) : null;
  if (!record) {
    sendError(res, 404, "GAME_NOT_FOUND", "No game with that id");
    return null;
  }
  const secret = bearer(req);
  if (!secret || !secretMatches(secret, record.game.hostSecretHash)) {
    sendError(res, 403, "HOST_SECRET_INVALID", "Only the host of this game can see its results");
    return null;
  }
  return record;
}
