import { Router } from "express";
import type { GameRecord, GameRepository } from "@lousa/db";
import { kindOf, type AnswerRecord, type PlayedQuestion } from "@lousa/game";
import { playerReviewRequestSchema, type PlayerReview, type ReviewQuestion } from "@lousa/protocol";
import { buildReport, type GameReport } from "@lousa/reports";
import { toReportInput } from "../reports/report-input";
import { hashSecret } from "../secrets";
import { sendError } from "./host-auth";

/** A game the teacher has ended (the podium is its last phase). */
const isOver = (record: GameRecord): boolean => record.game.phase === "podium";

/**
 * One question looked back on: the right answer (none for a poll), the explanation, and what the student
 * sent. Live games' reviews and homework's share it.
 */
export function reviewQuestion(index: number, q: PlayedQuestion, a: AnswerRecord | undefined): ReviewQuestion {
  const scored = kindOf(q.type).scored;
  return {
    index,
    type: q.type,
    prompt: q.prompt,
    options: q.options,
    correct: scored ? q.correct : [],
    explanation: q.explanation,
    slider: q.slider ?? null,
    image: q.image ?? null,
    answer: a ? { choices: a.choices, text: a.text, value: a.value } : null,
    graded: scored,
    right: a?.correct ?? false,
    points: a ? a.points + a.streakBonus : 0,
  };
}

/** What one student sees looking back: every question answered in the game, theirs beside the right one. */
export function playerReview(record: GameRecord, report: GameReport, playerId: string): PlayerReview | null {
  const me = report.players.find((p) => p.playerId === playerId);
  if (!me) return null;
  const mine = new Map(record.answers.filter((a) => a.playerId === playerId).map((a) => [a.questionIndex, a]));
  const questions: ReviewQuestion[] = report.questions.flatMap((row) => {
    const q = record.game.questions[row.index];
    return q ? [reviewQuestion(row.index, q, mine.get(row.index))] : [];
  });
  return { bankTitle: record.game.bankTitle, nickname: me.nickname, score: me.score, rank: me.rank, playerCount: report.players.length, correctCount: me.correct, gradedCount: report.summary.gradedQuestions, questions };
}

/** A finished game read once and shared by every review of it: the whole class taps "Rever" at the podium. */
const CACHE_GAMES = 16;
const CACHE_MS = 10 * 60_000;

/**
 * Finished games, loaded and reported once for a while: 10,000 phones asking at the podium cost one
 * load and one report, not 10,000 (a game at the podium no longer changes its questions or answers).
 * A game still running is not kept: it is asked again next time.
 */
function finishedGames(games: GameRepository): (gameId: string) => Promise<{ record: GameRecord; report: GameReport } | "missing" | "running"> {
  const cache = new Map<string, { at: number; value: Promise<{ record: GameRecord; report: GameReport } | "missing" | "running"> }>();
  return (gameId) => {
    const now = Date.now();
    const hit = cache.get(gameId);
    if (hit && now - hit.at < CACHE_MS) return hit.value;
    const value = games.load(gameId).then((record) => {
      if (!record) return "missing" as const;
      if (!isOver(record)) return "running" as const;
      return { record, report: buildReport(toReportInput(record)) };
    });
    cache.set(gameId, { at: now, value });
    // Only finished games stay; a failed or unfinished read is forgotten once it settles.
    void value.then(
      (v) => {
        if (typeof v === "string") cache.delete(gameId);
      },
      () => cache.delete(gameId),
    );
    while (cache.size > CACHE_GAMES) cache.delete(cache.keys().next().value ?? "");
    return value;
  };
}

/**
 * POST /api/play/review { rejoinToken }: the token the phone keeps is the student's only key (a body,
 * not a URL, so it stays out of logs). 404 for a token that is no one's; 409 GAME_NOT_OVER until the
 * teacher ends the game — the review holds every right answer.
 */
export function playReviewRouter(games: GameRepository): Router {
  const r = Router();
  const finished = finishedGames(games);
  r.post("/play/review", async (req, res) => {
    const body = playerReviewRequestSchema.safeParse(req.body);
    if (!body.success) return sendError(res, 400, "INVALID_PAYLOAD", "Send { rejoinToken }");
    const player = await games.findPlayerByToken(hashSecret(body.data.rejoinToken));
    if (!player) return sendError(res, 404, "REJOIN_INVALID", "No player with that token");
    if (player.kicked) return sendError(res, 403, "PLAYER_KICKED", "You were removed from this game");
    const game = await finished(player.gameId);
    if (game === "missing") return sendError(res, 404, "REJOIN_INVALID", "No player with that token");
    if (game === "running") return sendError(res, 409, "GAME_NOT_OVER", "The review opens once the teacher ends the game");
    const review = playerReview(game.record, game.report, player.id);
    if (!review) return sendError(res, 404, "REJOIN_INVALID", "No player with that token");
    res.set("Cache-Control", "no-store").json(review);
  });
  return r;
}
