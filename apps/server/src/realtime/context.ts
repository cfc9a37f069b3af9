import { ackError, type Ack, type Teacher } from "@lousa/protocol";
import type { GameRegistry } from "../game/game-registry";
import type { GameRunner } from "../game/game-runner";
import type { Logger } from "../logger";
import type { CommandGuard } from "./command";
import { rooms, type LousaSocket, type SocketRole } from "./types";

/** What the socket handlers need from the rest of the server. */
export interface RealtimeContext {
  readonly registry: GameRegistry;
  readonly log: Logger;
  readonly guard: CommandGuard;
  /** Failed PIN lookups per client address: after too many, joins from that address wait a minute. */
  readonly pinGuesses: { blocked(socket: LousaSocket): Promise<boolean>; miss(socket: LousaSocket): Promise<void> };
  readonly joinUrl: (pin: string) => string;
  /** The teacher whose session cookie this socket's handshake carried, asked afresh (null: none, or signed out since). */
  readonly teacherOf: (socket: LousaSocket) => Promise<Teacher | null>;
}

/**
 * The live game with this PIN, for any command that takes one (join, lookup, host attach): a wrong PIN
 * counts against the client address, and a blocked address gets RATE_LIMITED even for a right one, so
 * PINs can't be enumerated through any door.
 */
export async function liveGameByPin(socket: LousaSocket, ctx: RealtimeContext, pin: string): Promise<GameRunner | Ack<never>> {
  if (await ctx.pinGuesses.blocked(socket)) return ackError("RATE_LIMITED", "Too many wrong PINs from this network, wait a minute");
  const runner = await ctx.registry.acquire(pin, socket.data.routedPin);
  if (typeof runner !== "string") return runner;
  if (runner !== "GAME_NOT_FOUND") return unreachable(runner);
  await ctx.pinGuesses.miss(socket);
  return ackError("GAME_NOT_FOUND", "No live game with that PIN");
}

/** The error for a live game this connection can't reach here (several servers): the client reconnects or retries. */
export function unreachable(why: "WRONG_SERVER" | "GAME_MOVING"): Ack<never> {
  return why === "WRONG_SERVER"
    ? ackError("WRONG_SERVER", "This game runs on another server: reconnect with its PIN")
    : ackError("GAME_MOVING", "This game is moving to another server: try again in a moment");
}

/** The live game a socket identity belongs to — not merely one that now has the same PIN. */
export function runnerOf(identity: SocketRole, registry: GameRegistry): GameRunner | undefined {
  const runner = registry.get(identity.pin);
  return runner?.id === identity.gameId ? runner : undefined;
}

/** Drops whatever this socket was (host or player) in its game: its rooms and its connection count. */
export function detach(socket: LousaSocket, registry: GameRegistry): void {
  const identity = socket.data.identity;
  if (!identity) return;
  socket.data.identity = null;
  const runner = runnerOf(identity, registry);
  void socket.leave(rooms.game(identity.gameId));
  if (identity.role === "host") {
    void socket.leave(rooms.host(identity.gameId));
    runner?.hostAttached(-1);
  } else {
    void socket.leave(rooms.player(identity.gameId, identity.playerId));
    runner?.playerSocket(identity.playerId, -1);
  }
}

/** Makes this socket the host of `runner`'s game; `teacherId` when the proof was a session, not the host key. */
export function attachHost(socket: LousaSocket, runner: GameRunner, registry: GameRegistry, teacherId: string | null): void {
  const current = socket.data.identity;
  if (current?.role === "host" && current.gameId === runner.id && current.teacherId === teacherId) return;
  detach(socket, registry);
  socket.data.identity = { role: "host", pin: runner.pin, gameId: runner.id, teacherId };
  void socket.join([rooms.game(runner.id), rooms.host(runner.id)]);
  runner.hostAttached(1);
}

export function attachPlayer(socket: LousaSocket, runner: GameRunner, playerId: string, registry: GameRegistry, alreadyCounted: boolean): void {
  detach(socket, registry);
  socket.data.identity = { role: "player", pin: runner.pin, gameId: runner.id, playerId };
  void socket.join([rooms.game(runner.id), rooms.player(runner.id, playerId)]);
  if (!alreadyCounted) runner.playerSocket(playerId, 1);
}

/**
 * For a host screen a teacher's session opened (no host key): whether that session still holds. When it
 * doesn't, the screen leaves the game at once (no more roster, answers or reveals; the host counts as
 * gone for the phones) and is told why.
 */
export async function sessionStillValid(socket: LousaSocket, ctx: RealtimeContext): Promise<boolean> {
  const identity = socket.data.identity;
  if (identity?.role !== "host" || identity.teacherId === null) return true;
  if ((await ctx.teacherOf(socket))?.id === identity.teacherId) return true;
  // The socket may have moved on while the session was being checked.
  if (socket.data.identity !== identity) return true;
  detach(socket, ctx.registry);
  socket.emit("host:sessionEnded");
  return false;
}
