"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { HomeworkAnswerPayload, HomeworkInfo, HomeworkStartPayload, HomeworkState } from "@lousa/protocol";
import type { ApiError, ApiResult } from "../../lib/api";
import { homeworkApi } from "../../lib/homework-api";
import { forgetHomeworkToken, homeworkDeviceId, loadHomeworkToken, saveHomeworkToken } from "../../lib/homework-storage";

/** What the page shows: nothing known yet, the start screen, the attempt, or why neither. */
export type HomeworkScreen =
  | { readonly kind: "loading" }
  | { readonly kind: "start"; readonly info: HomeworkInfo }
  | { readonly kind: "attempt"; readonly state: HomeworkState }
  | { readonly kind: "failed"; readonly error: ApiError };

/**
 * A request the student made: what it was (to send it again after a failure) and how it went. A start's
 * deviceId is this browser's own, added when it is sent.
 */
export type Action = { readonly kind: "start"; readonly body: Omit<HomeworkStartPayload, "deviceId"> } | { readonly kind: "answer"; readonly body: HomeworkAnswerPayload } | { readonly kind: "next"; readonly questionIndex: number } | { readonly kind: "retry" };
export type Sending = { readonly state: "idle" } | { readonly state: "sending"; readonly action: Action } | { readonly state: "failed"; readonly action: Action; readonly error: ApiError };

export interface Homework {
  readonly screen: HomeworkScreen;
  readonly sending: Sending;
  run(action: Action): void;
  /** Sends the failed request again, unchanged. */
  again(): void;
  /** Reads the state again (a refused request, the "Recarregar" of an error). */
  reload(): void;
  /** Forgets this device's place and shows the start screen (a lost token). */
  startOver(): void;
  /** Reads the start screen's info again without leaving it (names taken or released meanwhile). */
  refreshInfo(): void;
}

const IDLE: Sending = { state: "idle" };

/** A start refused because another device holds that name: the start screen is read again (what is taken now). */
export const TAKEN_CODES: ReadonlySet<string> = new Set(["NICKNAME_TAKEN", "CLASS_ENTRY_TAKEN", "IDENTIFIER_TAKEN"]);

/**
 * One homework link on one phone. With a token kept for the link it continues where the student stopped
 * (GET state); without one it shows the start screen. Nothing is taken as done until the server answered
 * with the new state (it stores before it answers): an offline tap stays "not sent" with a way to send it
 * again, and a refused one reads the state afresh so the screen matches the server.
 */
export function useHomework(code: string): Homework {
  const [screen, setScreen] = useState<HomeworkScreen>({ kind: "loading" });
  const [sending, setSending] = useState<Sending>(IDLE);
  const busy = useRef(false);

  const showInfo = useCallback(async () => {
    const r = await homeworkApi.info(code);
    setScreen(r.ok ? { kind: "start", info: r.data } : { kind: "failed", error: r.error });
  }, [code]);

  const load = useCallback(async () => {
    const token = loadHomeworkToken(code);
    if (!token) return showInfo();
    const r = await homeworkApi.state(code, token);
    if (r.ok) return setScreen({ kind: "attempt", state: r.data });
    // A token the server doesn't know (another server's, a deleted assignment's): start afresh.
    if (r.error.code === "HOMEWORK_TOKEN_INVALID") {
      forgetHomeworkToken(code);
      return showInfo();
    }
    setScreen({ kind: "failed", error: r.error });
  }, [code, showInfo]);

  useEffect(() => {
    void load();
  }, [load]);

  const send = useCallback(
    async (action: Action): Promise<ApiResult<HomeworkState>> => {
      if (action.kind === "start") {
        // Always the device's id: the same device and name starting again (its reply lost, its token
        // refused) gets its seat back instead of "taken".
        const r = await homeworkApi.start(code, { ...action.body, deviceId: homeworkDeviceId() });
        if (!r.ok) return r;
        saveHomeworkToken(code, r.data.token);
        return { ok: true, data: r.data.state };
      }
      const token = loadHomeworkToken(code);
      if (!token) return { ok: false, error: { code: "HOMEWORK_TOKEN_INVALID", message: "No token on this device", status: 0, reason: "HOMEWORK_TOKEN_INVALID" } };
      if (action.kind === "answer") return homeworkApi.answer(code, token, action.body);
      if (action.kind === "next") return homeworkApi.next(code, token, action.questionIndex);
      return homeworkApi.retry(code, token);
    },
    [code],
  );

  const run = useCallback(
    (action: Action) => {
      // One request at a time: a double tap must not send "next" twice.
      if (busy.current) return;
      busy.current = true;
      setSending({ state: "sending", action });
      void send(action).then(async (r) => {
        busy.current = false;
        if (r.ok) {
          setSending(IDLE);
          return setScreen({ kind: "attempt", state: r.data });
        }
        setSending({ state: "failed", action, error: r.error });
        if (r.error.code === "HOMEWORK_TOKEN_INVALID") forgetHomeworkToken(code);
        // Someone else has that name, list line or identifier: the class list as it is now (a line just
        // taken shows as taken), the form and the reason kept on screen.
        else if (action.kind === "start" && TAKEN_CODES.has(r.error.code)) {
          const info = await homeworkApi.info(code);
          if (info.ok) setScreen((s) => (s.kind === "start" ? { kind: "start", info: info.data } : s));
        }
        // Offline: nothing reached the server, the screen stays as it is. A refusal: the server's state
        // wins (time ran out, already answered elsewhere…), with the reason kept on screen.
        else if (r.error.code !== "OFFLINE" && action.kind !== "start") {
          const token = loadHomeworkToken(code);
          const fresh = token ? await homeworkApi.state(code, token) : null;
          if (fresh?.ok) setScreen({ kind: "attempt", state: fresh.data });
        }
      });
    },
    [send, code],
  );

  const again = useCallback(() => {
    if (sending.state === "failed") run(sending.action);
  }, [sending, run]);

  const reload = useCallback(() => {
    setSending(IDLE);
    setScreen({ kind: "loading" });
    void load();
  }, [load]);

  const startOver = useCallback(() => {
    forgetHomeworkToken(code);
    setSending(IDLE);
    setScreen({ kind: "loading" });
    void showInfo();
  }, [code, showInfo]);

  const refreshInfo = useCallback(() => {
    void homeworkApi.info(code).then((r) => {
      if (r.ok) setScreen((s) => (s.kind === "start" ? { kind: "start", info: r.data } : s));
    });
  }, [code]);

  return { screen, sending, run, again, reload, startOver, refreshInfo };
}
