import type { PhaseView } from "@lousa/game";
import { canPause, isAnswerable, isPauseKey, pacingLine, pacingSettings, type KeyTarget } from "./pacing";

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
  it("says nothing during an open question, paused or not (its clock runs anyway)", () => {
    expect(pacingLine({ autoAdvance: true, paused: true, advanceInMs: null }, 0, true)).toEqual({ kind: "none" });
    expect(pacingLine({ autoAdvance: true, paused: false, advanceInMs: null }, 0, true)).toEqual({ kind: "none" });
  });
});

describe("pause keys", () => {
  const on = (tag: string | null, more: Partial<KeyTarget> = {}): KeyTarget => ({ tag, editable: false, pauseButton: false, ...more });
  const key = (k: string, target: KeyTarget = on("BODY"), mods = {}) => isPauseKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, target, ...mods });
  it("space and P pause wherever the focus is: the page, a focused mute or end button, a link", () => {
    expect(key(" ")).toBe(true);
    expect(key("p")).toBe(true);
    expect(key("P", on("BUTTON"))).toBe(true);
    expect(key(" ", on("BUTTON"))).toBe(true);
    expect(key(" ", on("A"))).toBe(true);
    expect(key(" ", on(null))).toBe(true);
  });
  it("not while typing, not with modifiers, and Space on the pause button is the button's own click", () => {
    expect(key(" ", on("BUTTON", { pauseButton: true }))).toBe(false);
    expect(key("p", on("BUTTON", { pauseButton: true }))).toBe(true);
    expect(key("p", on("INPUT"))).toBe(false);
    expect(key(" ", on("textarea"))).toBe(false);
    expect(key(" ", on("SELECT"))).toBe(false);
    expect(key(" ", on("DIV", { editable: true }))).toBe(false);
    expect(key("p", on("BODY"), { ctrlKey: true })).toBe(false);
    expect(key(" ", on("BODY"), { metaKey: true })).toBe(false);
    expect(key("Enter")).toBe(false);
  });
});

describe("when pausing is offered", () => {
  const auto = { autoAdvance: true, paused: false, advanceInMs: 5000 };
  // Only `kind` and `type` matter here; the rest of a view is irrelevant to the rule.
  const phases: Record<string, PhaseView> = {
    lobby: { kind: "lobby" } as PhaseView,
    question: { kind: "question", type: "single" } as PhaseView,
    slide: { kind: "question", type: "slide" } as PhaseView,
    reveal: { kind: "reveal" } as PhaseView,
    leaderboard: { kind: "leaderboard" } as PhaseView,
    podium: { kind: "podium" } as PhaseView,
  };
  it.each([
    ["lobby", false],
    ["question", false],
    ["slide", true],
    ["reveal", true],
    ["leaderboard", true],
    ["podium", false],
  ])("%s: %s", (name, expected) => {
    expect(canPause(auto, phases[name] ?? null)).toBe(expected);
  });
  it("never when the teacher moves the game on", () => {
    expect(canPause({ autoAdvance: false, paused: false, advanceInMs: null }, phases.reveal ?? null)).toBe(false);
    expect(canPause(null, phases.reveal ?? null)).toBe(false);
  });
  it("an open question is answerable; a slide is not", () => {
    expect(isAnswerable(phases.question ?? null)).toBe(true);
    expect(isAnswerable(phases.slide ?? null)).toBe(false);
    expect(isAnswerable(phases.reveal ?? null)).toBe(false);
  });
});
