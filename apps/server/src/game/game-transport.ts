import type { PhaseView, PlayerPrivateView } from "@lousa/game";
import type { AnswerCount, PacingView, RosterEntry } from "@lousa/protocol";

/**
 * How a GameRunner reaches people, without knowing about sockets. Addressed by game id, never by PIN:
 * PINs are reused once a game is let go, and a phone left open on an old game must hear nothing of the
 * next one. The Socket.IO implementation maps each call to one room emit, so a shared payload is
 * encoded once whatever the room's size.
 */
export interface GameTransport {
  phase(gameId: string, view: PhaseView): void;
  you(gameId: string, playerId: string, view: PlayerPrivateView): void;
  kicked(gameId: string, playerId: string): void;
  roster(gameId: string, roster: readonly RosterEntry[]): void;
  answers(gameId: string, count: AnswerCount): void;
  /** To the players (not the host): the answer count, coalesced by the caller. */
  answersToPlayers(gameId: string, count: AnswerCount): void;
  /** To everyone: how the game moves on (by itself, paused, when next). */
  pacing(gameId: string, view: PacingView): void;
  hostStatus(gameId: string, connected: boolean): void;
  /** The game was let go: everyone still in it is told, and leaves its rooms. */
  closed(gameId: string): void;
  /**
   * Several servers: the game now runs on another server. Its connections here are dropped without a word,
   * so they reconnect (Socket.IO does by itself) through the load balancer to that server.
   */
  moved?(gameId: string): void;
}
