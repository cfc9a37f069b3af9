import type { Bank, BankQuestion } from "./types";

/**
 * How far a bank can be answered without reading it: the habits a class finds out in one game ("pick the
 * longest", "it's always C", "mark A, C and D"). The built-in banks test these figures (banks.test.ts) so
 * a later edit can't bring the tells back; each figure lists the questions behind it, so a failure says
 * which questions to rewrite.
 */
export interface Guessability {
  /** Single-choice questions (true/false apart: its two options are fixed words, not written to a length). */
  readonly single: number;
  /** Single-choice questions whose correct option is strictly longer than every other option. */
  readonly longestCorrect: readonly string[];
  /** …and strictly shorter: the opposite tell, which an author fixing the first one easily creates. */
  readonly shortestCorrect: readonly string[];
  /** Single-choice keys by position (0 = A), with the questions at each. */
  readonly singleKeys: ReadonlyMap<number, readonly string[]>;
  /** True/false keys: 0 = Verdadeiro, 1 = Falso. */
  readonly trueFalseKeys: ReadonlyMap<number, readonly string[]>;
  /** Multiple-select questions by how many options are correct. */
  readonly multipleCounts: ReadonlyMap<number, readonly string[]>;
  /** Multiple-select questions by key pattern ("A, C, D"). */
  readonly multiplePatterns: ReadonlyMap<string, readonly string[]>;
  /** Per position (0 = A): the multiple-select questions that have it, and those where it is correct. */
  readonly multiplePositions: ReadonlyMap<number, { readonly offered: readonly string[]; readonly correct: readonly string[] }>;
}

export const letter = (i: number): string => String.fromCharCode(65 + i);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Length as a reader sees it: in characters, not UTF-16 units (accents are one character either way). */
const seen = (o: string): number => [...o].length;

function strictly(q: BankQuestion, index: number, than: (own: number, other: number) => boolean): boolean {
  const own = seen(q.options[index] ?? "");
  return q.options.every((o, i) => i === index || than(own, seen(o)));
}

export function guessability(banks: readonly Bank[]): Guessability {
  const questions = banks.flatMap((b) => b.questions);
  const longestCorrect: string[] = [];
  const shortestCorrect: string[] = [];
  const singleKeys = new Map<number, string[]>();
  const trueFalseKeys = new Map<number, string[]>();
  const multipleCounts = new Map<number, string[]>();
  const multiplePatterns = new Map<string, string[]>();
  const multiplePositions = new Map<number, { offered: string[]; correct: string[] }>();
  let single = 0;
  for (const q of questions) {
    if (q.type === "single") {
      single += 1;
      const key = q.correct[0] ?? -1;
      push(singleKeys, key, q.id);
      if (strictly(q, key, (own, other) => own > other)) longestCorrect.push(q.id);
      if (strictly(q, key, (own, other) => own < other)) shortestCorrect.push(q.id);
    } else if (q.type === "truefalse") {
      push(trueFalseKeys, q.correct[0] ?? -1, q.id);
    } else if (q.type === "multiple") {
      push(multipleCounts, q.correct.length, q.id);
      push(multiplePatterns, [...q.correct].sort((a, b) => a - b).map(letter).join(", "), q.id);
      q.options.forEach((_, i) => {
        const at = multiplePositions.get(i) ?? { offered: [], correct: [] };
        at.offered.push(q.id);
        if (q.correct.includes(i)) at.correct.push(q.id);
        multiplePositions.set(i, at);
      });
    }
  }
  return { single, longestCorrect, shortestCorrect, singleKeys, trueFalseKeys, multipleCounts, multiplePatterns, multiplePositions };
}

/** One line per figure, for a failure message or a review. */
export function describe(g: Guessability): string {
  const byKey = <K>(m: ReadonlyMap<K, readonly string[]>, name: (k: K) => string): string =>
    [...m.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, ids]) => `${name(k)} ${ids.length} (${ids.join(" ")})`)
      .join("; ");
  return [
    `correct option strictly longest: ${g.longestCorrect.length} of ${g.single} single-choice (${g.longestCorrect.join(" ")})`,
    `correct option strictly shortest: ${g.shortestCorrect.length} of ${g.single} single-choice (${g.shortestCorrect.join(" ")})`,
    `single-choice keys: ${byKey(g.singleKeys, letter)}`,
    `true/false keys: ${byKey(g.trueFalseKeys, (k) => (k === 0 ? "Verdadeiro" : "Falso"))}`,
    `multiple-select, correct options: ${byKey(g.multipleCounts, (k) => `${k} correct`)}`,
    `multiple-select, key patterns: ${byKey(g.multiplePatterns, (k) => `[${k}]`)}`,
    `multiple-select, correct at: ${[...g.multiplePositions.entries()].map(([i, p]) => `${letter(i)} ${p.correct.length}/${p.offered.length}`).join(", ")}`,
  ].join("\n");
}
