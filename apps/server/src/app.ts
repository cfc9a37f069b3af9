import http from "node:http";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { Server } from "socket.io";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { Repositories } from "@lousa/db";
import type { Clock } from "./clock";
import { GameRegistry } from "./game/game-registry";
import { apiRouter } from "./http/api";
import type { Logger } from "./logger";
import { refuseUnknownEvents } from "./realtime/command";
import { detach, type RealtimeContext } from "./realtime/context";
import { registerHostHandlers } from "./realtime/host-handlers";
import { registerPlayerHandlers } from "./realtime/player-handlers";
import { socketTransport } from "./realtime/socket-transport";
import type { LousaServer } from "./realtime/types";

export interface AppDeps {
  readonly repos: Repositories;
  readonly clock: Clock;
  readonly log: Logger;
  readonly version: string;
  /** Base URL phones open (PUBLIC_URL or the LAN address); a function because the port is known only after listen. */
  readonly baseUrl: () => string;
  /** Serves everything that is not /api or /socket.io (the Next.js app); absent in API-only tests. */
  readonly web?: RequestHandler;
  /** Events per second one socket may send before RATE_LIMITED. */
  readonly eventsPerSecond?: number;
}

export interface App {
  readonly httpServer: http.Server;
  readonly io: LousaServer;
  readonly registry: GameRegistry;
  /** Stops accepting, waits for pending writes, closes sockets. */
  close(): Promise<void>;
}

/** Builds the whole server without side effects: main.ts decides where it listens. */
export function createApp(deps: AppDeps): App {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  const httpServer = http.createServer(app);
  const io: LousaServer = new Server(httpServer, {
    serveClient: false,
    // Lets the Next dev server keep its HMR websocket on the same port.
    destroyUpgrade: false,
    // Largest legitimate payload is a few hundred bytes; this caps what one message can cost.
    maxHttpBufferSize: 16 * 1024,
    cors: { origin: false },
  });
  const registry = new GameRegistry({ banks: deps.repos.banks, games: deps.repos.games, clock: deps.clock, transport: socketTransport(io), log: deps.log });
  const joinUrl = (pin: string) => `${deps.baseUrl()}/?pin=${pin}`;

  const eventLimiter = new RateLimiterMemory({ points: deps.eventsPerSecond ?? 20, duration: 1 });
  const pinLimiter = new RateLimiterMemory({ points: 20, duration: 60 });
  const ctx: RealtimeContext = {
    registry,
    log: deps.log,
    joinUrl,
    guard: {
      allow: (socket) => eventLimiter.consume(socket.id).then(() => true, () => false),
    },
    pinGuessAllowed: (socket) => pinLimiter.consume(socket.data.address).then(() => true, () => false),
  };

  io.on("connection", (socket) => {
    socket.data.identity = null;
    socket.data.address = socket.handshake.address;
    refuseUnknownEvents(socket);
    registerHostHandlers(socket, ctx);
    registerPlayerHandlers(socket, ctx);
    socket.on("disconnect", () => detach(socket, registry));
  });

  app.use("/api", express.json({ limit: "16kb" }), apiRouter({ repos: deps.repos, registry, version: deps.version, joinUrl }));
  if (deps.web) app.all("/{*splat}", deps.web);
  const onError: ErrorRequestHandler = (e, _req, res, _next) => {
    deps.log.error({ err: e }, "http error");
    if (!res.headersSent) res.status(500).json({ ok: false, error: { code: "INTERNAL", message: "Something went wrong on the server" } });
  };
  app.use(onError);

  return {
    httpServer,
    io,
    registry,
    async close() {
      httpServer.close();
      await registry.flushAll();
      registry.disposeAll();
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
