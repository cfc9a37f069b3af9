"use client";

import { useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { Ack, ClientToServerEvents, ServerToClientEvents } from "@lousa/protocol";

export type LousaSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

type Payload<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[0];
type Reply<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

const OFFLINE: Ack<never> = { ok: false, error: { code: "OFFLINE", message: "No connection to the server" } };
const NO_ANSWER: Ack<never> = { ok: false, error: { code: "INTERNAL", message: "No answer from the server" } };

/** How long a command waits for a page's very first connection (a click right after the page loaded). */
const FIRST_CONNECTION_WAIT_MS = 5000;

/** Resolves true once `socket` is connected; false at once if it had been and lost it, or after the wait. */
async function connectedForSending(socket: LousaSocket): Promise<boolean> {
  // A reconnection this page asked for (to reach the game's server) is not "offline": wait for it.
  await rerouting.get(socket);
  if (socket.connected) return true;
  if (everConnected.has(socket)) return false;
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.off("connect", onConnect);
      resolve(ok);
    };
    const onConnect = () => done(true);
    const timer = setTimeout(() => done(false), FIRST_CONNECTION_WAIT_MS);
    socket.on("connect", onConnect);
  });
}
const everConnected = new WeakSet<LousaSocket>();
/** Reconnections in progress that `reconnect` started, by socket, and how many it started so far. */
const rerouting = new WeakMap<LousaSocket, Promise<void>>();
const reroutes = new WeakMap<LousaSocket, number>();

/**
 * Sends a command and resolves with its Ack. Offline it is not sent at all (OFFLINE at once): Socket.IO
 * would buffer it and send it on reconnection, long after the screen said it failed, so a teacher's
 * "next" could land minutes later. (Only a page still making its first connection waits a moment for it.)
 * A connection that drops while waiting is OFFLINE too; only a server that stays connected and does not
 * answer in time is reported as a server problem (INTERNAL).
 */
export async function send<E extends keyof ClientToServerEvents>(socket: LousaSocket, event: E, payload: Payload<E>): Promise<Reply<E>> {
  const pin = pinIn(payload);
  if (pin) routeBy(socket, pin);
  let reply: Reply<E> = OFFLINE;
  // Several servers: this connection reached one that doesn't run the game. Reconnect (the load balancer now
  // routes by the PIN) and ask again; a game being taken over by another server is asked again shortly; a
  // command cut off by such a reconnection (another command's) is sent again on the new connection.
  for (let attempt = 0; attempt < 4; attempt++) {
    const reroutesBefore = reroutes.get(socket) ?? 0;
    reply = await sendOnce(socket, event, payload);
    if (reply.ok) break;
    const code = reply.error.code;
    if (code === "WRONG_SERVER") await reconnect(socket);
    else if (code === "GAME_MOVING") await new Promise((resolve) => setTimeout(resolve, 1000));
    else if (!(code === "OFFLINE" && (reroutes.get(socket) ?? 0) !== reroutesBefore)) break;
  }
  if (reply.ok) {
    const created = pinIn(reply.data);
    if (created) routeBy(socket, created);
  } else if (reply.error.code === "WRONG_SERVER" || reply.error.code === "GAME_MOVING") {
    // Still not there (a takeover taking its time): a fresh connection makes the page attach again
    // (pages re-attach on every connection), so it doesn't sit waiting for a reconnection that won't come.
    void reconnect(socket);
  }
  return reply;
}

async function sendOnce<E extends keyof ClientToServerEvents>(socket: LousaSocket, event: E, payload: Payload<E>): Promise<Reply<E>> {
  if (!(await connectedForSending(socket))) return OFFLINE;
  const sent = emitOnWire<E>(socket, (s) => s.timeout(8000).emitWithAck(event, payload));
  if (!sent) return OFFLINE;
  try {
    return await sent;
  } catch {
    return socket.connected ? NO_ANSWER : OFFLINE;
  }
}

/** The game PIN a command or a reply names, if any. */
function pinIn(value: unknown): string | null {
  return typeof value === "object" && value !== null && "pin" in value && typeof value.pin === "string" ? value.pin : null;
}

/**
 * Several servers: a load balancer sends each connection to the server that runs its game, by the PIN
 * in the handshake's query. The next (re)connection carries the game this page is in; one already open
 * stays where it is (the server says WRONG_SERVER if that is not the game's server).
 */
function routeBy(socket: LousaSocket, pin: string): void {
  socket.io.opts.query = { ...(typeof socket.io.opts.query === "object" ? socket.io.opts.query : {}), pin };
}

/** Drops the connection and opens a new one (with the current query), resolving once it is up. */
function reconnect(socket: LousaSocket): Promise<void> {
  const pending = rerouting.get(socket);
  if (pending) return pending;
  reroutes.set(socket, (reroutes.get(socket) ?? 0) + 1);
  const done = reopen(socket).finally(() => rerouting.delete(socket));
  rerouting.set(socket, done);
  return done;
}

function reopen(socket: LousaSocket): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      socket.off("connect", done);
      resolve();
    };
    const timer = setTimeout(done, FIRST_CONNECTION_WAIT_MS);
    socket.on("connect", done);
    socket.disconnect();
    socket.connect();
  });
}

/**
 * Emits only if the packet really goes on the wire. `connected` can still be true on a connection whose
 * heartbeat has already expired (a device waking up before its timers ran): Socket.IO then queues the
 * packet in its send buffer, to replay it on reconnection, and starts closing the connection. Such a
 * packet is taken back out (null: not sent), and its pending reply is left to fail quietly.
 */
function emitOnWire<E extends keyof ClientToServerEvents>(socket: LousaSocket, emit: (s: Socket) => Promise<Reply<E>>): Promise<Reply<E>> | null {
  const untyped: Socket = socket;
  const queued = untyped.sendBuffer.length;
  const reply = emit(untyped);
  if (untyped.sendBuffer.length === queued) return reply;
  untyped.sendBuffer.pop();
  reply.catch(() => undefined);
  return null;
}

/** What became of a command sent with `deliver`: the server's reply, or none because the connection is (or went) down. */
export type Delivery<E extends keyof ClientToServerEvents> = { readonly delivered: true; readonly reply: Reply<E> } | { readonly delivered: false };

/**
 * Sends a command only over a live connection, and settles when the server replies or the connection
 * drops (Socket.IO fails every unanswered ack on disconnect) — never by guessing from a timeout, so a
 * network failure is never reported as a server error.
 *
 * It never goes through Socket.IO's send buffer. A command emitted while disconnected is queued there and
 * flushed the moment the connection is back, *before* the page's `connect` handler has rejoined: the
 * server would receive it from a socket with no identity yet (NOT_JOINED), and a reload loses the queue
 * anyway. So the caller keeps what it still has to send and calls this again once it has rejoined; a
 * command is on the wire at most once per connection, and only the caller decides to send it again.
 */
export async function deliver<E extends keyof ClientToServerEvents>(socket: LousaSocket, event: E, payload: Payload<E>): Promise<Delivery<E>> {
  if (!socket.connected) return { delivered: false };
  const reply = emitOnWire<E>(socket, (s) => s.emitWithAck(event, payload));
  if (!reply) return { delivered: false };
  try {
    return { delivered: true, reply: await reply };
  } catch {
    return { delivered: false };
  }
}

let shared: LousaSocket | null = null;

/** The game PIN the page's address names (/play/123456, /host/123456, /?pin=123456), for routing its first connection. */
function pinOfPage(): string | null {
  if (typeof window === "undefined") return null;
  const { pathname, search } = window.location;
  return /^\/(?:play|host)\/(\d{6})(?:\/|$)/.exec(pathname)?.[1] ?? /^\d{6}$/.exec(new URLSearchParams(search).get("pin") ?? "")?.[0] ?? null;
}

/**
 * The page's one Socket.IO connection, shared across client-side navigations (join form → game),
 * so a player who just joined is never briefly disconnected. Socket.IO reconnects by itself with
 * exponential backoff (0.5 s → 5 s).
 */
export function getSocket(): LousaSocket {
  if (!shared) {
    const pin = pinOfPage();
    const s: LousaSocket = io({ transports: ["websocket", "polling"], reconnectionDelay: 500, reconnectionDelayMax: 5000, ...(pin ? { query: { pin } } : {}) });
    s.on("connect", () => everConnected.add(s));
    shared = s;
  }
  return shared;
}

/**
 * Subscribes a page to the shared connection. `onConnect` runs now (if connected) and on every
 * reconnection: that is where a page (re)attaches to its game, so a dropped phone comes back by itself.
 */
export function useGameSocket(onConnect: (socket: LousaSocket) => void | Promise<void>): { socket: LousaSocket | null; connected: boolean; restarting: boolean } {
  const [socket, setSocket] = useState<LousaSocket | null>(null);
  const [connected, setConnected] = useState(false);
  const [restarting, setRestarting] = useState(false);
  const handler = useRef(onConnect);
  handler.current = onConnect;

  useEffect(() => {
    const s = getSocket();
    const up = () => {
      setConnected(true);
      setRestarting(false);
      // The (re)attach is fire-and-forget: its outcome lands in the page's state, and a failure must
      // never become an unhandled rejection (the next reconnection tries again).
      void Promise.resolve(handler.current(s)).catch((e: unknown) => console.error("attach failed", e));
    };
    const down = () => setConnected(false);
    const shutdown = () => setRestarting(true);
    s.on("connect", up);
    s.on("disconnect", down);
    s.on("server:shutdown", shutdown);
    setSocket(s);
    if (s.connected) up();
    return () => {
      s.off("connect", up);
      s.off("disconnect", down);
      s.off("server:shutdown", shutdown);
    };
  }, []);

  return { socket, connected, restarting };
}
