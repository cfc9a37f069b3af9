/**
 * Team names, one list for every place a team is named: the report page, the exports and (the same
 * list) the projector and phones. Teams are numbered from 0 in the game; the clients show each with
 * a colour, so the name is the colour's. Plain data with no imports, so the web can use it too.
 */
export type TeamNameLocale = "pt-BR" | "en";

/** The colours in team order (team 0 is red…), enough for TEAM_LIMITS.max (8): the names, not the shades (those are the screens'). */
export const TEAM_NAMES = [
  { key: "red", "pt-BR": "Vermelha", en: "Red" },
  { key: "blue", "pt-BR": "Azul", en: "Blue" },
  { key: "yellow", "pt-BR": "Amarela", en: "Yellow" },
  { key: "green", "pt-BR": "Verde", en: "Green" },
  { key: "purple", "pt-BR": "Roxa", en: "Purple" },
  { key: "orange", "pt-BR": "Laranja", en: "Orange" },
  { key: "pink", "pt-BR": "Rosa", en: "Pink" },
  { key: "teal", "pt-BR": "Turquesa", en: "Teal" },
] as const;

/** "Equipe Vermelha" / "Red team"; a team beyond the palette (never made by the game) falls back to its number. */
export function teamName(team: number, locale: TeamNameLocale): string {
  const colour = TEAM_NAMES[team];
  if (locale === "pt-BR") return `Equipe ${colour ? colour["pt-BR"] : String(team + 1)}`;
  return colour ? `${colour.en} team` : `Team ${team + 1}`;
}
