import { questionIssues } from "@lousa/protocol";
import { exportAiken } from "../aiken/export-aiken";
import { importAiken } from "../aiken/import-aiken";
import { DEFAULTS_PT, type BankDraft, type QuestionDraft } from "../types";
import { exportGift } from "./export-gift";
import { importGift } from "./import-gift";

// Texts built from the pieces that mean something in GIFT, Aiken or HTML, with a fixed seed: the same
// cases on every run, many more than anyone would write by hand.
let seed = 20240501;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(list: readonly T[]): T => {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error("empty list");
  return item;
};
const PIECES = ["{", "}", "=", "~", "#", "%50%", "-", "->", ":", "::", "[html]", "[plain]", "T", "F", " ", "\n", "a", "b", "\\", "\\n", "####", "//", "<b>", "&amp;", "ção", "A) ", "ANSWER: ", "$CATEGORY: ", "_____", "\t", "x", "1"];
const textOf = (pieces: number): string => Array.from({ length: 1 + Math.floor(random() * pieces) }, () => pick(PIECES)).join("");

function randomQuestion(): QuestionDraft {
  const type = pick(["single", "multiple", "truefalse"] as const);
  const options = type === "truefalse" ? ["Verdadeiro", "Falso"] : Array.from({ length: 2 + Math.floor(random() * 5) }, (_, i) => `${textOf(6).trim()}${i}`);
  const correct = type === "multiple" ? options.flatMap((_, i) => (random() < 0.5 ? [i] : [])) : [Math.floor(random() * options.length)];
  return { type, prompt: `${textOf(12).trim()}?`, options, correct: correct.length > 0 ? correct : [0], explanation: random() < 0.5 ? "" : textOf(8).trim(), timeLimitSec: 20, pointsMode: "standard" };
}

/** gift-pegjs turns runs of spaces into one and Lousa trims each line: differences no screen shows. */
const spaces = (t: string): string =>
  t
    .replace(/[ \t]{2,}/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .trim();
const visible = (q: QuestionDraft): QuestionDraft => ({ ...q, prompt: spaces(q.prompt), options: q.options.map(spaces), explanation: spaces(q.explanation) });
const bankOf = (q: QuestionDraft): BankDraft => ({ title: "T", description: "", language: "pt-BR", questions: [q] });

describe("round trip of random texts full of special characters", () => {
  const questions = Array.from({ length: 1500 }, randomQuestion).filter((q) => questionIssues(q).length === 0);

  it("GIFT gives every question back", () => {
    expect(questions.length).toBeGreaterThan(1000);
    for (const q of questions) {
      const r = importGift(exportGift(bankOf(q)).body, DEFAULTS_PT);
      expect({ problems: r.problems, question: r.questions[0]?.question }).toEqual({ problems: [], question: visible(q) });
    }
  });

  it("Aiken gives back every question it can carry (one line each, one right answer)", () => {
    const carried = questions.filter((q) => q.type !== "multiple" && ![q.prompt, ...q.options].some((t) => t.includes("\n")));
    for (const q of carried) {
      const r = importAiken(exportAiken(bankOf(q)).body, DEFAULTS_PT);
      const back = r.questions[0]?.question;
      expect([back?.type, back?.prompt, back?.options, back?.correct]).toEqual([q.type, q.prompt.trim(), q.options.map((o) => o.trim()), q.correct]);
    }
  });
});

describe("importers on random text", () => {
  it("never throw, and place every question, note and problem on a line of the file", () => {
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 4) }, () => textOf(10)).join(pick(["\n\n", "\n", " "]));
      const lines = text.split("\n").length;
      for (const r of [importGift(new TextEncoder().encode(text), DEFAULTS_PT), importAiken(new TextEncoder().encode(text), DEFAULTS_PT)]) {
        const places = [...r.problems, ...r.questions.flatMap((q) => [q, ...q.notes])].map((p) => ("line" in p.at ? p.at.line : 0));
        expect(places.filter((line) => line < 1 || line > lines)).toEqual([]);
      }
    }
  });
});
