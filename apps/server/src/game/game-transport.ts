import type { PhaseView, PlayerPrivateView } from "@lousa/game";
import type { AnswerCount, RosterEntry } from "@lousa/protocol";

/**
 * How a GameRunner reaches people, without knowing about sockets. The Socket.IO implementation
 * maps each call to one room emit, so a shared payload is encoded once whatever the room's size.
 */
export interface GameTransport {
  phase(pin: string, view: PhaseView): void;
  you(pin: string, playerId: string, view: PlayerPrivateView): void;
  kicked(pin: string, playerId: string): void;
  roster(pin: string, roster: readonly RosterEntry[]): void;
  answers(pin: string, count: AnswerCount): void;
  hostStatus(pin: string, connected: boolean): void;
}
