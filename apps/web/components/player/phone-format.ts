import type { PlayerPrivateView } from "@lousa/game";
import type { Locale, MessageKey } from "../../lib/messages";

/** A message key with its placeholders, for `t(key, vars)`. */
export interface Phrase {
  readonly key: MessageKey;
  readonly vars: Record<string, string | number>;
}

/** A number as the language writes it: 9.181 in pt-BR, 9,181 in English. */
export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

/**
 * A count for a `{n}` placeholder: written for the language, except 1 stays the number 1, which is what
 * picks a key's ".one" form in messageFor ("1 ponto", not "1 pontos").
 */
export function countVar(locale: Locale, n: number): string | number {
  return n === 1 ? 1 : formatNumber(locale, n);
}

/**
 * A place for "Você está em {rank}º de {n}": the number as the language writes it (1.234 in pt-BR,
 * 1,234 in English); the message adds the º or the #.
 */
export function rankVar(locale: Locale, rank: number): string {
  return formatNumber(locale, rank);
}

const EN_SUFFIX: Record<Intl.LDMLPluralRule, string> = { one: "st", two: "nd", few: "rd", other: "th", zero: "th", many: "th" };
const enOrdinal = new Intl.PluralRules("en", { type: "ordinal" });

/** A place as the language writes it: "2º" in pt-BR, "2nd" (and "11th", "23rd") in English. */
export function ordinal(locale: Locale, n: number): string {
  return locale === "en" ? `${formatNumber(locale, n)}${EN_SUFFIX[enOrdinal.select(n)]}` : `${formatNumber(locale, n)}º`;
}

/**
 * What keeps a student going after a reveal: first place says so; anyone else hears how far the player
 * just above is ("Faltam 120 pontos para o 2º lugar"), or that they are tied with them. Nothing before
 * the first ranking.
 */
export function motivator(locale: Locale, you: Pick<PlayerPrivateView, "rank" | "pointsBehind">): Phrase | null {
  if (you.rank === null) return null;
  if (you.rank === 1) return { key: "phone.first", vars: {} };
  if (you.pointsBehind === null) return null;
  const place = ordinal(locale, you.rank - 1);
  if (you.pointsBehind === 0) return { key: "phone.tied", vars: { place } };
  return { key: you.pointsBehind === 1 ? "phone.behind.one" : "phone.behind", vars: { n: formatNumber(locale, you.pointsBehind), place } };
}

/** This round's points, the streak bonus included (what the projector's leaderboard adds). */
export function roundPoints(result: PlayerPrivateView["lastResult"]): number {
  return result ? result.points + result.streakBonus : 0;
}

/**
 * "12 de 30 já responderam". This phone has answered, so it counts at least itself even before the
 * next (once a second) count arrives; never more than the players.
 */
export function answeredPhrase(locale: Locale, count: { readonly answeredCount: number; readonly playerCount: number }, mineIsIn: boolean): Phrase {
  const total = Math.max(count.playerCount, 1);
  const n = Math.min(total, Math.max(count.answeredCount, mineIsIn ? 1 : 0));
  return { key: "phone.answered", vars: { n: countVar(locale, n), total: formatNumber(locale, total) } };
}

/** Places 1–3 get a celebration at the end; the rest of the class gets its result without one. */
export function celebrates(rank: number | null): rank is 1 | 2 | 3 {
  return rank !== null && rank >= 1 && rank <= 3;
}
