import { normalizeAccommodation, personalLimitMs, UNLIMITED_CAP_FACTOR, type Accommodation } from "./accommodations";
import { ANSWER_GRACE_MS, Game } from "./game";
import type { PlayedQuestion } from "./types";
import { toPhaseView, toPlayerPrivateView } from "./views";

const LIMIT = 20_000;
const T0 = 1_000_000;
const q = (id: string): PlayedQuestion => ({ id, type: "single", prompt: "2 + 2?", options: ["3", "4", "5"], correct: [1], explanation: "", timeLimitMs: LIMIT, pointsMode: "standard" });
const extra = (time: Accommodation["time"], noSpeedPenalty = false): Accommodation => ({ time, noSpeedPenalty });

/** Ana has the accommodation, Bruno and Carla don't; the first question opens at T0. */
function setup(accommodation: Accommodation) {
  const game = new Game({ questions: [q("q1"), q("q2")] });
  for (const [id, name] of [["ana", "Ana"], ["bruno", "Bruno"], ["carla", "Carla"]] as const) expect(game.join(id, name).ok).toBe(true);
  expect(game.checkAccommodation("ana", accommodation).ok).toBe(true);
  game.setAccommodation("ana", accommodation);
  expect(game.start(T0).ok).toBe(true);
  return game;
}

describe("accommodations: limits", () => {
  it("extends a limit ×1.5, ×2, or caps 'no limit' at UNLIMITED_CAP_FACTOR ×", () => {
    expect(personalLimitMs(LIMIT, null)).toBe(LIMIT);
    expect(personalLimitMs(LIMIT, extra("x1.5"))).toBe(30_000);
    expect(personalLimitMs(LIMIT, extra("x2"))).toBe(40_000);
    expect(personalLimitMs(LIMIT, extra("unlimited"))).toBe(LIMIT * UNLIMITED_CAP_FACTOR);
    expect(personalLimitMs(LIMIT, extra(null, true))).toBe(LIMIT);
  });

  it("treats an accommodation that grants nothing as none", () => {
    expect(normalizeAccommodation(extra(null, false))).toBeNull();
    expect(normalizeAccommodation(extra("x2"))).toEqual(extra("x2"));
  });
});

describe("accommodations: answers and points (manual times)", () => {
  it("accepts a ×2 student's answer at 1.5× the limit and scores it against 2× the limit; others are TOO_LATE", () => {
    const game = setup(extra("x2"));
    const late = T0 + LIMIT + ANSWER_GRACE_MS + 1;
    const bruno = game.checkAnswer("bruno", 0, [1], late);
    expect(!bruno.ok && bruno.error.code).toBe("TOO_LATE");
    const ana = game.answer("ana", 0, [1], T0 + 30_000);
    expect(ana.ok).toBe(true);
    if (!ana.ok) return;
    // 30 s of 40 s: 1000 × (1 − 0.75 / 2)
    expect(ana.value.record).toMatchObject({ points: 625, responseMs: 30_000, accommodated: true });
    // Past their own deadline (+ grace) even they are late.
    const game2 = setup(extra("x2"));
    const tooLate = game2.checkAnswer("ana", 0, [1], T0 + 40_000 + ANSWER_GRACE_MS + 1);
    expect(!tooLate.ok && tooLate.error.code).toBe("TOO_LATE");
  });

  it("gives full points to a right answer with no speed penalty at any time, and to 'no limit'", () => {
    const noPenalty = setup(extra(null, true));
    const r = noPenalty.answer("ana", 0, [1], T0 + 19_000);
    expect(r.ok && r.value.record.points).toBe(1000);
    // No extra time with it: the normal deadline holds.
    const late = noPenalty.checkAnswer("ana", 0, [1], T0 + LIMIT + ANSWER_GRACE_MS + 1);
    expect(late.ok).toBe(false);
    const unlimited = setup(extra("unlimited"));
    const u = unlimited.answer("ana", 0, [1], T0 + 90_000);
    expect(u.ok && u.value.record.points).toBe(1000);
    // A wrong answer is still worth nothing.
    const wrong = setup(extra("x2", true)).answer("ana", 0, [0], T0 + 1_000);
    expect(wrong.ok && wrong.value.record.points).toBe(0);
  });

  it("leaves everyone else's records unmarked and their points unchanged", () => {
    const game = setup(extra("x2", true));
    const r = game.answer("bruno", 0, [1], T0 + 10_000);
    expect(r.ok && r.value.record.points).toBe(750);
    expect(r.ok && r.value.record.accommodated).toBeUndefined();
  });
});

describe("accommodations: when the question closes", () => {
  it("waits for a connected ×1.5 student who has not answered, then closes at everyone's deadline once they have", () => {
    const game = setup(extra("x1.5"));
    expect(game.closesAt()).toBe(T0 + 30_000 + ANSWER_GRACE_MS);
    expect(game.answer("ana", 0, [1], T0 + 25_000).ok).toBe(true);
    expect(game.closesAt()).toBe(T0 + LIMIT + ANSWER_GRACE_MS);
  });

  it("stops waiting for a student who left, or who was kicked", () => {
    const game = setup(extra("x2"));
    game.setConnected("ana", false);
    expect(game.closesAt()).toBe(T0 + LIMIT + ANSWER_GRACE_MS);
    game.setConnected("ana", true);
    expect(game.closesAt()).toBe(T0 + 40_000 + ANSWER_GRACE_MS);
    expect(game.kick("ana").ok).toBe(true);
    expect(game.closesAt()).toBe(T0 + LIMIT + ANSWER_GRACE_MS);
  });

  it("caps 'no limit' at UNLIMITED_CAP_FACTOR × the limit; no speed penalty alone holds nothing open", () => {
    expect(setup(extra("unlimited")).closesAt()).toBe(T0 + LIMIT * UNLIMITED_CAP_FACTOR + ANSWER_GRACE_MS);
    expect(setup(extra(null, true)).closesAt()).toBe(T0 + LIMIT + ANSWER_GRACE_MS);
  });

  it("reports everyone answered (close early) when the accommodated student answers last", () => {
    const game = setup(extra("x2"));
    expect(game.answer("bruno", 0, [1], T0 + 1_000).ok).toBe(true);
    expect(game.answer("carla", 0, [0], T0 + 2_000).ok).toBe(true);
    expect(game.everyoneAnswered).toBe(false);
    const last = game.answer("ana", 0, [1], T0 + 35_000);
    expect(last.ok && last.value.everyoneAnswered).toBe(true);
  });

  it("shows the room a neutral extended countdown and only the student their own", () => {
    const game = setup(extra("x2"));
    const view = toPhaseView(game, T0 + 25_000);
    expect(view).toMatchObject({ kind: "question", remainingMs: 0, extendedRemainingMs: 15_000 });
    expect(JSON.stringify(view)).not.toMatch(/ana|x2|accommodat/i);
    expect(toPlayerPrivateView(game, "ana", T0 + 25_000)?.yourRemainingMs).toBe(15_000);
    expect(toPlayerPrivateView(game, "bruno", T0 + 25_000)?.yourRemainingMs).toBeNull();
    expect(JSON.stringify(toPlayerPrivateView(game, "bruno", T0 + 25_000))).not.toMatch(/accommodat|x2/);
    // Once Ana answered, nothing is extended any more.
    expect(game.answer("ana", 0, [1], T0 + 26_000).ok).toBe(true);
    expect(toPhaseView(game, T0 + 26_000)).toMatchObject({ extendedRemainingMs: null });
  });

  it("refuses an accommodation for an unknown player or after the game ended", () => {
    const game = setup(extra("x2"));
    const ghost = game.checkAccommodation("ghost", extra("x2"));
    expect(!ghost.ok && ghost.error.code).toBe("PLAYER_NOT_FOUND");
    expect(game.end().ok).toBe(true);
    const over = game.checkAccommodation("ana", extra("x2"));
    expect(!over.ok && over.error.code).toBe("GAME_OVER");
  });
});
