import { kindOf, rankPlayers, type AnswerRecord, type PlayedQuestion, type PlayerState } from "@lousa/game";
import { analyseQuestion, MIN_PLAYERS_FOR_FLAGS } from "./item-analysis";
import { mean, round } from "./stats";
import { teamRows } from "./team-report";
import { DEFAULT_GRADING, type GameReport, type GradingOptions, type PlayerReportRow, type ReportInput } from "./types";

/**
 * The report of one played game. Ranking uses the live rule (score, then total time); grades use
 * correctness only, so a slow but right student is not marked down for speed.
 */
const asks = (q: { type: PlayedQuestion["type"] }): boolean => kindOf(q.type).answerable;

export function buildReport(input: ReportInput, grading: GradingOptions = DEFAULT_GRADING): GameReport {
  const played = Math.min(input.game.questionsPlayed, input.questions.length);
  const byQuestion = new Map<number, Map<string, AnswerRecord>>();
  for (const a of input.answers) {
    if (a.questionIndex >= played) continue;
    let m = byQuestion.get(a.questionIndex);
    if (!m) byQuestion.set(a.questionIndex, (m = new Map()));
    m.set(a.playerId, a);
  }
  // Grades count the questions that have a right answer: a poll is asked, not graded.
  const graded = input.questions.slice(0, played).filter((q) => kindOf(q.type).scored).length;
  const active = input.players.filter((p) => !p.kicked);
  const states: PlayerState[] = active.map((p, i) => ({ ...p, team: p.team ?? null, accommodation: null, nicknameKey: p.nickname, streak: 0, connected: false, rank: null, joinedSeq: i, answers: new Map() }));
  const ranked = rankPlayers(states);
  const byId = new Map(active.map((p) => [p.id, p]));

  const players: PlayerReportRow[] = ranked.map((s) => {
    const p = byId.get(s.id)!;
    const mine = [...byQuestion.values()].map((m) => m.get(s.id)).filter((a): a is AnswerRecord => a !== undefined);
    const correct = mine.filter((a) => a.correct).length;
    const percentCorrect = graded === 0 ? 0 : correct / graded;
    const avg = mean(mine.map((a) => a.responseMs));
    return {
      rank: s.rank ?? 0,
      playerId: s.id,
      nickname: p.nickname,
      realName: p.realName,
      identifier: p.identifier,
      score: p.score,
      correct,
      answered: mine.length,
      percentCorrect,
      averageResponseMs: avg === null ? null : Math.round(avg),
      grade: round(percentCorrect * grading.scale, grading.decimals),
      team: p.team ?? null,
      accommodatedAnswers: mine.filter((a) => a.accommodated === true).length,
    };
  });

  // Item analysis groups players by what the grade measures: correct answers (score breaks ties).
  const bestFirst = [...players].sort((a, b) => b.correct - a.correct || b.score - a.score).map((p) => p.playerId);
  // A slide asks nothing: it is left out of the item analysis (rows keep the question's index in the game).
  const questions = input.questions
    .slice(0, played)
    .flatMap((q, i) => (kindOf(q.type).answerable ? [analyseQuestion(i, q, byQuestion.get(i) ?? new Map(), bestFirst)] : []));

  return {
    // What a teacher counts as questions: the ones students answer (a slide asks nothing).
    game: { ...input.game, questionCount: input.questions.filter(asks).length, questionsPlayed: input.questions.slice(0, played).filter(asks).length },
    grading,
    summary: {
      playerCount: players.length,
      averageScore: Math.round(mean(players.map((p) => p.score)) ?? 0),
      averagePercentCorrect: round(mean(players.map((p) => p.percentCorrect)) ?? 0, 4),
      averageGrade: round(mean(players.map((p) => p.grade)) ?? 0, grading.decimals),
      flaggedQuestions: questions.filter((q) => q.flags.length > 0).length,
      gradedQuestions: graded,
      tooFewToJudge: players.length < MIN_PLAYERS_FOR_FLAGS,
      minPlayersForFlags: MIN_PLAYERS_FOR_FLAGS,
    },
    players,
    questions,
    teams: input.teams ? teamRows(states, players, input.teams.count, grading) : null,
  };
}
