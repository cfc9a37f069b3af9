import type { PlayerState } from "./types";

/** A team's place: its score is the average of its members' scores, so a bigger team has no advantage. */
export interface TeamStanding {
  /** 0-based team number (names and colours are the clients': "Equipe Azul" / "Blue team"). */
  readonly team: number;
  /** 1-based; teams with the same score share a place. */
  readonly rank: number;
  /** Members' average score, rounded to a whole point. */
  readonly score: number;
  /** Members counted (not kicked; connected or not: a phone that dropped still belongs to its team). */
  readonly members: number;
}

/**
 * Team standings as of the players' current scores: teams with at least one member, best average
 * first (ties share a place, listed by team number). A team nobody joined has no score to rank.
 */
export function rankTeams(players: Iterable<PlayerState>, teamCount: number): TeamStanding[] {
  const sums = Array.from({ length: teamCount }, () => ({ total: 0, members: 0 }));
  for (const p of players) {
    if (p.kicked || p.team === null) continue;
    const t = sums[p.team];
    if (!t) continue;
    t.total += p.score;
    t.members++;
  }
  const scored = sums.flatMap((t, team) => (t.members > 0 ? [{ team, score: Math.round(t.total / t.members), members: t.members }] : []));
  scored.sort((a, b) => b.score - a.score || a.team - b.team);
  return scored.map((t) => ({ ...t, rank: 1 + scored.filter((o) => o.score > t.score).length }));
}

/**
 * The team a student joining with server-assigned teams goes to: one of the smallest (members now plus
 * joins being stored in the same batch), at random among them, so teams stay balanced and nobody can
 * tell in advance which team the next phone gets.
 */
export function smallestTeam(sizes: readonly number[], random: () => number): number {
  const least = Math.min(...sizes);
  const candidates = sizes.flatMap((n, team) => (n === least ? [team] : []));
  return candidates[Math.min(candidates.length - 1, Math.floor(random() * candidates.length))] ?? 0;
}
