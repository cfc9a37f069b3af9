import { randomBytes } from "node:crypto";
import os from "node:os";
import http from "node:http";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { Server } from "socket.io";
import type { LeaseStore, Repositories } from "@lousa/db";
import { pinSchema } from "@lousa/protocol";
import type { Cluster } from "./cluster/cluster";
import type { ClusterOwnership } from "./cluster/cluster-ownership";
import { memoryLimiters } from "./cluster/limiters";
import type { Clock } from "./clock";
import { GameRegistry } from "./game/game-registry";
import { apiRouter } from "./http/api";
import type { Logger } from "./logger";
import { commandListener } from "./realtime/command";
import { detach, sessionStillValid, type RealtimeContext } from "./realtime/context";
import { hostCommands } from "./realtime/host-handlers";
import { playerCommands } from "./realtime/player-handlers";
import { socketTransport } from "./realtime/socket-transport";
import type { LousaServer } from "./realtime/types";
import { apiCors, originAllowed, pageSecurityHeaders } from "./http/security";
import type { PinGuesses } from "./http/api";
import { clientAddress, compileTrust, type TrustProxy } from "./http/client-address";
import { clientError } from "./http/client-error";
import { setupRouter } from "./http/setup-api";
import { libraryRouter } from "./http/library-api";
import { playerIdentifierRouter } from "./http/player-identifier-api";
import { importRouter } from "./import/import-api";
import { imagesRouter } from "./images/images-api";
import { hostAllowed, refuseUnknownHosts } from "./http/host-allow-list";
import type { Auth } from "./auth/auth";
import { toNodeHandler } from "better-auth/node";
import { sendError } from "./http/host-auth";
import { teacherFromHeaders } from "./auth/teacher-session";
import { PASSWORD_ROUTES, passwordGuards } from "./auth/password-guard";

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
  /** Failed PIN lookups one address may make per minute (stops PIN guessing). */
  readonly pinGuessesPerMinute?: number;
  /** PUBLIC_URL's origin (the address pages are served under behind a proxy), if set. */
  readonly publicOrigin?: string | null;
  /** Other origins allowed to connect (the server's own origin always is). */
  readonly allowedOrigins?: readonly string[];
  /** Teachers' sign-in (better-auth), mounted at /api/auth. */
  readonly auth: Auth;
  /** Password attempts (sign-in, change, verify) one client address may make per minute. */
  readonly signInsPerMinute?: number;
  /** Failed sign-ins one account may take per 15 minutes, from any address. */
  readonly failedSignInsPerAccount?: number;
  /** Draws candidate PINs (random by default). */
  readonly newPin?: () => string;
  /** Which proxies may report the client's address (TRUST_PROXY); default: only one on this machine. */
  readonly trustProxy?: TrustProxy;
  /** Host names the server answers to besides IPs, localhost and this machine's name (PUBLIC_URL's, ALLOWED_HOSTS); see host-allow-list.ts. */
  readonly allowedHosts?: readonly string[];
  /** This machine's names (default: os.hostname() and the same with ".local"). */
  readonly machineNames?: readonly string[];
  /** The first-run setup code (SETUP_CODE); random by default. */
  readonly setupCode?: string;
  /** Strict security headers on pages (CSP etc.); off in dev, where Next needs eval for hot reload. */
  readonly securityHeaders?: boolean;
  /** Several servers (REDIS_URL, PostgreSQL): shared budgets, PINs and game leases (see cluster/). */
  readonly cluster?: { readonly cluster: Cluster; readonly leases: LeaseStore };
}

export interface App {
  readonly httpServer: http.Server;
  readonly io: LousaServer;
  readonly registry: GameRegistry;
  /** The one-time code that creates the first teacher account (shown only to whoever started the server). */
  readonly setupCode: string;
  /** Whether no teacher account exists yet (first run). */
  needsSetup(): Promise<boolean>;
  /** Stops accepting, waits for pending writes, closes sockets. */
  close(): Promise<void>;
}

/** A request with a body no parser took (another content type): its bytes are still on the wire. */
function hasUnreadBody(req: http.IncomingMessage & { body?: unknown }): boolean {
  const length = Number(req.headers["content-length"] ?? "0");
  return req.body === undefined && (length > 0 || req.headers["transfer-encoding"] !== undefined);
}

/** Builds the whole server without side effects: main.ts decides where it listens. */
export function createApp(deps: AppDeps): App {
  const app = express();
  app.disable("x-powered-by");
  const trust = compileTrust(deps.trustProxy ?? ["loopback"]);
  app.set("trust proxy", trust);
  const httpServer = http.createServer(app);
  // PUBLIC_URL's origin is our own: behind a reverse proxy that rewrites Host, pages come from it.
  const allowed = new Set([...(deps.allowedOrigins ?? []), ...(deps.publicOrigin ? [deps.publicOrigin] : [])]);
  const hostOk = hostAllowed({
    names: [...(deps.allowedHosts ?? []), ...[...allowed].map((o) => URL.parse(o)?.host ?? "")],
    machineNames: deps.machineNames ?? [os.hostname(), `${os.hostname()}.local`],
  });
  const io: LousaServer = new Server(httpServer, {
    ...(deps.cluster ? { adapter: deps.cluster.cluster.adapter } : {}),
    serveClient: false,
    // Lets the Next dev server keep its HMR websocket on the same port.
    destroyUpgrade: false,
    // Largest legitimate payload is a few hundred bytes; this caps what one message can cost.
    maxHttpBufferSize: 16 * 1024,
    cors: { origin: allowed.size > 0 ? [...allowed] : false },
    // WebSockets are not covered by CORS: a page on another site could open one with the student's
    // browser. Browsers always send Origin; accept our own origin and the configured ones only.
    allowRequest: (req, callback) => callback(null, hostOk(req.headers.host) && originAllowed(req.headers.origin, req.headers.host, allowed)),
  });
  const limiters = deps.cluster?.cluster.limiters ?? memoryLimiters;
  let ownership: ClusterOwnership | null = null;
  const registry: GameRegistry = new GameRegistry({
    banks: deps.repos.banks,
    games: deps.repos.games,
    clock: deps.clock,
    transport: socketTransport(io),
    log: deps.log,
    ...(deps.newPin ? { newPin: deps.newPin } : {}),
    ...(deps.cluster ? { ownership: (ownership = deps.cluster.cluster.start(io, deps.cluster.leases, (id, why) => registry.letGo(id, why), deps.clock, deps.log.child({ part: "cluster" }))) } : {}),
  });
  const joinUrl = (pin: string) => `${deps.baseUrl()}/?pin=${pin}`;
  const homeworkUrl = (code: string) => `${deps.baseUrl()}/hw/${code}`;

  // Per connection, so per server: this one stays in memory.
  const eventLimiter = memoryLimiters({ name: "events", points: deps.eventsPerSecond ?? 20, duration: 1 });
  const pinGuessLimit = deps.pinGuessesPerMinute ?? 20;
  const pinLimiter = limiters({ name: "pin-guesses", points: pinGuessLimit, duration: 60 });
  // One budget per client address for wrong PINs, shared by sockets and HTTP, so PINs can't be enumerated.
  const pinGuesses: PinGuesses = {
    blocked: async (address) => ((await pinLimiter.get(address))?.consumedPoints ?? 0) >= pinGuessLimit,
    miss: (address) => pinLimiter.consume(address).then(() => undefined, () => undefined),
  };
  const ctx: RealtimeContext = {
    registry,
    log: deps.log,
    joinUrl,
    guard: {
      allow: (socket) => eventLimiter.consume(socket.id).then(() => true, () => false),
    },
    pinGuesses: {
      blocked: (socket) => pinGuesses.blocked(socket.data.address),
      miss: (socket) => pinGuesses.miss(socket.data.address),
    },
    teacherOf: (socket) => teacherFromHeaders(deps.auth, socket.request.headers),
  };

  // Built once: every socket shares the handlers and gets one listener (see commandListener).
  const listenerFor = commandListener({ ...hostCommands(ctx), ...playerCommands(ctx) }, ctx.guard, deps.log);
  io.on("connection", (socket) => {
    socket.data.identity = null;
    socket.data.address = clientAddress(socket.request, trust);
    const routed = pinSchema.safeParse(socket.handshake.query.pin);
    socket.data.routedPin = routed.success ? routed.data : null;
    socket.onAny(listenerFor(socket));
    socket.on("disconnect", () => detach(socket, registry));
  });

  // First of all: a name we don't answer to may be a DNS-rebinding page (see host-allow-list.ts).
  const refusedHosts = new Set<string>();
  app.use(
    refuseUnknownHosts(hostOk, (host) => {
      if (refusedHosts.size < 100 && !refusedHosts.has(host)) deps.log.warn({ host }, "request for a host name Lousa does not answer to (add it to ALLOWED_HOSTS if it is yours)");
      refusedHosts.add(host);
    }),
  );
  if (deps.securityHeaders) app.use(pageSecurityHeaders());
  // Password attempts are limited per client address (the same TRUST_PROXY rule as everything else)
  // and, once the body is read, per account (see password-guard.ts).
  const guards = passwordGuards({ limiters, perAddressPerMinute: deps.signInsPerMinute ?? 10, failuresPerAccount: deps.failedSignInsPerAccount ?? 10 });
  app.post(PASSWORD_ROUTES, guards.byAddress);
  // Bodies are parsed (and capped) here, not by better-auth, which would read any size: its routes take
  // small JSON or form bodies only, so anything else with a body is refused.
  const authBody = [
    express.json({ limit: "16kb" }),
    express.urlencoded({ extended: false, limit: "16kb" }),
    ((req, res, next) => (hasUnreadBody(req) ? sendError(res, 415, "INVALID_PAYLOAD", "Send JSON") : next())) satisfies RequestHandler,
  ];
  // After anything that can end sessions, host screens those sessions opened are checked at once
  // (and every few minutes, for sessions that simply expire).
  const recheckSessionHosts = () => {
    for (const socket of io.sockets.sockets.values()) void sessionStillValid(socket, ctx).catch((e: unknown) => deps.log.warn({ err: e }, "session re-check failed"));
  };
  const endsSessions = /^\/api\/auth\/(sign-out|revoke-sessions?|revoke-other-sessions|change-password|admin\/(revoke-user-sessions?|ban-user|remove-user|set-user-password))$/;
  const sessionRecheck: RequestHandler = (req, res, next) => {
    if (endsSessions.test(req.path)) res.on("finish", () => res.statusCode < 400 && recheckSessionHosts());
    next();
  };
  const recheckTimer = setInterval(recheckSessionHosts, 5 * 60_000);
  recheckTimer.unref();
  app.all("/api/auth/{*path}", apiCors(allowed), ...authBody, guards.byAccount, sessionRecheck, toNodeHandler(deps.auth));
  // A change a cookie authorises must come from our own pages: browsers send Origin on every POST, PUT,
  // PATCH and DELETE, so a cookie without one is not a page of ours (a script without cookies may omit it).
  const sameOrigin: RequestHandler = (req, res, next) => {
    const origin = req.get("origin");
    const fromOurPage = origin === undefined ? req.headers.cookie === undefined : originAllowed(origin, req.get("host"), allowed);
    if (fromOurPage) next();
    else sendError(res, 403, "INVALID_PAYLOAD", "Cross-site request refused");
  };
  // Printed on the server's terminal by main.ts while no teacher account exists (see setup-api.ts).
  const setupCode = deps.setupCode ?? randomBytes(4).toString("hex").toUpperCase();
  app.use("/api", setupRouter(deps.auth, sameOrigin, setupCode));
  // Before the 16 KB JSON parser below: a whole bank is a larger body (the library parses its own).
  app.use("/api", apiCors(allowed), libraryRouter(deps.repos.banks, deps.repos.images, deps.auth, sameOrigin));
  app.use("/api/import", importRouter(deps.auth, deps.log, sameOrigin));
  // Also before it: a picture is a raw body of up to 8 MB (see images-api.ts).
  app.use("/api", apiCors(allowed), playerIdentifierRouter(deps.repos.games, deps.auth, sameOrigin));
  app.use("/api/images", apiCors(allowed), imagesRouter({ limiters, images: deps.repos.images, auth: deps.auth, log: deps.log, sameOrigin }));
  // 16 KB bodies, but for a new assignment: it may carry a class list, and its route reads it (up to
  // 384 KB) only once the teacher and the page's origin are checked (homework/teacher-routes.ts).
  const smallJson = express.json({ limit: "16kb" });
  const apiJson: RequestHandler = (req, res, next) => (req.method === "POST" && req.path === "/assignments" ? next() : smallJson(req, res, next));
  app.use("/api", apiCors(allowed), apiJson, apiRouter({ repos: deps.repos, registry, version: deps.version, joinUrl, homeworkUrl, pinGuesses, auth: deps.auth, clock: deps.clock, sameOrigin }));
  if (deps.web) app.all("/{*splat}", deps.web);
  const onError: ErrorRequestHandler = (e: unknown, _req, res, _next) => {
    // A body the client got wrong (unparsable JSON, too large) is the client's error: 4xx, no stack.
    const refused = clientError(e);
    if (refused) {
      deps.log.warn({ status: refused.status, reason: refused.message }, "http request refused");
      if (!res.headersSent) sendError(res, refused.status, "INVALID_PAYLOAD", refused.message);
      return;
    }
    deps.log.error({ err: e }, "http error");
    if (!res.headersSent) sendError(res, 500, "INTERNAL", "Something went wrong on the server");
  };
  app.use(onError);

  return {
    httpServer,
    io,
    registry,
    setupCode,
    needsSetup: async () => (await (await deps.auth.$context).adapter.count({ model: "user" })) === 0,
    async close() {
      clearInterval(recheckTimer);
      httpServer.close();
      // Games stop first: changes already queued finish storing, nothing new is taken, and nothing
      // is decided on the way out (the disconnects below must not look like "everyone answered").
      await registry.stopAll();
      ownership?.stop();
      // Phones show "the server is restarting" and keep retrying; their rejoin brings them back.
      // This server's connections only: with several servers, the others' phones are not restarting.
      io.local.emit("server:shutdown");
      await new Promise<void>((resolve) => {
        void io.close(() => resolve());
      });
    },
  };
}
