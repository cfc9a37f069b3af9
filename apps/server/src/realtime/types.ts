import type { ClientToServerEvents, ServerToClientEvents } from "@lousa/protocol";
import type { Server, Socket } from "socket.io";

/** Who a socket is, once it has attached as host or joined as a player. */
/** The game id is kept too: a PIN is reused once a finished game is forgotten, and rights belong to the game. */
export type SocketRole =
  /** `teacherId`: attached by a teacher's session rather than the host key, re-checked on every command. */
  | { readonly role: "host"; readonly pin: string; readonly gameId: string; readonly teacherId: string | null }
  | { readonly role: "player"; readonly pin: string; readonly gameId: string; readonly playerId: string };

export interface SocketData {
  identity: SocketRole | null;
  address: string;
  /**
   * The PIN this connection's handshake carried (`?pin=`), by which a load balancer routed it: with several
   * servers only such a connection may make this server claim that game (see GameRegistry.acquire).
   */
  routedPin: string | null;
}

/** Between servers (through the Redis adapter): "let this game go, another server needs it" (see cluster/). */
interface InterServerEvents {
  "lousa:release": (gameId: string) => void;
}

export type LousaServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type LousaSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** Rooms are keyed by game id, never by PIN: PINs are reused, and a room must hold one game's sockets only. */
export const rooms = {
  game: (gameId: string) => `${gameId}:game`,
  host: (gameId: string) => `${gameId}:host`,
  player: (gameId: string, playerId: string) => `${gameId}:player:${playerId}`,
  belongsTo: (room: string, gameId: string) => room.startsWith(`${gameId}:`),
};
