/**
 * Shape of a built-in question bank as authored in this package.
 * The same shape is validated by `validateBank` and seeded into the database.
 */
import type { PointsMode, QuestionImage, QuestionType, SliderSpec } from "@lousa/game";

export type BankQuestionType = QuestionType;

/** How many points a question is worth: standard (base 1000), double (2000) or none (0). */
export type BankPointsMode = PointsMode;

export interface BankQuestion {
  /** Stable id, unique inside the bank, e.g. "kernel-03". Never reuse an id for a different question. */
  readonly id: string;
  readonly type: BankQuestionType;
  readonly prompt: string;
  /**
   * 2–6 options (for ordering, the items, in the right order). For "truefalse" exactly ["Verdadeiro", "Falso"].
   * For "typeAnswer", 1–6 accepted answers (matching ignores case and extra spaces). None for "slider" and "slide".
   */
  readonly options: readonly string[];
  /**
   * Indexes into `options`. single/truefalse: exactly one; multiple: one or more; poll: none (it has no
   * right answer); ordering: the options are the items written in the right order, so [0, 1, …, n − 1];
   * typeAnswer: none (the options are the accepted answers).
   */
  readonly correct: readonly number[];
  /**
   * Shown on the projector at reveal: why the answer is right, and how it relates to the class notes.
   * For a "slide", its text (a slide is on screen with it; there is no reveal).
   */
  readonly explanation: string;
  /** Seconds to answer, 5–120. */
  readonly timeLimitSec: number;
  readonly pointsMode?: BankPointsMode;
  /** typeAnswer: accepted without accents ("nucleo" for "núcleo"). */
  readonly ignoreAccents?: boolean;
  /** slider: the scale, the right value and the tolerance. */
  readonly slider?: SliderSpec;
  /** One picture (by the id of an uploaded image). */
  readonly image?: QuestionImage;
}

export interface Bank {
  /** Stable slug, e.g. "kernel". */
  readonly id: string;
  readonly title: string;
  readonly language: "pt-BR" | "en";
  readonly description: string;
  readonly questions: readonly BankQuestion[];
}
