import type { MessageKey } from "./messages";

/**
 * Each team's colour, in team order; its name says the colour too ("Equipe Azul"), so no one needs to
 * tell colours apart. Dark enough for white text on the projector (contrast ≥ 4.5 with white).
 */
export const TEAM_COLOURS = ["#c62828", "#1565c0", "#8d6e00", "#2e7d32", "#6a1b9a", "#c43e00", "#ad1457", "#00695c"] as const;

export function teamColour(team: number): string {
  return TEAM_COLOURS[team % TEAM_COLOURS.length] ?? TEAM_COLOURS[0];
}

/** The message key of a team's name ("team.name.2"). */
export function teamNameKey(team: number): MessageKey {
  const keys = ["team.name.0", "team.name.1", "team.name.2", "team.name.3", "team.name.4", "team.name.5", "team.name.6", "team.name.7"] as const;
  return keys[team % keys.length] ?? keys[0];
}
