import { BEATS_PER_BAR, barsToSchedule, lobbyBar, midiToHz, tickFor } from "./score";

describe("lobby loop", () => {
  it("tunes A4 to 440 Hz and an octave to double", () => {
    expect(midiToHz(69)).toBeCloseTo(440);
    expect(midiToHz(81)).toBeCloseTo(880);
  });
  it("repeats every four bars, and every note stays inside its bar", () => {
    expect(lobbyBar(4)).toEqual(lobbyBar(0));
    expect(lobbyBar(-1)).toEqual(lobbyBar(3));
    for (let bar = 0; bar < 4; bar++) {
      for (const n of lobbyBar(bar)) {
        expect(n.beat).toBeGreaterThanOrEqual(0);
        expect(n.beat + n.beats).toBeLessThanOrEqual(BEATS_PER_BAR);
        expect(n.gain).toBeGreaterThan(0);
        expect(n.gain).toBeLessThanOrEqual(1);
      }
    }
  });
  it("schedules each bar once, however the timer's calls fall", () => {
    let next = { bar: 0, at: 0 };
    const seen: number[] = [];
    for (const now of [0, 0.1, 0.15, 2.3, 2.4, 5.1, 9.9]) {
      const due = barsToSchedule(next, now + 0.6, 2.4);
      seen.push(...due.bars.map((b) => b.bar));
      next = due.next;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("countdown ticks", () => {
  it("ticks in the last five seconds only, each higher than the one before", () => {
    expect([0, 6, 10, 2.5].map(tickFor)).toEqual([null, null, null, null]);
    const hz = [5, 4, 3, 2, 1].map((s) => tickFor(s)?.hz ?? 0);
    for (let i = 1; i < hz.length; i++) expect(hz[i]).toBeGreaterThan(hz[i - 1]!);
    expect(tickFor(1)!.seconds).toBeGreaterThan(tickFor(2)!.seconds);
  });
});
