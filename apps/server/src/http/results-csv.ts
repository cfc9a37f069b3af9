import type { GameRecord } from "@lousa/db";
import { rankPlayers, type PlayerState } from "@lousa/game";
import { neutralize } from "../exports/neutralize";

/** One CSV cell: neutralised against formula injection, quoted when needed. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const safe = neutralize(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(cells: readonly (string | number | boolean | null)[]): string {
  return cells.map(csvCell).join(",");
}

/**
 * Results of one game for grading: one row per player, ranked, with the player's choice, correctness,
 * points and response time for each question. UTF-8 with a BOM so Excel shows accents.
 * Choices are 1-based letters (A, B, …) as on the projector.
 */
export function resultsCsv(record: GameRecord): string {
  const { game, players, answers } = record;
  const byPlayer = new Map<string, Map<number, (typeof answers)[number]>>();
  for (const a of answers) {
    let m = byPlayer.get(a.playerId);
    if (!m) byPlayer.set(a.playerId, (m = new Map()));
    m.set(a.questionIndex, a);
  }
  // Rank with the same rule as the live leaderboard, from the stored standings.
  const states: PlayerState[] = players
    .filter((p) => !p.kicked)
    .map((p, i) => ({ ...p, connected: false, rank: null, joinedSeq: i, answers: new Map() }));
  const ranked = rankPlayers(states);

  const header = ["rank", "nickname", "score", "correct", "questions"];
  game.questions.forEach((_, i) => {
    const n = i + 1;
    header.push(`q${n}_choice`, `q${n}_correct`, `q${n}_points`, `q${n}_response_ms`);
  });
  const lines = [row(header)];
  for (const p of ranked) {
    const cells: (string | number | boolean | null)[] = [p.rank, p.nickname, p.score, p.correctCount, game.questions.length];
    game.questions.forEach((_, i) => {
      const a = byPlayer.get(p.id)?.get(i);
      if (!a) cells.push("", "", 0, "");
      else cells.push(a.choices.map((c) => String.fromCharCode(65 + c)).join("+"), a.correct ? "yes" : "no", a.points + a.streakBonus, a.responseMs);
    });
    lines.push(row(cells));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
