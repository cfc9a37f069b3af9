import { EN_ADJECTIVES, EN_NOUNS, PT_ADJECTIVES, PT_NOUNS } from "./nickname-words";

/** The languages the generator speaks (the web app's languages). */
export type NicknameLanguage = "pt-BR" | "en";

/** Math.random's shape: a number in [0, 1). Injected so tests draw known names. */
export type RandomSource = () => number;

function pick<T>(list: readonly T[], random: RandomSource): T {
  // Clamped: a random source returning exactly 1 (or NaN) must not fall off the end of the list.
  const drawn = Math.floor(random() * list.length);
  const index = Number.isFinite(drawn) ? Math.min(list.length - 1, Math.max(0, drawn)) : 0;
  const item = list[index];
  if (item === undefined) throw new RangeError("Empty word list");
  return item;
}

/**
 * Draws a nickname: "noun adjective" in Portuguese, with the adjective agreeing with the noun's
 * gender ("Tatu Curioso", "Coruja Curiosa"), "adjective noun" in English ("Swift Capybara").
 */
export function drawNickname(language: NicknameLanguage, random: RandomSource = Math.random): string {
  if (language === "en") return `${pick(EN_ADJECTIVES, random)} ${pick(EN_NOUNS, random)}`;
  const noun = pick(PT_NOUNS, random);
  const adjective = pick(PT_ADJECTIVES, random);
  return `${noun.word} ${adjective[noun.gender]}`;
}

/** Every nickname the generator can produce, in both languages. */
export function allGeneratedNicknames(): string[] {
  const pt = PT_NOUNS.flatMap((noun) => PT_ADJECTIVES.map((adjective) => `${noun.word} ${adjective[noun.gender]}`));
  const en = EN_ADJECTIVES.flatMap((adjective) => EN_NOUNS.map((noun) => `${adjective} ${noun}`));
  return [...pt, ...en];
}

/** The comparison form: case-insensitive, full-width look-alikes folded (as normalizeNickname's key). */
function generatedKey(nickname: string): string {
  return nickname.normalize("NFKC").trim().replace(/\s+/gu, " ").toLocaleLowerCase("pt-BR");
}

// Built on first use (about 5,000 names): the phone that only draws names never pays for it.
let canonical: Map<string, string> | null = null;

/**
 * The generator's own spelling of a nickname if it is one it can produce ("capivara VELOZ" →
 * "Capivara Veloz"), in either language; null otherwise (including a wrong agreement: "Coruja Curioso").
 * The server enforces "generated nicknames only" with it.
 */
export function generatedNickname(nickname: string): string | null {
  canonical ??= new Map(allGeneratedNicknames().map((name) => [generatedKey(name), name]));
  return canonical.get(generatedKey(nickname)) ?? null;
}

export function isGeneratedNickname(nickname: string): boolean {
  return generatedNickname(nickname) !== null;
}
