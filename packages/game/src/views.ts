import { ANSWER_GRACE_MS, type Game } from "./game";
import { kindOf } from "./kinds";
import { sliderScale } from "./kinds/slider";
import type { TeamStanding } from "./teams";
import type { LeaderboardEntry, PlayedQuestion, PlayerId, PointsMode, QuestionImage, QuestionType, SliderScale, SliderSpec } from "./types";

/**
 * What everyone in the room may see about the current phase. Built once per transition and
 * broadcast to the whole room (encoded once), so it must never contain anything player-specific,
 * and the question view must never contain the answer key.
 */
export type PhaseView =
  | { readonly kind: "lobby"; readonly playerCount: number; readonly locked: boolean }
  | ({ readonly kind: "question" } & QuestionView)
  | ({ readonly kind: "reveal" } & RevealView)
  | { readonly kind: "leaderboard"; readonly index: number; readonly total: number; readonly top: readonly LeaderboardEntry[]; readonly playerCount: number; readonly teams: readonly TeamStanding[] | null }
  | { readonly kind: "podium"; readonly top: readonly LeaderboardEntry[]; readonly playerCount: number; readonly teams: readonly TeamStanding[] | null };

export interface QuestionView {
  readonly index: number;
  readonly total: number;
  readonly type: QuestionType;
  readonly prompt: string;
  readonly options: readonly string[];
  readonly pointsMode: PointsMode;
  readonly timeLimitMs: number;
  /** A slider's scale (not its answer); null for the other kinds. */
  readonly scale: SliderScale | null;
  /** A slide's text (shown while it is on screen: a slide has no reveal); "" for the other kinds. */
  readonly text: string;
  /** The question's picture, if any (phones show it only when `onPhones`). */
  readonly image: QuestionImage | null;
  /** Time left when the view was built; clients count down from receipt (no clock sync needed). */
  readonly remainingMs: number;
  /**
   * How long until the clock starts (0: it runs). While phones load the question's picture, the
   * question is on screen but takes no answers; the server sends the view again when the clock starts.
   */
  readonly opensInMs: number;
  /**
   * The question stays open past everyone's countdown for students given extra time (accommodations):
   * how long until it closes, from when the view was built; null when it closes at the normal time.
   * Deliberately neutral — no names, no count — so the projector can say "waiting a little longer for
   * some students" without pointing anyone out. Sent again whenever it changes.
   */
  readonly extendedRemainingMs: number | null;
}

export interface RevealView extends Omit<QuestionView, "remainingMs" | "opensInMs" | "extendedRemainingMs"> {
  readonly correct: readonly number[];
  readonly distribution: readonly number[];
  readonly answeredCount: number;
  readonly explanation: string;
  /** typeAnswer: the commonest wrong texts typed, most first (empty for the other kinds). */
  readonly typed: readonly { readonly text: string; readonly count: number }[];
  /** slider: the whole spec, the right value and tolerance included (`distribution` is its histogram, see sliderBins). */
  readonly slider: SliderSpec | null;
  /** Whether the leaderboard follows this reveal (settings.leaderboardEvery); otherwise the next question or the podium. */
  readonly leaderboardNext: boolean;
}

/** A player's own standing; sent only to that player's socket. */
export interface PlayerPrivateView {
  readonly playerId: PlayerId;
  readonly nickname: string;
  readonly score: number;
  readonly streak: number;
  readonly rank: number | null;
  readonly playerCount: number;
  /** Choices this player sent for the question being shown, or null. */
  readonly answeredChoices: readonly number[] | null;
  /** The text this player typed for the question being shown (typeAnswer), or null. */
  readonly answeredText: string | null;
  /** The value this player picked for the question being shown (slider), or null. */
  readonly answeredValue: number | null;
  /** Right answers so far, out of `gradedCount` questions closed that have a right answer ("8 de 17"). */
  readonly correctCount: number;
  readonly gradedCount: number;
  /** Points to the player ranked just above ("faltam 120 pontos para o 2º lugar"); null when first or not ranked yet. */
  readonly pointsBehind: number | null;
  /**
   * Team play: the player's team, its place among the teams and how many teams are ranked (place null
   * before the first reveal, or while the teacher keeps the standings for the podium); null without teams.
   */
  readonly team: { readonly team: number; readonly rank: number | null; readonly score: number; readonly teamsRanked: number } | null;
  /**
   * This player's own time left on the open question when it is longer than everyone's (extra time: an
   * accommodation), from when the view was built; null otherwise. Only ever in their own view.
   */
  readonly yourRemainingMs: number | null;
  /** Result of the question being shown, once it is revealed. */
  readonly lastResult: { readonly questionIndex: number; readonly answered: boolean; readonly correct: boolean; readonly points: number; readonly streakBonus: number } | null;
}

/** The fields of a question anyone may see while it is open: deliberately not the answer key. */
function publicQuestion(game: Game, index: number): PublicQuestion {
  return publicQuestionOf(game.questions, index);
}

/** A question as a phone may see it before answering (live or homework): no answer key. */
export type PublicQuestion = Omit<QuestionView, "remainingMs" | "opensInMs" | "extendedRemainingMs">;

/** The public fields of question `index` of `questions` (live games and homework build their views from it). */
export function publicQuestionOf(questions: readonly PlayedQuestion[], index: number): PublicQuestion {
  const q = questions[index];
  if (!q) throw new RangeError("question out of range");
  // What a kind shows while open: a typeAnswer's options are its answers, so none; a slider its scale.
  return {
    index,
    total: questions.length,
    type: q.type,
    prompt: q.prompt,
    options: kindOf(q.type).publicOptions(q),
    pointsMode: q.pointsMode,
    timeLimitMs: q.timeLimitMs,
    scale: q.slider ? sliderScale(q.slider) : null,
    text: q.type === "slide" ? q.explanation : "",
    image: q.image ?? null,
  };
}

export function toPhaseView(game: Game, now: number): PhaseView {
  const phase = game.phase;
  const total = game.questions.length;
  switch (phase.kind) {
    case "lobby":
      return { kind: "lobby", playerCount: game.activePlayerCount, locked: game.locked };
    case "question":
      return {
        kind: "question",
        ...publicQuestion(game, phase.index),
        remainingMs: Math.max(0, phase.deadline - Math.max(now, phase.openedAt)),
        opensInMs: Math.max(0, phase.openedAt - now),
        extendedRemainingMs: extendedRemaining(game, now),
      };
    case "reveal": {
      const q = game.questions[phase.index];
      if (!q) throw new RangeError("question out of range");
      return {
        kind: "reveal",
        ...publicQuestion(game, phase.index),
        // At the reveal everything shows, a typeAnswer's accepted answers included.
        options: q.options,
        correct: q.correct,
        distribution: [...game.optionCounts],
        answeredCount: game.answered,
        explanation: q.explanation,
        typed: q.type === "typeAnswer" ? game.topWrongTexts() : [],
        slider: q.slider ?? null,
        leaderboardNext: game.leaderboardAfter(phase.index),
      };
    }
    case "leaderboard":
      return { kind: "leaderboard", index: phase.index, total, top: game.leaderboard(), playerCount: game.activePlayerCount, teams: game.teams ? game.teamStandings : null };
    case "podium":
      return { kind: "podium", top: game.leaderboard(), playerCount: game.activePlayerCount, teams: game.teams ? game.teamStandings : null };
  }
}

/** See QuestionView.extendedRemainingMs: the close time without its network grace, past everyone's deadline. */
function extendedRemaining(game: Game, now: number): number | null {
  const phase = game.phase;
  const closesAt = game.closesAt();
  if (phase.kind !== "question" || closesAt === null || closesAt - ANSWER_GRACE_MS <= phase.deadline) return null;
  return Math.max(0, closesAt - ANSWER_GRACE_MS - Math.max(now, phase.openedAt));
}

/** See PlayerPrivateView.yourRemainingMs. */
function ownRemaining(game: Game, playerId: PlayerId, now: number | undefined): number | null {
  const phase = game.phase;
  const p = game.player(playerId);
  const own = game.deadlineFor(p);
  if (now === undefined || phase.kind !== "question" || !p?.accommodation?.time || own === null || own <= phase.deadline) return null;
  return Math.max(0, own - Math.max(now, phase.openedAt));
}

/** Points to the player ranked just above (by the last ranking: O(1) per player, built once per transition). */
function pointsBehind(game: Game, rank: number | null, score: number): number | null {
  if (rank === null || rank <= 1) return null;
  const above = game.rankedPlayers[rank - 2];
  return above ? Math.max(0, above.score - score) : null;
}

function teamOf(game: Game, team: number | null): PlayerPrivateView["team"] {
  if (team === null) return null;
  const standing = game.teamStanding(team);
  return { team, rank: game.ranksHidden ? null : (standing?.rank ?? null), score: standing?.score ?? 0, teamsRanked: game.teamStandings.length };
}

/** `now` (server time) gives an accommodated player their own countdown; without it, yourRemainingMs is null. */
export function toPlayerPrivateView(game: Game, playerId: PlayerId, now?: number): PlayerPrivateView | undefined {
  const p = game.player(playerId);
  if (!p) return undefined;
  const current = game.currentQuestion();
  const answer = current ? p.answers.get(current.index) : undefined;
  const revealed = current !== undefined && game.phase.kind !== "question";
  return {
    playerId: p.id,
    nickname: p.nickname,
    score: p.score,
    streak: p.streak,
    rank: game.ranksHidden ? null : p.rank,
    playerCount: game.activePlayerCount,
    answeredChoices: answer ? answer.choices : null,
    answeredText: answer?.text ?? null,
    answeredValue: answer?.value ?? null,
    correctCount: p.correctCount,
    gradedCount: game.gradedClosed,
    pointsBehind: game.ranksHidden ? null : pointsBehind(game, p.rank, p.score),
    team: teamOf(game, p.team),
    yourRemainingMs: ownRemaining(game, playerId, now),
    lastResult:
      revealed && current
        ? {
            questionIndex: current.index,
            answered: answer !== undefined,
            correct: answer?.correct ?? false,
            points: answer?.points ?? 0,
            streakBonus: answer?.streakBonus ?? 0,
          }
        : null,
  };
}
