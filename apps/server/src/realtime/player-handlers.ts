import { ackError, ackOk, type ClientEventName, type PlayerSnapshot } from "@lousa/protocol";
import { GameRunner } from "../game/game-runner";
import type { CommandHandlers } from "./command";
import { attachPlayer, liveGameByPin, runnerOf, unreachable, type RealtimeContext } from "./context";

function snapshot(runner: GameRunner, playerId: string): PlayerSnapshot | null {
  const you = runner.privateView(playerId);
  return you ? { pin: runner.pin, phase: runner.phaseView(), you, hostConnected: runner.hostPresentForPlayers, pacing: runner.pacingView(), answeredCount: runner.answerCount()?.answeredCount ?? 0 } : null;
}

type PlayerEvent = Extract<ClientEventName, `player:${string}`>;

/** The players' commands, shared by every socket (each handler is given the socket it serves). */
export function playerCommands(ctx: RealtimeContext): CommandHandlers<PlayerEvent> {
  return {
    "player:join": async ({ pin, nickname, deviceId, identifier, classEntry, team }, socket) => {
      const runner = await liveGameByPin(socket, ctx, pin);
      if (!(runner instanceof GameRunner)) return runner;
      // The socket of a kicked player still carries that identity: it can't just pick a new name.
      const current = socket.data.identity;
      if (current?.role === "player" && current.gameId === runner.id && runner.game.player(current.playerId)?.kicked && !runner.isAllowedBack(current.playerId)) {
        return ackError("PLAYER_KICKED", "You were removed from this game; ask the teacher to let you back in");
      }
      const joined = await runner.join(nickname, deviceId ?? null, { identifier, classEntry }, team);
      if (!joined.ok) return ackError(joined.error.code, joined.error.message);
      const playerId = joined.value.player.id;
      // The phone may have gone while the join was being stored: then it is not connected.
      if (!socket.connected) {
        runner.playerSocket(playerId, -1);
        return ackError("INTERNAL", "Disconnected while joining");
      }
      // Let go meanwhile (its rooms are gone): nothing to attach to.
      if (!ctx.registry.isLive(runner)) return ackError("GAME_OVER", "This game has ended");
      attachPlayer(socket, runner, playerId, ctx.registry, true);
      const snap = snapshot(runner, playerId);
      if (!snap) return ackError("INTERNAL", "Joined but could not build the game view");
      return ackOk({ playerId, rejoinToken: joined.value.rejoinToken, snapshot: snap });
    },

    "player:lookup": async ({ pin }, socket) => {
      const runner = await liveGameByPin(socket, ctx, pin);
      if (!(runner instanceof GameRunner)) return runner;
      if (runner.game.finished) return ackError("GAME_OVER", "This game has ended");
      return ackOk(runner.joinRequirements());
    },

    "player:rejoin": async ({ pin, rejoinToken }, socket) => {
      // The token is looked up on its own, before any budget: a genuine one is never refused for someone
      // else's wrong PINs on the same network (a school behind one address), and one whose game is over
      // costs nothing. Anything else is a guess, budgeted like a wrong PIN, so a rejoin can't tell live
      // PINs from dead ones either (every token costs the same lookup, whatever the PIN).
      const seat = await ctx.registry.findSeat(rejoinToken, socket.data.routedPin);
      if (!seat) {
        const runner = await liveGameByPin(socket, ctx, pin);
        return runner instanceof GameRunner ? ackError("REJOIN_INVALID", "This rejoin token is not valid for this game") : runner;
      }
      if (seat.unreachable === "WRONG_SERVER" || seat.unreachable === "GAME_MOVING") return unreachable(seat.unreachable);
      const runner = seat.runner;
      if (!runner) return ackError("GAME_OVER", "This game has ended");
      if (runner.pin !== pin) return ackError("REJOIN_INVALID", "This rejoin token is not valid for this game");
      const player = runner.game.player(seat.playerId);
      if (!player) return ackError("REJOIN_INVALID", "This rejoin token is not valid for this game");
      if (player.kicked) return ackError("PLAYER_KICKED", "You were removed from this game");
      if (!socket.connected) return ackError("INTERNAL", "Disconnected while rejoining");
      const current = socket.data.identity;
      const same = current?.role === "player" && current.gameId === runner.id && current.playerId === player.id;
      if (!same) attachPlayer(socket, runner, player.id, ctx.registry, false);
      const snap = snapshot(runner, player.id);
      return snap ? ackOk(snap) : ackError("INTERNAL", "Could not build the game view");
    },

    "player:answer": async ({ questionIndex, ...sent }, socket) => {
      const identity = socket.data.identity;
      if (identity?.role !== "player") return ackError("NOT_JOINED", "Join a game before answering");
      const runner = runnerOf(identity, ctx.registry);
      if (!runner) return ackError("GAME_NOT_FOUND", "This game no longer exists");
      const r = await runner.answer(identity.playerId, questionIndex, sent);
      return r.ok ? ackOk(r.value) : ackError(r.error.code, r.error.message);
    },

    "player:ready": async ({ questionIndex }, socket) => {
      const identity = socket.data.identity;
      if (identity?.role !== "player") return ackError("NOT_JOINED", "Join a game first");
      const runner = runnerOf(identity, ctx.registry);
      if (!runner) return ackError("GAME_NOT_FOUND", "This game no longer exists");
      return ackOk(runner.ready(identity.playerId, questionIndex));
    },
  };
}
