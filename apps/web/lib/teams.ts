/**
 * Each team's colour, in team order; its name (teamName in @lousa/reports, the one list of names the
 * exports use too) says the colour, so no one needs to
 * tell colours apart. Dark enough for white text on the projector (contrast ≥ 4.5 with white).
 */
export const TEAM_COLOURS = ["#c62828", "#1565c0", "#8d6e00", "#2e7d32", "#6a1b9a", "#c43e00", "#ad1457", "#00695c"] as const;

export function teamColour(team: number): string {
  return TEAM_COLOURS[team % TEAM_COLOURS.length] ?? TEAM_COLOURS[0];
}
