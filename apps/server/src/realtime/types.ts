import type { ClientToServerEvents, ServerToClientEvents } from "@lousa/protocol";
import type { Server, Socket } from "socket.io";

/** Who a socket is, once it has attached as host or joined as a player. */
/** The game id is kept too: a PIN is reused once a finished game is forgotten, and rights belong to the game. */
export type SocketRole =
  | { readonly role: "host"; readonly pin: string; readonly gameId: string }
  | { readonly role: "player"; readonly pin: string; readonly gameId: string; readonly playerId: string };

export interface SocketData {
  identity: SocketRole | null;
  address: string;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no server-to-server events
type InterServerEvents = {};

export type LousaServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type LousaSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export const rooms = {
  game: (pin: string) => `game:${pin}`,
  host: (pin: string) => `host:${pin}`,
  player: (pin: string, playerId: string) => `player:${pin}:${playerId}`,
};
