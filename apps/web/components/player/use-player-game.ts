"use client";

import { useEffect, useRef, useState } from "react";
import type { PhaseView, PlayerPrivateView } from "@lousa/game";
import type { AnswerCount, ProtocolError } from "@lousa/protocol";
import { send, useGameSocket, type LousaSocket } from "../../lib/socket";
import { forgetPendingAnswers, forgetPlayerSeat, loadPlayerSeat } from "../../lib/storage";
import { useAnswerSender, type AnswerSender } from "./use-answer-sender";

/**
 * Why the phone can't play: no seat kept, kicked, the game is over (its seat is kept: the token opens
 * the review), or another refusal.
 */
export type PlayerFatal = "no-seat" | "kicked" | "over" | ProtocolError;

/** The refusals that make a kept seat useless: only these forget it (GAME_OVER keeps it for the review). */
const SEAT_DEAD: readonly string[] = ["PLAYER_KICKED", "REJOIN_INVALID"];

export interface PlayerGameState {
  readonly socket: LousaSocket | null;
  readonly connected: boolean;
  readonly restarting: boolean;
  readonly phase: PhaseView | null;
  readonly you: PlayerPrivateView | null;
  /**
   * Whether to say the teacher is reconnecting: the game waits for the host, except a finished one,
   * which waits for nobody (the teacher leaving the podium to open the report is not a reconnection).
   */
  readonly hostAway: boolean;
  readonly fatal: PlayerFatal | null;
  /** Bumps on every phase push, so a countdown restarts even if two views look alike. */
  readonly phaseSeq: number;
  /** How this phone's answer is sent and where it stands. */
  readonly answer: AnswerSender;
  /** How many have answered the open question ("12 de 30 já responderam"); null outside a question. */
  readonly answered: AnswerCount | null;
}

/** The phone's view of the game: rejoins on every (re)connection with the token kept on the device. */
export function usePlayerGame(pin: string): PlayerGameState {
  const [phase, setPhase] = useState<PhaseView | null>(null);
  const [phaseSeq, setPhaseSeq] = useState(0);
  const [you, setYou] = useState<PlayerPrivateView | null>(null);
  const [hostConnected, setHostConnected] = useState(true);
  const [fatal, setFatal] = useState<PlayerFatal | null>(null);
  const [answered, setAnswered] = useState<AnswerCount | null>(null);
  const shownPhase = useRef<PhaseView | null>(null);
  shownPhase.current = phase;

  const { socket, connected, restarting } = useGameSocket(async (s) => {
    const seat = loadPlayerSeat(pin);
    if (!seat) return setFatal("no-seat");
    const r = await send(s, "player:rejoin", { pin, rejoinToken: seat.rejoinToken });
    if (!r.ok) {
      // Transient: the next reconnect retries.
      if (["INTERNAL", "OFFLINE", "RATE_LIMITED", "SERVER_RESTARTING", "WRONG_SERVER", "GAME_MOVING"].includes(r.error.code)) return;
      if (SEAT_DEAD.includes(r.error.code)) forgetPlayerSeat(pin);
      // The server no longer holds a finished game (it let it go, or restarted): the game is still in the
      // database, and so is its review. Answers kept unsent can't count any more; the seat stays.
      if (r.error.code === "GAME_OVER") {
        forgetPendingAnswers(pin);
        return setFatal("over");
      }
      return setFatal(r.error.code === "PLAYER_KICKED" ? "kicked" : r.error);
    }
    setPhase(r.data.phase);
    setPhaseSeq((n) => n + 1);
    setYou(r.data.you);
    const p = r.data.phase;
    setAnswered(p.kind === "question" ? { questionIndex: p.index, answeredCount: r.data.answeredCount, playerCount: r.data.you.playerCount } : null);
    setHostConnected(r.data.hostConnected);
    // Back in the game on this connection: now an answer kept while offline can go out.
    answer.resume(s, r.data);
  });
  // Used by the rejoin above, which runs later (on connect); it needs the socket, hence declared here.
  const answer = useAnswerSender(pin, socket, setYou);

  useEffect(() => {
    if (!socket) return;
    const onPhase = (v: PhaseView) => {
      // A new question: nothing chosen yet (the server re-sends `you` if this phone had answered). The
      // same question again is its clock starting after the get-ready: what the phone knows stays.
      const before = shownPhase.current;
      const same = before?.kind === "question" && v.kind === "question" && before.index === v.index;
      setPhase(v);
      setPhaseSeq((n) => n + 1);
      if (v.kind === "question" && !same) setYou((y) => (y ? { ...y, answeredChoices: null, answeredText: null, answeredValue: null, lastResult: null } : y));
      // A new question starts its count at none (the count of the question before must not show).
      if (v.kind === "question" && !same) setAnswered(null);
    };
    // Pushed at most once a second; a count for another question (one in flight at a change) is dropped.
    const onAnswers = (c: AnswerCount) => {
      const shown = shownPhase.current;
      if (shown?.kind === "question" && shown.index === c.questionIndex) setAnswered(c);
    };
    const onYou = (y: PlayerPrivateView) => setYou(y);
    const onKicked = () => {
      forgetPlayerSeat(pin);
      setFatal("kicked");
    };
    const onHost = (h: { connected: boolean }) => setHostConnected(h.connected);
    // The server let the game go. A podium stays on screen (it is the end anyway). Anything else says the
    // game is over. Either way the seat stays: its rejoin token is the student's key to the review of the
    // game (/play/[pin]/review); only answers still unsent are useless now.
    const onClosed = () => {
      if (shownPhase.current?.kind === "podium") return;
      forgetPendingAnswers(pin);
      setFatal("over");
    };
    socket.on("game:phase", onPhase);
    socket.on("game:closed", onClosed);
    socket.on("player:you", onYou);
    socket.on("player:kicked", onKicked);
    socket.on("game:host", onHost);
    socket.on("game:answers", onAnswers);
    return () => {
      socket.off("game:answers", onAnswers);
      socket.off("game:phase", onPhase);
      socket.off("game:closed", onClosed);
      socket.off("player:you", onYou);
      socket.off("player:kicked", onKicked);
      socket.off("game:host", onHost);
    };
  }, [socket, pin]);

  const hostAway = !hostConnected && phase?.kind !== "podium";
  return { socket, connected, restarting, phase, you, hostAway, fatal, phaseSeq, answer, answered };
}
