import { generatedNickname } from "./nickname-generator";
import { isOffensiveNickname } from "./nickname-filter";
import { err, ok, type Result } from "./result";

import type { NicknameSource } from "./types";

export const NICKNAME_MAX = 20;

// The generator and the filter are part of the engine's surface (the phone draws names; the server checks).
export { drawNickname, generatedNickname, isGeneratedNickname, type NicknameLanguage, type RandomSource } from "./nickname-generator";
export { isOffensiveNickname } from "./nickname-filter";

/** How a game checks nicknames (from its settings). */
export interface NicknameRules {
  readonly source: NicknameSource;
  /** Typed nicknames go through the profanity filter. */
  readonly filter: boolean;
}

export const DEFAULT_NICKNAME_RULES: NicknameRules = { source: "typed", filter: true };

/**
 * A join's nickname under the game's rules: normalised (normalizeNickname), then, for typed nicknames,
 * the profanity filter; with "generated", only a nickname the generator can produce.
 */
export function checkNickname(raw: string, rules: NicknameRules = DEFAULT_NICKNAME_RULES): Result<{ nickname: string; key: string }> {
  const name = normalizeNickname(raw);
  if (!name.ok) return name;
  if (rules.source === "generated") {
    // The generator's own spelling, so "capivara veloz" from a hand-made client shows as the phone's would.
    const drawn = generatedNickname(name.value.nickname);
    if (drawn === null) return err("NICKNAME_NOT_GENERATED", "Only generated nicknames are allowed in this game");
    return normalizeNickname(drawn);
  }
  // The message names no word: repeating it would put it on the phone the filter kept it off.
  if (rules.filter && isOffensiveNickname(name.value.nickname)) return err("NICKNAME_OFFENSIVE", "That nickname contains a word that is not allowed");
  return name;
}
/** Stacked combining marks can make 20 "characters" thousands of code units tall on the projector. */
const NICKNAME_MAX_CODE_UNITS = 80;

// Control characters, zero-width/joiner marks, bidi overrides and other invisible format characters:
// they let two nicknames look identical or flip text on the projector.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
// The one legitimate invisible character: a zero-width joiner inside an emoji sequence (👩‍💻).
const EMOJI_JOINER = /(\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})/gu;

/**
 * Normalises and checks a nickname. Returns the display form (NFC, trimmed, inner spaces collapsed)
 * and the key used for uniqueness (case-insensitive). Length counts user-perceived characters,
 * so an emoji counts as one.
 */
export function normalizeNickname(raw: string): Result<{ nickname: string; key: string }> {
  const normalized = raw.normalize("NFC");
  if (INVISIBLE.test(normalized.replace(EMOJI_JOINER, "$1"))) return err("NICKNAME_INVALID", "Nickname contains invisible or control characters");
  const nickname = normalized.trim().replace(/\s+/gu, " ");
  const length = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(nickname)].length;
  if (length < 1) return err("NICKNAME_INVALID", "Nickname is empty");
  if (length > NICKNAME_MAX || nickname.length > NICKNAME_MAX_CODE_UNITS) return err("NICKNAME_INVALID", `Nickname is longer than ${NICKNAME_MAX} characters`);
  // NFKC folds look-alikes (full-width "ＡＮＡ" is "ANA") so two students can't share a name on screen.
  return ok({ nickname, key: nickname.normalize("NFKC").toLocaleLowerCase("pt-BR") });
}
