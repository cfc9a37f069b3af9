/**
 * The projector's synthesiser: one AudioContext, a master volume that is zero when muted, the lobby loop
 * and the countdown ticks of ./score.ts played as oscillators. Browsers keep a context suspended until a
 * gesture, so `unlockAudio` is called from the teacher's clicks ("Criar jogo", "Começar", any key or tap
 * on the projector after a reload). Every call is safe without Web Audio: it just stays silent.
 */
import { isMuted, subscribeMuted } from "./mute-store";
import { BEATS_PER_BAR, LOBBY_BPM, barsToSchedule, beatSeconds, lobbyBar, midiToHz, tickFor, type Wave } from "./score";

/** Loud enough for a classroom's speakers, soft enough to talk over. */
const VOLUME = 0.25;
/** The loop is scheduled this far ahead, topped up this often (a timer late by a frame never gaps it). */
const LOOK_AHEAD_S = 0.6;
const SCHEDULE_EVERY_MS = 150;

let audio: { ctx: AudioContext; master: GainNode } | null = null;

function engine(): { ctx: AudioContext; master: GainNode } | null {
  if (audio) return audio;
  if (typeof window === "undefined" || typeof window.AudioContext !== "function") return null;
  try {
    const ctx = new window.AudioContext();
    const master = ctx.createGain();
    master.gain.value = isMuted() ? 0 : VOLUME;
    master.connect(ctx.destination);
    subscribeMuted(() => master.gain.setTargetAtTime(isMuted() ? 0 : VOLUME, ctx.currentTime, 0.05));
    audio = { ctx, master };
  } catch {
    return null;
  }
  return audio;
}

/** Call from a user gesture: creates or resumes the context so later sounds are allowed to play. */
export function unlockAudio(): void {
  const a = engine();
  if (a && a.ctx.state === "suspended") a.ctx.resume().catch(() => undefined);
}

function tone(a: { ctx: AudioContext }, out: AudioNode, n: { hz: number; at: number; seconds: number; wave: Wave; gain: number }): void {
  const osc = a.ctx.createOscillator();
  osc.type = n.wave;
  osc.frequency.value = n.hz;
  const env = a.ctx.createGain();
  // A short attack and an exponential tail: a plucked sound, no clicks at either end.
  env.gain.setValueAtTime(0.0001, n.at);
  env.gain.exponentialRampToValueAtTime(n.gain, n.at + 0.015);
  env.gain.exponentialRampToValueAtTime(0.0001, n.at + n.seconds);
  osc.connect(env).connect(out);
  osc.start(n.at);
  osc.stop(n.at + n.seconds + 0.05);
}

/** Starts the lobby loop; the returned function fades it out. Silent (but running) while muted. */
export function startLobbyMusic(): () => void {
  const a = engine();
  if (!a) return () => undefined;
  const bus = a.ctx.createGain();
  bus.connect(a.master);
  const beat = beatSeconds(LOBBY_BPM);
  let next = { bar: 0, at: a.ctx.currentTime + 0.1 };
  const top = () => {
    // A suspended context's clock stands still: nothing piles up while waiting for the first gesture.
    const due = barsToSchedule(next, a.ctx.currentTime + LOOK_AHEAD_S, beat * BEATS_PER_BAR);
    for (const { bar, at } of due.bars) for (const n of lobbyBar(bar)) tone(a, bus, { hz: midiToHz(n.midi), at: at + n.beat * beat, seconds: n.beats * beat, wave: n.wave, gain: n.gain });
    next = due.next;
  };
  top();
  const timer = window.setInterval(top, SCHEDULE_EVERY_MS);
  return () => {
    window.clearInterval(timer);
    bus.gain.setTargetAtTime(0, a.ctx.currentTime, 0.1);
    window.setTimeout(() => bus.disconnect(), 800);
  };
}

/** The countdown's tick for a clock showing `secondsLeft` (silent outside the last seconds). */
export function playTick(secondsLeft: number): void {
  const t = tickFor(secondsLeft);
  const a = t && engine();
  if (!t || !a || a.ctx.state !== "running") return;
  tone(a, a.master, { hz: t.hz, at: a.ctx.currentTime, seconds: t.seconds, wave: "sine", gain: 0.6 });
}
