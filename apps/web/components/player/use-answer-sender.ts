"use client";

import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import type { PhaseView, PlayerPrivateView } from "@lousa/game";
import type { PlayerSnapshot, ProtocolError } from "@lousa/protocol";
import { deliver, type LousaSocket } from "../../lib/socket";
import { forgetPendingAnswer, loadPendingAnswers, savePendingAnswer, type PendingAnswer } from "../../lib/storage";
import { hasAnswered } from "./answer-input-state";

/** Where the phone's answer to the current question stands, for the screen to show at once. */
export type AnswerState =
  | { readonly kind: "idle" }
  /** On the wire, waiting for the server's acknowledgement. */
  | { readonly kind: "sending"; readonly answer: PendingAnswer }
  /** Kept (in memory and on the device) until the phone is connected and back in the game. */
  | { readonly kind: "waiting"; readonly answer: PendingAnswer }
  /** The question had closed before the answer reached the server. */
  | { readonly kind: "late"; readonly questionIndex: number }
  /** Refused for another reason (not stored, invalid…): the buttons come back so the student can tap again. */
  | { readonly kind: "refused"; readonly questionIndex: number; readonly error: ProtocolError };

export interface AnswerSender {
  readonly state: AnswerState;
  /** The student tapped (or confirmed) an answer to question `questionIndex`: options, the text typed (type-answer) or the value picked (slider). */
  answer(questionIndex: number, pick: AnswerPick): void;
  /** Call after every successful `player:rejoin` (each connection): sends what is still waiting, or settles it. */
  resume(socket: LousaSocket, snapshot: PlayerSnapshot): void;
}

/** What a phone answers, by kind: options (choice kinds, ordering), a text (type-answer) or a number (slider). */
export type AnswerPick = { readonly choices: readonly number[] } | { readonly text: string } | { readonly value: number };

const IDLE: AnswerState = { kind: "idle" };

/** The answer as kept on the device: one of the three shapes, choices empty unless they are the answer. */
function pending(questionIndex: number, pick: AnswerPick): PendingAnswer {
  if ("value" in pick) return { questionIndex, choices: [], value: pick.value };
  if ("text" in pick) return { questionIndex, choices: [], text: pick.text };
  return { questionIndex, choices: [...pick.choices] };
}

/** The `player:answer` payload for a kept answer. */
function payloadOf(a: PendingAnswer) {
  if (a.value !== undefined) return { questionIndex: a.questionIndex, value: a.value };
  if (a.text !== undefined) return { questionIndex: a.questionIndex, text: a.text };
  return { questionIndex: a.questionIndex, choices: [...a.choices] };
}

/**
 * The one place that decides how an answer is sent. The tap is kept first (memory + localStorage, keyed by
 * pin and question), then sent only over a connection that has rejoined the game; an answer that could not
 * go out, or whose acknowledgement was lost with the connection, is sent again after the next rejoin while
 * its question is still open. The server's clock alone decides whether it is in time and what it scores
 * (the phone never sends a time). A repeat that the server already has (ALREADY_ANSWERED) counts as sent.
 */
export function useAnswerSender(pin: string, socket: LousaSocket | null, setYou: Dispatch<SetStateAction<PlayerPrivateView | null>>): AnswerSender {
  const [state, setStateValue] = useState<AnswerState>(IDLE);
  // Callbacks run from socket events and awaited acks: they read the latest state through this ref.
  const current = useRef<AnswerState>(IDLE);
  const setState = useCallback((s: AnswerState) => {
    current.current = s;
    setStateValue(s);
  }, []);
  /** The Socket.IO id of the connection that has rejoined the game: answers go out only on that one. */
  const joinedOn = useRef<string | null>(null);
  /** Questions whose answer was put on the wire at least once from this page (so it may have arrived). */
  const putOnWire = useRef(new Set<number>());
  /** Bumped on every send, so the outcome of a send that was overtaken (by a disconnect and a re-send) is ignored. */
  const attempt = useRef(0);

  const settled = useCallback(
    (answer: PendingAnswer, next: AnswerState) => {
      forgetPendingAnswer(pin, answer.questionIndex);
      setState(next);
    },
    [pin, setState],
  );

  const transmit = useCallback(
    async (s: LousaSocket, answer: PendingAnswer) => {
      const mine = ++attempt.current;
      setState({ kind: "sending", answer });
      putOnWire.current.add(answer.questionIndex);
      const d = await deliver(s, "player:answer", payloadOf(answer));
      if (mine !== attempt.current) return;
      // The connection was down or dropped before the server answered: it is sent again after the next rejoin.
      if (!d.delivered) return setState({ kind: "waiting", answer });
      const r = d.reply;
      if (r.ok) {
        setYou((y) => (y ? { ...y, answeredChoices: r.data.choices, answeredText: r.data.text ?? null, answeredValue: r.data.value ?? null } : y));
        return settled(answer, IDLE);
      }
      switch (r.error.code) {
        case "ALREADY_ANSWERED":
          // An earlier send got through and only its acknowledgement was lost: show what the server holds
          // (the rejoin snapshot's choices), or what was sent.
          setYou((y) => (y ? { ...y, answeredChoices: y.answeredChoices ?? answer.choices, answeredText: y.answeredText ?? answer.text ?? null, answeredValue: y.answeredValue ?? answer.value ?? null } : y));
          return settled(answer, IDLE);
        case "TOO_LATE":
        case "QUESTION_NOT_OPEN":
          return settled(answer, { kind: "late", questionIndex: answer.questionIndex });
        case "SERVER_RESTARTING":
          // Not stored, and the server is going away: the phone reconnects, rejoins and sends it then.
          return setState({ kind: "waiting", answer });
        default:
          return settled(answer, { kind: "refused", questionIndex: answer.questionIndex, error: r.error });
      }
    },
    [setState, setYou, settled],
  );

  const answer = useCallback(
    (questionIndex: number, pick: AnswerPick) => {
      const now = current.current;
      // One answer per question: a second tap while the first is on its way changes nothing.
      if ((now.kind === "sending" || now.kind === "waiting") && now.answer.questionIndex === questionIndex) return;
      const kept = pending(questionIndex, pick);
      savePendingAnswer(pin, kept);
      if (socket?.connected && socket.id !== undefined && socket.id === joinedOn.current) void transmit(socket, kept);
      else setState({ kind: "waiting", answer: kept });
    },
    [pin, socket, setState, transmit],
  );

  const resume = useCallback(
    (s: LousaSocket, snapshot: PlayerSnapshot) => {
      joinedOn.current = s.id ?? null;
      const now = current.current;
      const kept = new Map<number, PendingAnswer>();
      for (const a of loadPendingAnswers(pin)) kept.set(a.questionIndex, a);
      if (now.kind === "sending" || now.kind === "waiting") kept.set(now.answer.questionIndex, now.answer);
      if (kept.size === 0) return;

      const { phase, you } = snapshot;
      const open = phase.kind === "question" ? phase.index : null;
      const shown = phase.kind === "question" || phase.kind === "reveal" || phase.kind === "leaderboard" ? phase.index : null;
      let toSend: PendingAnswer | null = null;
      let late: number | null = null;
      for (const a of kept.values()) {
        if (a.questionIndex === open && !hasAnswered(you)) {
          toSend = a;
          continue;
        }
        forgetPendingAnswer(pin, a.questionIndex);
        // Did it reach the server after all? The snapshot tells for the question it shows.
        const arrived = a.questionIndex === open ? hasAnswered(you) : a.questionIndex === shown ? you.lastResult?.answered === true : null;
        // For an older question it cannot. One this page put on the wire may have counted (only its
        // acknowledgement lost), so the phone claims nothing; one that never left it is lost. A page reloaded
        // since cannot tell: such an answer was almost surely tapped offline, so it is reported lost.
        const lost = arrived === null ? !putOnWire.current.has(a.questionIndex) : !arrived;
        if (lost && (late === null || a.questionIndex > late)) late = a.questionIndex;
      }
      if (toSend) void transmit(s, toSend);
      else setState(late !== null ? { kind: "late", questionIndex: late } : IDLE);
    },
    [pin, setState, transmit],
  );

  useEffect(() => {
    if (!socket) return;
    const down = () => {
      joinedOn.current = null;
    };
    // A new question: what was said about the previous one (too late, refused) no longer applies.
    const onPhase = (v: PhaseView) => {
      const now = current.current;
      if (v.kind === "question" && (now.kind === "late" || now.kind === "refused") && now.questionIndex !== v.index) setState(IDLE);
    };
    socket.on("disconnect", down);
    socket.on("game:phase", onPhase);
    return () => {
      socket.off("disconnect", down);
      socket.off("game:phase", onPhase);
    };
  }, [socket, setState]);

  return { state, answer, resume };
}
