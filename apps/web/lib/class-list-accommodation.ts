import type { Accommodation, ExtraTime } from "@lousa/game";

/** "Sem penalidade" → "sem penalidade", "×1,5" → "x1.5": what the patterns below compare. */
function plain(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/×/g, "x").replace(/(\d),(\d)/g, "$1.$2").replace(/\s+/g, " ").trim();
}

const TIMES: readonly (readonly [RegExp, ExtraTime])[] = [
  [/\b(sem limite|ilimitado|livre|unlimited|no limit)\b/, "unlimited"],
  [/(^|[^\d.])(x ?1\.5|1\.5 ?x?)(?![\d.])/, "x1.5"],
  [/(^|[^\d.])(x ?2|2 ?x|dobro|double)(?![\d.])/, "x2"],
];
const NO_SPEED_PENALTY = /\b(sem penalidade|sem velocidade|pontos cheios|no speed penalty|no penalty|full points)\b/;

/**
 * The optional third column of a class list: the student's accommodation, as a teacher would write it
 * ("x1,5", "2x", "sem limite", "sem penalidade", "x2 + sem penalidade"; English too). Text it doesn't
 * recognise (a spreadsheet's other column) grants nothing rather than refusing the list.
 */
export function parseAccommodation(text: string): Accommodation | null {
  const t = plain(text);
  if (t === "") return null;
  const time = TIMES.find(([pattern]) => pattern.test(t))?.[1] ?? null;
  const noSpeedPenalty = NO_SPEED_PENALTY.test(t);
  return time === null && !noSpeedPenalty ? null : { time, noSpeedPenalty };
}
