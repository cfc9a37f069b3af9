"use client";

import { useEffect, useState } from "react";
import type { PhaseView } from "@lousa/game";
import type { HostSnapshot, PacingView, ProtocolError, RosterEntry } from "@lousa/protocol";
import { send, useGameSocket, type LousaSocket } from "../../lib/socket";
import { loadHostSeat, saveHostSeat } from "../../lib/storage";

/**
 * The game this screen is attached to. `hostSecret` is null when the teacher's session opened it (no key
 * in this browser): then downloads go with the session cookie and there is no host link to copy.
 */
export interface HostAttachment {
  readonly pin: string;
  readonly gameId: string;
  readonly hostSecret: string | null;
}

/** Refusals that mean "this browser can't open this game" rather than a passing network problem. */
const NOT_YOURS = new Set(["NOT_SIGNED_IN", "NOT_HOST", "HOST_SECRET_INVALID"]);

export interface HostGameState {
  readonly socket: LousaSocket | null;
  readonly connected: boolean;
  readonly restarting: boolean;
  readonly seat: HostAttachment | null;
  readonly snapshot: HostSnapshot | null;
  readonly phase: PhaseView | null;
  readonly phaseSeq: number;
  readonly roster: readonly RosterEntry[];
  readonly answeredCount: number;
  /** How the game moves on (game:pacing), and a counter that restarts the "next in" countdown at each push. */
  readonly pacing: PacingView | null;
  readonly pacingSeq: number;
  readonly fatal: ProtocolError | "no-seat" | null;
}

/**
 * The projector's view: attaches on every (re)connection and follows the pushes. With the host key when
 * this browser has it (it created the game, or a host link brought it); without one, the signed-in
 * teacher who created the game is let in by their session cookie.
 */
export function useHostGame(pin: string): HostGameState & { setPhase(v: PhaseView): void; setPacing(v: PacingView): void } {
  const [seat, setSeat] = useState<HostAttachment | null>(null);
  const [snapshot, setSnapshot] = useState<HostSnapshot | null>(null);
  const [phase, setPhaseState] = useState<PhaseView | null>(null);
  const [phaseSeq, setPhaseSeq] = useState(0);
  const [roster, setRoster] = useState<readonly RosterEntry[]>([]);
  const [answeredCount, setAnsweredCount] = useState(0);
  const [pacing, setPacingState] = useState<PacingView | null>(null);
  const [pacingSeq, setPacingSeq] = useState(0);
  const [fatal, setFatal] = useState<ProtocolError | "no-seat" | null>(null);

  const setPhase = (v: PhaseView) => {
    setPhaseState(v);
    setPhaseSeq((n) => n + 1);
    if (v.kind === "question") setAnsweredCount(0);
  };

  // advanceInMs is counted from receipt: every push (even an equal one) restarts the count.
  const setPacing = (v: PacingView) => {
    setPacingState(v);
    setPacingSeq((n) => n + 1);
  };

  const { socket, connected, restarting } = useGameSocket(async (s) => {
    // A host link opened on another device carries the key in the fragment (never sent to any server).
    const fromLink = /(?:^#|&)key=([A-Za-z0-9_-]{16,128})/.exec(window.location.hash)?.[1];
    if (fromLink) window.history.replaceState(null, "", window.location.pathname);
    const hostSecret = fromLink ?? loadHostSeat(pin)?.hostSecret ?? null;
    const r = await send(s, "host:attach", hostSecret ? { pin, hostSecret } : { pin });
    if (!r.ok) {
      // Without a key, "not yours" is said as: sign in with the account that created it.
      if (!hostSecret && NOT_YOURS.has(r.error.code)) return setFatal("no-seat");
      // Transient (the next reconnection attaches again): no answer, offline, restarting, rate-limited.
      if (!["INTERNAL", "OFFLINE", "SERVER_RESTARTING", "RATE_LIMITED", "WRONG_SERVER", "GAME_MOVING"].includes(r.error.code)) setFatal(r.error);
      return;
    }
    if (hostSecret) saveHostSeat({ pin, gameId: r.data.gameId, hostSecret });
    setSeat({ pin, gameId: r.data.gameId, hostSecret });
    setSnapshot(r.data);
    setPhaseState(r.data.phase);
    setPhaseSeq((n) => n + 1);
    setRoster(r.data.roster);
    setAnsweredCount(r.data.answeredCount);
    setPacing(r.data.pacing);
  });

  useEffect(() => {
    if (!socket) return;
    const onPhase = (v: PhaseView) => setPhase(v);
    // Pushes carry only the changed lines: merge them, keeping join order, new players at the end.
    const onRoster = (changed: readonly RosterEntry[]) =>
      setRoster((current) => {
        const byId = new Map(changed.map((e) => [e.playerId, e]));
        const merged = current.map((e) => byId.get(e.playerId) ?? e);
        const known = new Set(current.map((e) => e.playerId));
        return [...merged, ...changed.filter((e) => !known.has(e.playerId))];
      });
    const onAnswers = (c: { answeredCount: number }) => setAnsweredCount(c.answeredCount);
    // Opened by a session that has since ended (signed out everywhere): this screen is no longer the host.
    const onSessionEnded = () => setFatal("no-seat");
    socket.on("host:sessionEnded", onSessionEnded);
    socket.on("game:phase", onPhase);
    socket.on("host:roster", onRoster);
    socket.on("host:answers", onAnswers);
    socket.on("game:pacing", setPacing);
    return () => {
      socket.off("game:pacing", setPacing);
      socket.off("game:phase", onPhase);
      socket.off("host:roster", onRoster);
      socket.off("host:answers", onAnswers);
      socket.off("host:sessionEnded", onSessionEnded);
    };
  }, [socket]);

  return { socket, connected, restarting, seat, snapshot, phase, phaseSeq, roster, answeredCount, pacing, pacingSeq, fatal, setPhase, setPacing };
}
