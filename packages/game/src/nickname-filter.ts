import {
  collapseDuplicatesTransformer,
  DataSet,
  englishDataset,
  englishRecommendedTransformers,
  parseRawPattern,
  RegExpMatcher,
  resolveConfusablesTransformer,
  resolveLeetSpeakTransformer,
  toAsciiLowerCaseTransformer,
} from "obscenity";

import { PT_BR_INNOCENT_TERMS, PT_BR_OFFENSIVE_PATTERNS } from "./nickname-offensive-pt";

/**
 * The profanity filter for typed nicknames: obscenity's English dataset and its recommended
 * transformers (confusable Unicode, leetspeak, repeated letters), plus a Brazilian Portuguese list
 * (nickname-offensive-pt.ts). Around the library: accents are folded first ("cúzão" is "cuzao") and
 * letters spread out with spaces or dots ("p o r r a", "f.u.c.k") are read together.
 */

/** Both matchers, built on first use: a page that imports the engine but never filters pays nothing. */
let matchers: readonly RegExpMatcher[] | null = null;

function build(): readonly RegExpMatcher[] {
  const innocent = [...PT_BR_INNOCENT_TERMS, ...PT_BR_INNOCENT_TERMS.map((term) => term.replace(/[\s-]/gu, ""))];
  const english = englishDataset.build();
  const englishMatcher = new RegExpMatcher({
    ...english,
    whitelistedTerms: [...(english.whitelistedTerms ?? []), ...innocent],
    ...englishRecommendedTransformers,
  });
  const portuguese = new DataSet<{ readonly pattern: string }>();
  for (const raw of PT_BR_OFFENSIVE_PATTERNS) portuguese.addPhrase((phrase) => phrase.setMetadata({ pattern: raw }).addPattern(parseRawPattern(raw)));
  const portugueseMatcher = new RegExpMatcher({
    ...portuguese.build(),
    whitelistedTerms: innocent,
    blacklistMatcherTransformers: [
      resolveConfusablesTransformer(),
      resolveLeetSpeakTransformer(),
      toAsciiLowerCaseTransformer(),
      // Portuguese doubles only r and s ("porra", "cassete"): any other run is one letter, those two.
      collapseDuplicatesTransformer({ defaultThreshold: 1, customThresholds: new Map([["r", 2], ["s", 2]]) }),
    ],
    whitelistMatcherTransformers: englishRecommendedTransformers.whitelistMatcherTransformers,
  });
  return [englishMatcher, portugueseMatcher];
}

/** "Cássio" → "Cassio", "ＰＯＲＲＡ" → "PORRA": NFKD splits accents off and folds width; the marks go. */
function foldAccents(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "");
}

// What students put between letters to hide a word. Not the leetspeak symbols (@ $ ! | ( /): those
// stand for letters and the library reads them.
const SEPARATORS = /[\s.,;:_\-*+~'"`^=#%&?·•]+/u;

/** A squashed text: the pieces between separators joined, each piece's start (→ its length) and end. */
interface Squashed {
  readonly joined: string;
  readonly starts: ReadonlyMap<number, number>;
  readonly ends: ReadonlySet<number>;
}

function squash(text: string): Squashed {
  const pieces = text.split(SEPARATORS).filter((piece) => piece !== "");
  const starts = new Map<number, number>();
  const ends = new Set<number>();
  let at = 0;
  for (const piece of pieces) {
    starts.set(at, piece.length);
    at += piece.length;
    ends.add(at - 1);
  }
  return { joined: pieces.join(""), starts, ends };
}

/**
 * Whether a match in the squashed text spells a hidden word rather than straddling ordinary ones.
 * It must begin where a piece begins, and either end where a piece ends ("p o r r a", "po rra") or
 * begin with a piece too short to be a word of its own ("bu cetinha"). "Ana Lúcia" only happens to
 * contain "anal" across two real words (the first three letters long, the match ending inside the
 * second) and passes.
 */
function spellsHiddenWord(squashed: Squashed, start: number, end: number): boolean {
  const firstPiece = squashed.starts.get(start);
  if (firstPiece === undefined) return false;
  return squashed.ends.has(end) || firstPiece < 3;
}

/** Whether a nickname contains a word students shouldn't use, in English or Brazilian Portuguese. */
export function isOffensiveNickname(nickname: string): boolean {
  matchers ??= build();
  const folded = foldAccents(nickname);
  const squashed = squash(folded);
  for (const matcher of matchers) {
    if (matcher.hasMatch(folded)) return true;
    if (matcher.getAllMatches(squashed.joined).some((m) => spellsHiddenWord(squashed, m.startIndex, m.endIndex))) return true;
  }
  return false;
}
