import type { AnswerRecord, PlayedQuestion, SliderSpec } from "@lousa/game";

/** Everything a report is computed from: one played game as stored. */
export interface ReportInput {
  readonly game: {
    readonly id: string;
    readonly pin: string;
    readonly bankTitle: string;
    readonly createdAt: number;
    readonly startedAt: number | null;
    readonly endedAt: number | null;
    /** How many questions were actually opened (a game can be ended early). */
    readonly questionsPlayed: number;
    readonly identifierLabel: string | null;
  };
  readonly questions: readonly PlayedQuestion[];
  readonly players: readonly ReportPlayerInput[];
  readonly answers: readonly AnswerRecord[];
  /** Team play: how many teams the game had (the game's settings); null or absent without teams. */
  readonly teams?: { readonly count: number } | null;
}

export interface ReportPlayerInput {
  readonly id: string;
  readonly nickname: string;
  /** The name picked from the host's class list, if there was one. */
  readonly realName: string | null;
  readonly identifier: string | null;
  readonly score: number;
  readonly correctCount: number;
  readonly totalResponseMs: number;
  readonly kicked: boolean;
  /** 0-based team (team play); null or absent without teams. */
  readonly team?: number | null;
}

/** How grades are expressed: a % and a number on a scale (Brazil: 0–10). */
export interface GradingOptions {
  /** Top of the grade scale, e.g. 10 or 100. */
  readonly scale: number;
  /** Decimal places of the grade. */
  readonly decimals: number;
}

export const DEFAULT_GRADING: GradingOptions = { scale: 10, decimals: 1 };

export interface PlayerReportRow {
  readonly rank: number;
  readonly playerId: string;
  readonly nickname: string;
  readonly realName: string | null;
  readonly identifier: string | null;
  readonly score: number;
  readonly correct: number;
  readonly answered: number;
  /** correct / graded questions played (polls are not graded), 0–1. */
  readonly percentCorrect: number;
  /** Mean over the questions this player answered; null if none. */
  readonly averageResponseMs: number | null;
  /** From correctness only (speed and streak bonuses excluded), on the grading scale. */
  readonly grade: number;
  /** 0-based team (team play); null without teams. Names: teamName() in team-names.ts. */
  readonly team: number | null;
  /** How many of their answers were given with an accommodation (extra time, no speed penalty): the report marks them. */
  readonly accommodatedAnswers: number;
}

/** One team's line: its place as the live podium gave it, and how its members did on average. */
export interface TeamReportRow {
  /** 0-based team number; its name is teamName(team, locale), in the viewer's language. */
  readonly team: number;
  /** 1-based; teams with the same average score share a place. */
  readonly rank: number;
  /** Members' average score, rounded to a whole point (the team score shown live). */
  readonly score: number;
  /** Members counted (kicked players are not). */
  readonly members: number;
  /** Members' average share of correct answers, 0–1. */
  readonly percentCorrect: number;
  /** Members' average grade, on the report's grading scale. */
  readonly averageGrade: number;
}

export type ItemFlag = "too-hard" | "too-easy" | "misleading";

export interface QuestionReportRow {
  readonly index: number;
  readonly prompt: string;
  readonly type: PlayedQuestion["type"];
  readonly options: readonly string[];
  readonly correctOptions: readonly number[];
  readonly answered: number;
  /** Share of players (who were in the game) that got it right, 0–1: the item's difficulty index p. */
  readonly percentCorrect: number;
  /** p(upper 27%) − p(lower 27%), −1…1; null with fewer than 4 players. */
  readonly discrimination: number | null;
  /** How many players chose each option. */
  readonly optionCounts: readonly number[];
  /** The wrong option chosen most often, if any wrong option was chosen. */
  readonly topDistractor: { readonly option: number; readonly count: number } | null;
  readonly medianResponseMs: number | null;
  readonly flags: readonly ItemFlag[];
  /** False for a poll: asked, not graded (no difficulty, discrimination or flags; left out of grades). */
  readonly graded: boolean;
  /** typeAnswer: the commonest wrong texts typed, most first (empty for the other kinds). */
  readonly topWrongTexts: readonly { readonly text: string; readonly count: number }[];
  /** slider: its scale and right value; `optionCounts` is then the histogram over sliderBins (null for the other kinds). */
  readonly slider: SliderSpec | null;
}

export interface GameReport {
  /** `questionCount` and `questionsPlayed` count questions students answer (slides left out). */
  readonly game: ReportInput["game"] & { readonly questionCount: number };
  readonly grading: GradingOptions;
  readonly summary: {
    readonly playerCount: number;
    readonly averageScore: number;
    readonly averagePercentCorrect: number;
    readonly averageGrade: number;
    readonly flaggedQuestions: number;
    /** Questions played that have a right answer (polls don't): 0 means there is nothing to grade. */
    readonly gradedQuestions: number;
    /** Fewer students than `minPlayersForFlags`: no question is flagged (the figures still show). */
    readonly tooFewToJudge: boolean;
    readonly minPlayersForFlags: number;
  };
  readonly players: readonly PlayerReportRow[];
  readonly questions: readonly QuestionReportRow[];
  /** Team play: every team that had a member, best first; null when the game had no teams. */
  readonly teams: readonly TeamReportRow[] | null;
}
