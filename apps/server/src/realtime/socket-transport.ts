import type { GameTransport } from "../game/game-transport";
import { rooms, type LousaServer } from "./types";

/**
 * GameTransport over Socket.IO rooms: one emit per call, whatever the number of sockets in the room.
 * Emits are local (`io.local`): every connection of a game reaches the server that runs it (the load
 * balancer routes by PIN, and a connection that arrives elsewhere is sent back through it), so with the
 * Redis adapter a broadcast need not be published to every other server as well — at 10,000 players that
 * would be 10,000 Redis messages per phase for nobody.
 */
export function socketTransport(server: LousaServer): GameTransport {
  const io = server.local;
  return {
    phase: (gameId, view) => io.to(rooms.game(gameId)).emit("game:phase", view),
    you: (gameId, playerId, view) => io.to(rooms.player(gameId, playerId)).emit("player:you", view),
    kicked: (gameId, playerId) => {
      io.to(rooms.player(gameId, playerId)).emit("player:kicked");
      io.in(rooms.player(gameId, playerId)).socketsLeave([rooms.game(gameId), rooms.player(gameId, playerId)]);
    },
    roster: (gameId, roster) => io.to(rooms.host(gameId)).emit("host:roster", roster),
    answers: (gameId, count) => io.to(rooms.host(gameId)).emit("host:answers", count),
    answersToPlayers: (gameId, count) => io.to(rooms.game(gameId)).except(rooms.host(gameId)).emit("game:answers", count),
    // The projector's business: phones don't show the pace (10,000 of them needn't hear every pause).
    pacing: (gameId, view) => io.to(rooms.host(gameId)).emit("game:pacing", view),
    hostStatus: (gameId, connected) => io.to(rooms.game(gameId)).except(rooms.host(gameId)).emit("game:host", { connected }),
    closed: (gameId) => {
      io.to(rooms.game(gameId)).emit("game:closed");
      // Every room of this game (the game's, the host's, each player's) starts with its id.
      void io
        .in(rooms.game(gameId))
        .fetchSockets()
        .then(
          (sockets) => {
            for (const s of sockets) for (const room of s.rooms) if (rooms.belongsTo(room, gameId)) s.leave(room);
          },
          // Only a multi-server adapter can fail here; the sockets then stay in rooms nobody emits to.
          () => undefined,
        );
    },
    moved: (gameId) => {
      const ids = server.of("/").adapter.rooms.get(rooms.game(gameId));
      for (const id of [...(ids ?? [])]) server.of("/").sockets.get(id)?.conn.close();
    },
  };
}
