/**
 * What Lousa plays, as plain data: the lobby loop's notes and the countdown's ticks. No Web Audio here,
 * so the music can be unit-tested and the engine (./engine.ts) only turns notes into oscillators.
 * Everything is synthesised by us at run time: no audio file is shipped or fetched.
 */

export type Wave = "sine" | "triangle";

/** One note, timed in beats from the start of its bar. */
export interface Note {
  readonly beat: number;
  readonly beats: number;
  readonly midi: number;
  readonly wave: Wave;
  /** Peak gain before the master volume (the bass is felt more than heard: kept below the melody). */
  readonly gain: number;
}

export const LOBBY_BPM = 100;
export const BEATS_PER_BAR = 4;

/** Equal temperament, A4 (MIDI 69) = 440 Hz. */
export function midiToHz(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

export function beatSeconds(bpm: number): number {
  return 60 / bpm;
}

/**
 * I–vi–IV–V in C (C, Am, F, G): the friendliest four chords there are, so a loop that plays for minutes
 * while a class joins stays pleasant. Each chord: its root for the bass, three tones for the arpeggio.
 */
const CHORDS: readonly { readonly root: number; readonly tones: readonly [number, number, number] }[] = [
  { root: 48, tones: [60, 64, 67] },
  { root: 45, tones: [57, 60, 64] },
  { root: 41, tones: [57, 60, 65] },
  { root: 43, tones: [59, 62, 67] },
];

/** Which chord tone each eighth note plays (up and back down, with the octave on top for lift). */
const ARPEGGIO: readonly number[] = [0, 1, 2, 3, 2, 1, 2, 1];

/** The notes of bar `bar` of the lobby loop (the loop is four bars long; any bar number works). */
export function lobbyBar(bar: number): Note[] {
  const chord = CHORDS[((bar % CHORDS.length) + CHORDS.length) % CHORDS.length]!;
  const notes: Note[] = [
    { beat: 0, beats: 1.8, midi: chord.root, wave: "sine", gain: 0.5 },
    { beat: 2, beats: 1.8, midi: chord.root + 7, wave: "sine", gain: 0.35 },
  ];
  ARPEGGIO.forEach((step, i) => {
    // Step 3 is the first tone an octave up.
    const midi = step === 3 ? chord.tones[0] + 12 : chord.tones[step]!;
    notes.push({ beat: i / 2, beats: 0.45, midi, wave: "triangle", gain: i % 2 === 0 ? 0.3 : 0.2 });
  });
  return notes;
}

/** Seconds the countdown ticks for: the last five of a question's clock. */
export const TICK_FROM_SEC = 5;

/**
 * The tick for a clock showing `secondsLeft`, or null when it stays silent. Each tick is a little higher
 * than the one before, so the room hears the end coming without looking up.
 */
export function tickFor(secondsLeft: number): { readonly hz: number; readonly seconds: number } | null {
  if (!Number.isInteger(secondsLeft) || secondsLeft < 1 || secondsLeft > TICK_FROM_SEC) return null;
  return { hz: midiToHz(84 + (TICK_FROM_SEC - secondsLeft) * 2), seconds: secondsLeft === 1 ? 0.18 : 0.08 };
}

/**
 * The bars to schedule now for a look-ahead scheduler: every bar starting before `until`, from the next
 * unscheduled one. Returns the bars (number and start time) and where the next call picks up.
 */
export function barsToSchedule(next: { bar: number; at: number }, until: number, barSeconds: number): { bars: { bar: number; at: number }[]; next: { bar: number; at: number } } {
  const bars: { bar: number; at: number }[] = [];
  let cursor = next;
  while (cursor.at < until) {
    bars.push(cursor);
    cursor = { bar: cursor.bar + 1, at: cursor.at + barSeconds };
  }
  return { bars, next: cursor };
}
