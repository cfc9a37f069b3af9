import type { GameRecord } from "@lousa/db";
import { identifierColumnLabel } from "@lousa/game";
import type { ReportInput } from "@lousa/reports";

/**
 * Questions whose results are final: at the podium, every question up to the last one played;
 * during a game, the open question is not counted yet.
 */
export function questionsPlayed(record: GameRecord): number {
  const { phase, questionIndex } = record.game;
  const byPhase = phase === "question" ? questionIndex : questionIndex + 1;
  const byAnswers = record.answers.reduce((max, a) => Math.max(max, a.questionIndex + (phase === "question" && a.questionIndex === questionIndex ? 0 : 1)), 0);
  return Math.max(0, byPhase, byAnswers);
}

/** The stored game, shaped for @lousa/reports (which knows nothing of the database). */
export function toReportInput(record: GameRecord): ReportInput {
  const { game } = record;
  return {
    game: {
      id: game.id,
      pin: game.pin,
      bankTitle: game.bankTitle,
      createdAt: game.createdAt,
      startedAt: game.startedAt,
      endedAt: game.endedAt,
      questionsPlayed: questionsPlayed(record),
      identifierLabel: identifierColumnLabel(game.identity),
    },
    questions: game.questions,
    players: record.players.map((p) => ({
      id: p.id,
      nickname: p.nickname,
      realName: p.realName,
      identifier: p.identifier,
      score: p.score,
      correctCount: p.correctCount,
      totalResponseMs: p.totalResponseMs,
      kicked: p.kicked,
      team: p.team,
    })),
    answers: record.answers,
    // The settings, not the players, say whether there were teams: a team game nobody joined still has them.
    teams: game.settings.teams ? { count: game.settings.teams.count } : null,
  };
}
