import { Router, type RequestHandler } from "express";
import helmet from "helmet";
import QRCode from "qrcode";
import type { Repositories } from "@lousa/db";
import { pinSchema, type HealthReport } from "@lousa/protocol";
import type { GameRegistry } from "../game/game-registry";
import { sendError } from "./host-auth";
import type { Auth } from "../auth/auth";
import type { Clock } from "../clock";
import { homeworkRouter } from "../homework/homework-api";
import { playReviewRouter } from "./play-review-api";
import { resultsRouter } from "./results-api";

/** Wrong-PIN budget per client address (shared with the sockets). */
export interface PinGuesses {
  blocked(address: string): Promise<boolean>;
  miss(address: string): Promise<void>;
}

export interface ApiDeps {
  readonly pinGuesses: PinGuesses;
  readonly repos: Repositories;
  readonly registry: GameRegistry;
  readonly version: string;
  readonly joinUrl: (pin: string) => string;
  readonly auth: Auth;
  readonly clock: Clock;
  /** The link students open for a homework's code (<base>/hw/<code>). */
  readonly homeworkUrl: (code: string) => string;
  /** Cookie-authorised changes only from our own pages (see app.ts). */
  readonly sameOrigin: RequestHandler;
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

  api.get("/games/:pin/qr.svg", async (req, res) => {
    const address = req.ip ?? "unknown";
    if (await deps.pinGuesses.blocked(address)) return sendError(res, 429, "RATE_LIMITED", "Too many wrong PINs from this network, wait a minute");
    const pin = pinSchema.safeParse(req.params.pin);
    if (!pin.success || !(await deps.registry.hasLiveGame(pin.data))) {
      await deps.pinGuesses.miss(address);
      return sendError(res, 404, "GAME_NOT_FOUND", "No live game with that PIN");
    }
    const svg = await QRCode.toString(deps.joinUrl(pin.data), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    res.type("image/svg+xml").set("Cache-Control", "no-store").send(svg);
  });

  api.use(resultsRouter(deps.repos.games, deps.auth));
  api.use(playReviewRouter(deps.repos.games));
  api.use(homeworkRouter(deps));

  api.use((_req, res) => sendError(res, 404, "GAME_NOT_FOUND", "No such API route"));
  return api;
}
