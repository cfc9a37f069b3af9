import { isPauseKey, pacingLine, pacingSettings } from "./pacing";

const base = { leaderboard: "every" as const, everyN: 3, auto: false, revealSec: 8, leaderboardSec: 6 };

describe("pacing settings", () => {
  it("turns the three scoreboard choices into leaderboardEvery", () => {
    expect(pacingSettings(base).leaderboardEvery).toBe(1);
    expect(pacingSettings({ ...base, leaderboard: "end" }).leaderboardEvery).toBe(0);
    expect(pacingSettings({ ...base, leaderboard: "everyN", everyN: 4 }).leaderboardEvery).toBe(4);
  });
  it("keeps N and the seconds inside what the server takes (an empty field falls back)", () => {
    expect(pacingSettings({ ...base, leaderboard: "everyN", everyN: 1 }).leaderboardEvery).toBe(2);
    expect(pacingSettings({ ...base, leaderboard: "everyN", everyN: 99 }).leaderboardEvery).toBe(20);
    expect(pacingSettings({ ...base, leaderboard: "everyN", everyN: Number.NaN }).leaderboardEvery).toBe(3);
    expect(pacingSettings({ ...base, auto: true, revealSec: 1, leaderboardSec: 600 }).autoAdvance).toEqual({ revealSec: 3, leaderboardSec: 60 });
    expect(pacingSettings({ ...base, auto: true, revealSec: Number.NaN, leaderboardSec: 4.4 }).autoAdvance).toEqual({ revealSec: 8, leaderboardSec: 4 });
    expect(pacingSettings(base).autoAdvance).toBeNull();
  });
});

describe("pacing line", () => {
  it("counts only while the game moves on by itself towards a known time", () => {
    expect(pacingLine(null, 5)).toEqual({ kind: "none" });
    expect(pacingLine({ autoAdvance: false, paused: false, advanceInMs: null }, 5)).toEqual({ kind: "none" });
    expect(pacingLine({ autoAdvance: true, paused: false, advanceInMs: null }, 0)).toEqual({ kind: "none" });
    expect(pacingLine({ autoAdvance: true, paused: true, advanceInMs: null }, 0)).toEqual({ kind: "paused" });
    expect(pacingLine({ autoAdvance: true, paused: false, advanceInMs: 4200 }, 5)).toEqual({ kind: "counting", seconds: 5 });
    expect(pacingLine({ autoAdvance: true, paused: false, advanceInMs: 4200 }, -1)).toEqual({ kind: "counting", seconds: 0 });
  });
});

describe("pause keys", () => {
  const key = (k: string, targetTag: string | null = "BODY", mods = {}) => isPauseKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, targetTag, ...mods });
  it("space and P pause from the page, not from fields, buttons' own space or with modifiers", () => {
    expect(key(" ")).toBe(true);
    expect(key("p")).toBe(true);
    expect(key("P", "BUTTON")).toBe(true);
    expect(key(" ", "BUTTON")).toBe(false);
    expect(key("p", "INPUT")).toBe(false);
    expect(key("p", "BODY", { ctrlKey: true })).toBe(false);
    expect(key("Enter")).toBe(false);
  });
});
