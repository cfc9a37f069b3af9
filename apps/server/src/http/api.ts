import { Router, type Request, type Response } from "express";
import helmet from "helmet";
import QRCode from "qrcode";
import type { Repositories } from "@lousa/db";
import { pinSchema, type BankSummary, type HealthReport, type ErrorCode } from "@lousa/protocol";
import type { GameRegistry } from "../game/game-registry";
import { secretMatches } from "../secrets";
import { resultsCsv } from "./results-csv";

export interface ApiDeps {
  readonly repos: Repositories;
  readonly registry: GameRegistry;
  readonly version: string;
  readonly joinUrl: (pin: string) => string;
}

function fail(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ ok: false, error: { code, message } });
}

/** The host proves ownership with its secret as a bearer token (never in the URL: URLs end up in logs). */
function bearer(req: Request): string | null {
  const h = req.get("authorization");
  const m = h ? /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(h) : null;
  return m?.[1] ?? null;
}

export function apiRouter(deps: ApiDeps): Router {
  const api = Router();
  // Helmet only here: its default CSP would block Next.js' inline scripts on the pages.
  api.use(helmet());

  api.get("/health", async (_req, res) => {
    const database = await deps.repos.ping();
    const body: HealthReport = { status: database ? "ok" : "degraded", version: deps.version, database, liveGames: deps.registry.size };
    res.status(database ? 200 : 503).json(body);
  });

  api.get("/banks", async (_req, res) => {
    const banks: BankSummary[] = await deps.repos.banks.list();
    res.json(banks);
  });

  api.get("/games/:pin/qr.svg", async (req, res) => {
    const pin = pinSchema.safeParse(req.params.pin);
    if (!pin.success || !deps.registry.get(pin.data)) return fail(res, 404, "GAME_NOT_FOUND", "No live game with that PIN");
    const svg = await QRCode.toString(deps.joinUrl(pin.data), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    res.type("image/svg+xml").set("Cache-Control", "no-store").send(svg);
  });

  api.get("/games/:gameId/results.csv", async (req, res) => {
    const gameId = String(req.params.gameId);
    const secret = bearer(req);
    const record = gameId.length <= 64 ? await deps.repos.games.load(gameId) : null;
    if (!record) return fail(res, 404, "GAME_NOT_FOUND", "No game with that id");
    if (!secret || !secretMatches(secret, record.game.hostSecretHash)) return fail(res, 403, "HOST_SECRET_INVALID", "Only the host of this game can download its results");
    const date = new Date(record.game.createdAt).toISOString().slice(0, 10);
    res
      .type("text/csv; charset=utf-8")
      .set("Content-Disposition", `attachment; filename="lousa-${record.game.pin}-${date}.csv"`)
      .set("Cache-Control", "no-store")
      .send(resultsCsv(record));
  });

  api.use((_req, res) => fail(res, 404, "GAME_NOT_FOUND", "No such API route"));
  return api;
}
