import type { PhaseView, PlayerPrivateView } from "@lousa/game";
import type { Ack } from "./result";
import type {
  EmptyPayload,
  HostAccommodatePayload,
  HostAllowPayload,
  HostAttachPayload,
  HostCreatePayload,
  HostKickPayload,
  HostLockPayload,
  HostPausePayload,
  HostNextPayload,
  PlayerAnswerPayload,
  PlayerJoinPayload,
  PlayerLookupPayload,
  PlayerReadyPayload,
  PlayerRejoinPayload,
} from "./schemas";
import type { AnswerCount, AnswerReceipt, CreatedGame, HostSnapshot, JoinedGame, JoinRequirements, PacingView, PlayerSnapshot, RosterEntry } from "./views";

type Command<P, R> = (payload: P, ack: (result: Ack<R>) => void) => void;

/**
 * Client → server. Every event is a command answered through its acknowledgement with an Ack;
 * an event sent without an ack callback is refused and the socket disconnected.
 * Host commands act on the game the socket attached to with `host:attach` (or created).
 * `player:answer` acts on the game the socket joined.
 */
export interface ClientToServerEvents {
  "host:create": Command<HostCreatePayload, CreatedGame>;
  "host:attach": Command<HostAttachPayload, HostSnapshot>;
  "host:start": Command<EmptyPayload, PhaseView>;
  "host:next": Command<HostNextPayload, PhaseView>;
  "host:endQuestion": Command<EmptyPayload, PhaseView>;
  "host:end": Command<EmptyPayload, PhaseView>;
  "host:kick": Command<HostKickPayload, { playerId: string }>;
  "host:lock": Command<HostLockPayload, { locked: boolean }>;
  /** Pauses or resumes a game that moves on by itself (settings.autoAdvance). */
  "host:pause": Command<HostPausePayload, PacingView>;
  /**
   * Grants (or, null, takes back) a student's extra time and/or no speed penalty; acks their updated
   * roster line. Only the host's roster and the student's own view ever show it.
   */
  "host:accommodate": Command<HostAccommodatePayload, RosterEntry>;
  /** Lets a kicked player's device join again (under a new nickname; the kicked seat stays out). */
  "host:allow": Command<HostAllowPayload, { playerId: string }>;
  /** What joining this game asks for (an identifier, a name from the class list), before asking the student. */
  "player:lookup": Command<PlayerLookupPayload, JoinRequirements>;
  "player:join": Command<PlayerJoinPayload, JoinedGame>;
  "player:rejoin": Command<PlayerRejoinPayload, PlayerSnapshot>;
  "player:answer": Command<PlayerAnswerPayload, AnswerReceipt>;
  /** The phone has loaded the open question's picture: once every phone has, its clock starts. */
  "player:ready": Command<PlayerReadyPayload, { questionIndex: number }>;
}

/** Server → client pushes. */
export interface ServerToClientEvents {
  /** To the whole game room (host and players), once per phase change. */
  "game:phase": (view: PhaseView) => void;
  /** To one player: their own score, streak, rank and last result. */
  "player:you": (view: PlayerPrivateView) => void;
  /** To one player who was removed by the host. */
  "player:kicked": () => void;
  /**
   * To the host: the roster lines that changed (joined, reconnected, dropped, kicked, new score), coalesced
   * to at most one message per event-loop turn. Merge them by playerId into the list from the HostSnapshot.
   */
  "host:roster": (changed: readonly RosterEntry[]) => void;
  /** To the host: how many have answered the open question. */
  "host:answers": (count: AnswerCount) => void;
  /** To the players: how many have answered the open question ("12 de 30 já responderam"), at most once a second. */
  "game:answers": (count: AnswerCount) => void;
  /** To the host: whether the game moves on by itself, is paused, and when it moves on next. */
  "game:pacing": (pacing: PacingView) => void;
  /** To the players: whether a host screen is connected (the game waits while it is not). */
  "game:host": (status: { connected: boolean }) => void;
  /**
   * To everyone in a game the server has let go of (finished an hour ago, or abandoned by its host):
   * the game is over for good and the sockets have left its rooms. Results stay in the database.
   */
  "game:closed": () => void;
  /**
   * To a host screen opened by a teacher's session (no host key): that session ended (signed out,
   * everywhere or here; banned; removed). The screen has left the game; the host link still opens it.
   */
  "host:sessionEnded": () => void;
  /** To everyone: the server is shutting down (a restart); clients keep reconnecting and rejoin. */
  "server:shutdown": () => void;
}

export type ClientEventName = keyof ClientToServerEvents;
