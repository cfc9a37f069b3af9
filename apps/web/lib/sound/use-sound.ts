"use client";

import { useEffect, useSyncExternalStore } from "react";
import { playTick, startLobbyMusic, unlockAudio } from "./engine";
import { isMuted, setMuted, subscribeMuted } from "./mute-store";

/** The remembered mute state, and the setter every mute button shares. Muted on the server render (no sound there anyway). */
export function useMuted(): [boolean, (muted: boolean) => void] {
  const muted = useSyncExternalStore(subscribeMuted, isMuted, () => true);
  return [muted, setMuted];
}

/** The lobby loop while `active`. */
export function useLobbyMusic(active: boolean): void {
  useEffect(() => (active ? startLobbyMusic() : undefined), [active]);
}

/** A tick each second of the last five of a question's clock, while `active`. */
export function useCountdownTicks(secondsLeft: number, active: boolean): void {
  useEffect(() => {
    if (active) playTick(secondsLeft);
  }, [secondsLeft, active]);
}

/**
 * After a reload the browser needs a new gesture before any sound: the teacher's first tap or key on the
 * projector page unlocks it (the click on "Criar jogo" did it before the reload).
 */
export function useUnlockAudioOnGesture(): void {
  useEffect(() => {
    const unlock = () => unlockAudio();
    window.addEventListener("pointerdown", unlock, { once: true });
    window.addEventListener("keydown", unlock, { once: true });
    return () => {
      window.removeEventListener("pointerdown", unlock);
      window.removeEventListener("keydown", unlock);
    };
  }, []);
}

export { unlockAudio };
