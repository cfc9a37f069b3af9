import { rankTeams, type PlayerState } from "@lousa/game";
import { mean, round } from "./stats";
import type { GradingOptions, PlayerReportRow, TeamReportRow } from "./types";

/**
 * The teams' table: places by rankTeams, the rule the live leaderboard and podium use (members' average
 * score, kicked players out, ties share a place), so the report agrees with what the projector showed.
 * Correctness and grade are the members' averages too, for the same reason: a bigger team has no advantage.
 * `states` are the players still in the game, with their final scores.
 */
export function teamRows(states: readonly PlayerState[], rows: readonly PlayerReportRow[], teamCount: number, grading: GradingOptions): TeamReportRow[] {
  const rowById = new Map(rows.map((r) => [r.playerId, r]));
  return rankTeams(states, teamCount).map((standing) => {
    const members = states.filter((s) => s.team === standing.team && !s.kicked).flatMap((s) => rowById.get(s.id) ?? []);
    return {
      ...standing,
      percentCorrect: round(mean(members.map((m) => m.percentCorrect)) ?? 0, 4),
      averageGrade: round(mean(members.map((m) => m.grade)) ?? 0, grading.decimals),
    };
  });
}
