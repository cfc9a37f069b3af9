import type { LeaderboardEntry, PlayerState } from "./types";

/**
 * Orders players for the leaderboard: score (desc), then total response time (asc: the faster class
 * member wins a tie), then join order so the order is stable. Called once per reveal, never per answer.
 */
export function rankPlayers(players: Iterable<PlayerState>): PlayerState[] {
  const active = [...players].filter((p) => !p.kicked);
  active.sort((a, b) => b.score - a.score || a.totalResponseMs - b.totalResponseMs || a.joinedSeq - b.joinedSeq);
  active.forEach((p, i) => {
    p.rank = i + 1;
  });
  return active;
}

export function toLeaderboardEntry(p: PlayerState): LeaderboardEntry {
  return { rank: p.rank ?? 0, playerId: p.id, nickname: p.nickname, score: p.score, correctCount: p.correctCount };
}
