import type { GameTransport } from "../game/game-transport";
import { rooms, type LousaServer } from "./types";

/** GameTransport over Socket.IO rooms: one emit per call, whatever the number of sockets in the room. */
export function socketTransport(io: LousaServer): GameTransport {
  return {
    phase: (pin, view) => io.to(rooms.game(pin)).emit("game:phase", view),
    you: (pin, playerId, view) => io.to(rooms.player(pin, playerId)).emit("player:you", view),
    kicked: (pin, playerId) => {
      io.to(rooms.player(pin, playerId)).emit("player:kicked");
      io.in(rooms.player(pin, playerId)).socketsLeave([rooms.game(pin), rooms.player(pin, playerId)]);
    },
    roster: (pin, roster) => io.to(rooms.host(pin)).emit("host:roster", roster),
    answers: (pin, count) => io.to(rooms.host(pin)).emit("host:answers", count),
    hostStatus: (pin, connected) => io.to(rooms.game(pin)).except(rooms.host(pin)).emit("game:host", { connected }),
  };
}
