import express, { Router, type RequestHandler } from "express";
import type { GameRepository } from "@lousa/db";
import { playerIdentifierSchema } from "@lousa/protocol";
import type { Auth } from "../auth/auth";
import { loadAsHost, sendError } from "./host-auth";

/**
 * The teacher adds or corrects a student's identifier (registration number, e-mail) once a game is over,
 * so a game played without asking for them can still go to the Moodle and Google Classroom gradebooks.
 * The hosting teacher's session or the host key, as for the results; a cookie-authorised change must
 * come from our own pages. Only a finished game: a live one is still being joined and graded.
 */
export function playerIdentifierRouter(games: GameRepository, auth: Auth, sameOrigin: RequestHandler): Router {
  const r = Router();
  r.patch("/games/:gameId/players/:playerId", sameOrigin, express.json({ limit: "4kb" }), async (req, res) => {
    const body = playerIdentifierSchema.safeParse(req.body);
    if (!body.success) return sendError(res, 400, "INVALID_PAYLOAD", "Send { identifier }: up to 64 visible characters, or null");
    const record = await loadAsHost(req, res, games, auth);
    if (!record) return;
    if (record.game.phase !== "podium") return sendError(res, 409, "GAME_NOT_OVER", "Identifiers can be changed once the game has ended");
    const player = record.players.find((p) => p.id === req.params.playerId);
    if (!player) return sendError(res, 404, "PLAYER_NOT_FOUND", "No such player in this game");
    await games.setIdentifier(record.game.id, player.id, body.data.identifier);
    res.set("Cache-Control", "no-store").json({ playerId: player.id, identifier: body.data.identifier });
  });
  return r;
}
