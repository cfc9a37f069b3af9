import { matchKey, QUESTION_TYPES } from "@lousa/game";
import { describe as describeGuessability, guessability, letter, type Guessability } from "./guessability";
import { BUILT_IN_BANKS, RETIRED_QUESTION_IDS, validateBank } from "./index";
import type { Bank } from "./types";

/**
 * What a student could score without reading: the problems found in some banks (empty = none), each
 * naming the questions behind it, so a failure says which questions to rewrite. The limits:
 * - single choice: the correct option is strictly the longest in at most a third of the questions, and
 *   strictly the shortest in at most a third too (shortening keys to pass the first rule creates the second
 *   tell). True/false is left out: its options are the fixed words Verdadeiro and Falso, not written to a length.
 * - single choice: no position (A, B, C…) holds more than ceil(n/3) of the n keys. With 4 options the even
 *   share is n/4, so a third leaves about one key of slack in a bank of ten; with 5 options more; a
 *   3-option question's even share is exactly a third, so even a bank of 3-option questions can meet it.
 * - true/false, counted apart (two positions: a third can't be met): neither answer is the key in more than
 *   ceil(2n/3), so "always Falso" doesn't pay.
 * - multiple select: in every bank with two or more of them, the number of correct options varies; over
 *   the set, no count is the key of more than half, no key pattern ("A, C, D") of more than a quarter, and
 *   no position is correct in more than two-thirds of the questions that offer it. Patterns and positions
 *   are judged on the whole set: a bank has only three or four multiple-select questions.
 */
function guessabilityProblems(banks: readonly Bank[], pooled: boolean): string[] {
  const g: Guessability = guessability(banks);
  const problems: string[] = [];
  const ids = (list: readonly string[]): string => list.join(", ");
  if (g.longestCorrect.length * 3 > g.single) problems.push(`correct option strictly the longest in ${g.longestCorrect.length} of ${g.single}: ${ids(g.longestCorrect)}`);
  if (g.shortestCorrect.length * 3 > g.single) problems.push(`correct option strictly the shortest in ${g.shortestCorrect.length} of ${g.single}: ${ids(g.shortestCorrect)}`);
  for (const [at, list] of g.singleKeys) {
    if (list.length > Math.ceil(g.single / 3)) problems.push(`single-choice key at ${letter(at)} in ${list.length} of ${g.single} (at most ${Math.ceil(g.single / 3)}): ${ids(list)}`);
  }
  const trueFalse = [...g.trueFalseKeys.values()].reduce((n, list) => n + list.length, 0);
  for (const [at, list] of g.trueFalseKeys) {
    if (list.length > Math.ceil((2 * trueFalse) / 3)) problems.push(`true/false key ${at === 0 ? "Verdadeiro" : "Falso"} in ${list.length} of ${trueFalse}: ${ids(list)}`);
  }
  const multiple = [...g.multipleCounts.values()].reduce((n, list) => n + list.length, 0);
  if (multiple >= 2 && g.multipleCounts.size < 2) problems.push(`every multiple-select question has the same number of correct options: ${ids([...g.multipleCounts.values()].flat())}`);
  if (pooled) {
    for (const [count, list] of g.multipleCounts) {
      if (list.length > Math.ceil(multiple / 2)) problems.push(`${count} correct options in ${list.length} of ${multiple} multiple-select questions: ${ids(list)}`);
    }
    for (const [pattern, list] of g.multiplePatterns) {
      if (list.length > Math.ceil(multiple / 4)) problems.push(`key [${pattern}] in ${list.length} of ${multiple} multiple-select questions: ${ids(list)}`);
    }
    for (const [at, { offered, correct }] of g.multiplePositions) {
      if (correct.length > Math.ceil((2 * offered.length) / 3)) problems.push(`${letter(at)} correct in ${correct.length} of the ${offered.length} multiple-select questions that offer it: ${ids(correct)}`);
    }
  }
  return problems;
}

/** An explanation fits the projector in two lines at the reveal. */
const MAX_EXPLANATION = 200;
/** A prompt longer than this, or a prompt and options together longer than LONG_READ, needs more than 20 s. */
const LONG_PROMPT = 100;
const LONG_READ = 300;

describe("built-in banks", () => {
  it("has the three banks from the class notes", () => {
    expect(BUILT_IN_BANKS.map((b) => b.id)).toEqual(["kernel", "docker", "imagem-x-container"]);
  });

  describe.each(BUILT_IN_BANKS.map((b) => [b.title, b] as const))("%s", (_title, bank) => {
    it("is valid", () => expect(validateBank(bank)).toEqual([]));
    it("has at least 15 questions mixing every type", () => {
      expect(bank.questions.length).toBeGreaterThanOrEqual(15);
      expect(new Set(bank.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    });
    it("keeps its older questions where games find them: polls and ordering after the rest, then the typed answer, then slides and sliders, then newer questions", () => {
      // Games and tests play the banks by position: the first twenty keep their places (a reframed question
      // takes a new id in its old place), newer kinds and newer questions are appended.
      const older = bank.questions.slice(0, 20);
      const isNew = (type: string) => type === "poll" || type === "ordering" || type === "typeAnswer";
      const firstNew = older.findIndex((q) => isNew(q.type));
      expect(older.slice(firstNew).every((q) => isNew(q.type))).toBe(true);
      expect(firstNew).toBeGreaterThan(0);
      const typed = bank.questions.flatMap((q, i) => (q.type === "typeAnswer" ? [i] : []));
      expect(typed).toEqual([19]);
      // After the typed answer, a block of slides and sliders; anything after that block is a newer question.
      const block = bank.questions.slice(20);
      const blockEnd = block.findIndex((q) => q.type !== "slide" && q.type !== "slider");
      const slidesAndSliders = blockEnd === -1 ? block : block.slice(0, blockEnd);
      expect(slidesAndSliders.length).toBeGreaterThanOrEqual(2);
      expect(block.slice(slidesAndSliders.length).every((q) => q.type !== "slide" && q.type !== "poll")).toBe(true);
    });
    it("gives each question an id of its own, in the bank's series, never a retired one", () => {
      // Not sequential by position: a reframed question gets the next free number in its old place.
      const prefix = bank.id === "imagem-x-container" ? "imagem" : bank.id;
      const ids = bank.questions.map((q) => q.id);
      expect(ids.filter((id) => !new RegExp(`^${prefix}-\\d{2,}$`).test(id))).toEqual([]);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      expect(ids.filter((id) => RETIRED_QUESTION_IDS.includes(id))).toEqual([]);
    });
    it("keeps each explanation short enough for two lines on the projector (200 characters); a slide's text is the slide, not an explanation", () => {
      const tooLong = bank.questions.filter((q) => q.type !== "slide" && [...q.explanation].length > MAX_EXPLANATION).map((q) => `${q.id} (${[...q.explanation].length})`);
      expect(tooLong).toEqual([]);
    });
    it("gives time to read: more than 30 s for a 5-option multiple select (all or nothing), more than 20 s for a long prompt", () => {
      const multiple5 = bank.questions.filter((q) => q.type === "multiple" && q.options.length >= 5 && q.timeLimitSec <= 30).map((q) => `${q.id} (${q.timeLimitSec} s)`);
      expect(multiple5).toEqual([]);
      const answered = bank.questions.filter((q) => q.type !== "slide");
      const longPrompt = answered.filter((q) => [...q.prompt].length > LONG_PROMPT && q.timeLimitSec <= 20).map((q) => `${q.id} (${q.timeLimitSec} s)`);
      expect(longPrompt).toEqual([]);
      const longRead = answered.filter((q) => [...q.prompt, ...q.options.join("")].length > LONG_READ && q.timeLimitSec <= 20).map((q) => `${q.id} (${q.timeLimitSec} s)`);
      expect(longRead).toEqual([]);
    });
    it("opens its slides and sliders with a slide, which has only its title and text", () => {
      const last = bank.questions.slice(20);
      expect(last[0]?.type).toBe("slide");
      for (const q of last.filter((x) => x.type === "slide")) {
        expect(q).toEqual({ id: q.id, type: "slide", prompt: q.prompt, options: [], correct: [], explanation: q.explanation, timeLimitSec: 20 });
      }
    });
    it("asks each slider on a scale that doesn't give the answer away", () => {
      // Whether the scale holds together (step, answer on a step, tolerance under half) is the kind's rule,
      // run by validateBank above. A built-in bank asks more: a narrow tolerance (a tenth of the scale at
      // most) and an answer inside the scale, not at an end a student could reach by pushing the slider.
      const sliders = bank.questions.flatMap((q) => (q.type === "slider" && q.slider ? [q.slider] : []));
      expect(sliders.length).toBeGreaterThanOrEqual(1);
      for (const s of sliders) {
        expect(s.tolerance).toBeLessThanOrEqual((s.max - s.min) / 10);
        expect(s.answer).toBeGreaterThan(s.min);
        expect(s.answer).toBeLessThan(s.max);
      }
    });
    it("accepts each typed answer once, compared as the engine matches players' answers", () => {
      for (const q of bank.questions.filter((x) => x.type === "typeAnswer")) {
        expect(q.correct).toEqual([]);
        const keys = q.options.map((o) => matchKey(o, q.ignoreAccents === true));
        expect(new Set(keys).size).toBe(q.options.length);
        expect(q.options.every((o) => o === o.trim() && !/\s{2}/.test(o))).toBe(true);
      }
    });
    it("is in Brazilian Portuguese", () => expect(bank.language).toBe("pt-BR"));
    it("can't be answered without reading: no longest or shortest key, keys spread over positions, varied multiple-select keys", () => {
      // The figures ride along in the failure, so the fix can be planned from the test output alone.
      expect({ problems: guessabilityProblems([bank], false), figures: describeGuessability(guessability([bank])) }).toMatchObject({ problems: [] });
    });
  });

  it("can't be answered without reading, taken together: multiple-select counts, key patterns and positions spread", () => {
    expect({ problems: guessabilityProblems(BUILT_IN_BANKS, true), figures: describeGuessability(guessability(BUILT_IN_BANKS)) }).toMatchObject({ problems: [] });
  });

  it("retires ids for good: every retired id belongs to a bank's series and none is in use", () => {
    const inUse = new Set(BUILT_IN_BANKS.flatMap((b) => b.questions.map((q) => q.id)));
    expect(RETIRED_QUESTION_IDS.filter((id) => inUse.has(id))).toEqual([]);
    expect(RETIRED_QUESTION_IDS.filter((id) => !/^(kernel|docker|imagem)-\d{2,}$/.test(id))).toEqual([]);
    expect(new Set(RETIRED_QUESTION_IDS).size).toBe(RETIRED_QUESTION_IDS.length);
  });

  it("the guessability check names the questions that give their answers away", () => {
    const q = (id: string, type: "single" | "multiple" | "truefalse", options: string[], correct: number[]) => ({ id, type, prompt: "?", options, correct, explanation: "ok", timeLimitSec: 20 });
    const tell: Bank = {
      id: "tell",
      title: "Tell",
      language: "pt-BR",
      description: "",
      questions: [
        q("t-01", "single", ["a", "b", "a longer, correct answer", "c"], [2]),
        q("t-02", "single", ["a", "bb", "the longest, correct one", "c"], [2]),
        q("t-03", "single", ["aaaa", "b", "cc", "the long and correct one"], [3]),
        q("t-04", "multiple", ["a", "b", "c", "d", "e"], [0, 2, 3]),
        q("t-05", "multiple", ["a", "b", "c", "d", "e"], [0, 2, 3]),
        q("t-06", "truefalse", ["Verdadeiro", "Falso"], [1]),
        q("t-07", "truefalse", ["Verdadeiro", "Falso"], [1]),
        q("t-08", "truefalse", ["Verdadeiro", "Falso"], [1]),
        q("t-09", "multiple", ["a", "b", "c", "d"], [0, 1, 2]),
      ],
    };
    const problems = guessabilityProblems([tell], true).join("\n");
    expect(problems).toContain("strictly the longest in 3 of 3: t-01, t-02, t-03");
    expect(problems).toContain("single-choice key at C in 2 of 3 (at most 1): t-01, t-02");
    expect(problems).toContain("true/false key Falso in 3 of 3: t-06, t-07, t-08");
    expect(problems).toContain("same number of correct options: t-04, t-05, t-09");
    expect(problems).toContain("key [A, C, D] in 2 of 3 multiple-select questions: t-04, t-05");
    expect(problems).toContain("A correct in 3 of the 3 multiple-select questions that offer it: t-04, t-05, t-09");
  });

  it("the validator catches broken questions", () => {
    const bad = {
      id: "Bad Id",
      title: "",
      language: "pt-BR" as const,
      description: "",
      questions: [
        { id: "x", type: "single" as const, prompt: "?", options: ["a"], correct: [3], explanation: "", timeLimitSec: 1 },
        { id: "x", type: "truefalse" as const, prompt: "?", options: ["V", "F", "?"], correct: [0, 1], explanation: "ok", timeLimitSec: 20 },
        { id: "p", type: "poll" as const, prompt: "?", options: ["a", "b"], correct: [0], explanation: "ok", timeLimitSec: 20 },
        { id: "o", type: "ordering" as const, prompt: "?", options: ["a", "b", "c"], correct: [0, 2, 1], explanation: "ok", timeLimitSec: 20 },
        { id: "t", type: "typeAnswer" as const, prompt: "?", options: [], correct: [], explanation: "ok", timeLimitSec: 20 },
        { id: "u", type: "typeAnswer" as const, prompt: "?", options: ["docker ps", "Docker  PS"], correct: [], explanation: "ok", timeLimitSec: 20 },
        { id: "v", type: "typeAnswer" as const, prompt: "?", options: ["núcleo", "nucleo"], correct: [], explanation: "ok", timeLimitSec: 20, ignoreAccents: true },
        { id: "w", type: "typeAnswer" as const, prompt: "?", options: ["x".repeat(121)], correct: [], explanation: "ok", timeLimitSec: 20 },
        { id: "a", type: "single" as const, prompt: "?", options: ["a", "b"], correct: [0], explanation: "ok", timeLimitSec: 20, ignoreAccents: true },
        { id: "s1", type: "slider" as const, prompt: "?", options: ["a", "b"], correct: [0], explanation: "ok", timeLimitSec: 20 },
        { id: "s2", type: "slider" as const, prompt: "?", options: [], correct: [], explanation: "ok", timeLimitSec: 20, slider: { min: 0, max: 10, step: 3, answer: 3, tolerance: 0, unit: "" } },
        { id: "s3", type: "slider" as const, prompt: "?", options: [], correct: [], explanation: "ok", timeLimitSec: 20, slider: { min: 0, max: 10, step: 2, answer: 5, tolerance: 5, unit: "" } },
        { id: "s4", type: "slider" as const, prompt: "?", options: [], correct: [], explanation: "ok", timeLimitSec: 20, slider: { min: 0, max: 10, step: 1, answer: 3, tolerance: 0, unit: "" }, ignoreAccents: true },
        { id: "d1", type: "slide" as const, prompt: "Título", options: ["a"], correct: [], explanation: " ", timeLimitSec: 20, pointsMode: "double" as const },
        { id: "d2", type: "single" as const, prompt: "?", options: ["a", "b"], correct: [0], explanation: "ok", timeLimitSec: 20, slider: { min: 0, max: 10, step: 1, answer: 3, tolerance: 0, unit: "" } },
      ],
    };
    const problems = validateBank(bad).join("\n");
    for (const expected of ["slug", "title", "duplicate id", "2–6 options", "CORRECT_OUT_OF_RANGE", "explanation", "time limit", "SINGLE_NEEDS_ONE_CORRECT", "TRUEFALSE_NEEDS_TWO_OPTIONS", "(p): POLL_HAS_NO_CORRECT", "(o): ORDERING_NEEDS_SEQUENCE", "(t): needs 1–6 options", "(u): duplicate options", "(v): duplicate options", "(w): an accepted answer is longer than a player can type", "(a): ignoreAccents is for typeAnswer only", "(s1): OPTIONS_NOT_USED", "(s1): CORRECT_NOT_USED", "(s1): SLIDER_MISSING", "(s2): SLIDER_STEP", "(s3): SLIDER_ANSWER", "(s3): SLIDER_TOLERANCE", "(s4): ignoreAccents is for typeAnswer only", "(d1): OPTIONS_NOT_USED", "(d1): slide text (explanation) missing", "(d1): pointsMode is not for a slide", "(d2): SLIDER_NOT_USED"]) {
      expect(problems).toContain(expected);
    }
    // A slider or a slide has no options: it is never asked for a count of them.
    expect(problems).not.toMatch(/\((s\d|d\d)\): needs/);
  });
});
