/**
 * Whether the projector is muted, remembered in this browser (localStorage) and shared by every part that
 * makes a sound. Sound is on by default, as a class expects from a quiz game; the teacher's mute sticks
 * across reloads and games.
 */
const KEY = "lousa:sound:muted";
const listeners = new Set<() => void>();

export function isMuted(): boolean {
  try {
    return window.localStorage.getItem(KEY) === "1";
  } catch {
    // Storage refused (private mode, policy): sound stays on, and the button still works for this page.
    return memory;
  }
}
let memory = false;

export function setMuted(muted: boolean): void {
  memory = muted;
  try {
    window.localStorage.setItem(KEY, muted ? "1" : "0");
  } catch {
    // Not remembered, but applied.
  }
  for (const l of listeners) l();
}

export function subscribeMuted(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab (a second projector window) muting applies here too.
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}
