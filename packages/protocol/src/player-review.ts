import { z } from "zod";
import type { QuestionImage, QuestionType, SliderSpec } from "@lousa/game";

/**
 * A student's look back at a finished game, on their own phone (POST /api/play/review with the rejoin
 * token the phone keeps): each question with the right answer, the explanation and what they answered.
 * Only once the teacher has ended the game: before that it would hand out the answers mid-game.
 */
export const playerReviewRequestSchema = z.strictObject({ rejoinToken: z.string().min(16).max(128) });

export interface PlayerReview {
  readonly bankTitle: string;
  readonly nickname: string;
  readonly score: number;
  /** Final place among the players (1 = first). */
  readonly rank: number;
  readonly playerCount: number;
  /** Right answers, out of `gradedCount` questions that had a right answer ("Você acertou 8 de 17"). */
  readonly correctCount: number;
  readonly gradedCount: number;
  /** The questions played that students answer (slides left out), in game order. */
  readonly questions: readonly ReviewQuestion[];
}

export interface ReviewQuestion {
  /** Its index in the game ("Questão index + 1"). */
  readonly index: number;
  readonly type: QuestionType;
  readonly prompt: string;
  /** As the game showed them (an ordering question's items in the order phones had). */
  readonly options: readonly string[];
  readonly correct: readonly number[];
  readonly explanation: string;
  readonly slider: SliderSpec | null;
  readonly image: QuestionImage | null;
  /** What this student sent; null if they didn't answer. */
  readonly answer: { readonly choices: readonly number[]; readonly text: string | null; readonly value: number | null } | null;
  /** False for a poll (nothing to get right). */
  readonly graded: boolean;
  readonly right: boolean;
  readonly points: number;
}
