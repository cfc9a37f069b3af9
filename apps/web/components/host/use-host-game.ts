"use client";

import { useEffect, useState } from "react";
import type { PhaseView } from "@lousa/game";
import type { HostSnapshot, ProtocolError, RosterEntry } from "@lousa/protocol";
import { send, useGameSocket, type LousaSocket } from "../../lib/socket";
import { loadHostSeat, saveHostSeat, type HostSeat } from "../../lib/storage";

export interface HostGameState {
  readonly socket: LousaSocket | null;
  readonly connected: boolean;
  readonly restarting: boolean;
  readonly seat: HostSeat | null;
  readonly snapshot: HostSnapshot | null;
  readonly phase: PhaseView | null;
  readonly phaseSeq: number;
  readonly roster: readonly RosterEntry[];
  readonly answeredCount: number;
  readonly fatal: ProtocolError | "no-seat" | null;
}

/** The projector's view: attaches with the host secret on every (re)connection and follows the pushes. */
export function useHostGame(pin: string): HostGameState & { setPhase(v: PhaseView): void } {
  const [seat, setSeat] = useState<HostSeat | null>(null);
  const [snapshot, setSnapshot] = useState<HostSnapshot | null>(null);
  const [phase, setPhaseState] = useState<PhaseView | null>(null);
  const [phaseSeq, setPhaseSeq] = useState(0);
  const [roster, setRoster] = useState<readonly RosterEntry[]>([]);
  const [answeredCount, setAnsweredCount] = useState(0);
  const [fatal, setFatal] = useState<ProtocolError | "no-seat" | null>(null);

  const setPhase = (v: PhaseView) => {
    setPhaseState(v);
    setPhaseSeq((n) => n + 1);
    if (v.kind === "question") setAnsweredCount(0);
  };

  const { socket, connected, restarting } = useGameSocket(async (s) => {
    // A host link opened on another device carries the key in the fragment (never sent to any server).
    const fromLink = /(?:^#|&)key=([A-Za-z0-9_-]{16,128})/.exec(window.location.hash)?.[1];
    if (fromLink) window.history.replaceState(null, "", window.location.pathname);
    const hostSecret = fromLink ?? loadHostSeat(pin)?.hostSecret;
    if (!hostSecret) return setFatal("no-seat");
    const r = await send(s, "host:attach", { pin, hostSecret });
    if (!r.ok) {
      // Transient (the next reconnection attaches again): no answer, offline, restarting, rate-limited.
      if (!["INTERNAL", "OFFLINE", "SERVER_RESTARTING", "RATE_LIMITED"].includes(r.error.code)) setFatal(r.error);
      return;
    }
    const attached = { pin, gameId: r.data.gameId, hostSecret };
    saveHostSeat(attached);
    setSeat(attached);
    setSnapshot(r.data);
    setPhaseState(r.data.phase);
    setPhaseSeq((n) => n + 1);
    setRoster(r.data.roster);
    setAnsweredCount(r.data.answeredCount);
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
    socket.on("game:phase", onPhase);
    socket.on("host:roster", onRoster);
    socket.on("host:answers", onAnswers);
    return () => {
      socket.off("game:phase", onPhase);
      socket.off("host:roster", onRoster);
      socket.off("host:answers", onAnswers);
    };
  }, [socket]);

  return { socket, connected, restarting, seat, snapshot, phase, phaseSeq, roster, answeredCount, fatal, setPhase };
}
