import { kindOf, matchKey, type AnswerRecord, type PlayedQuestion } from "@lousa/game";
import { median } from "./stats";
import type { ItemFlag, QuestionReportRow } from "./types";

/** Classical test theory thresholds, as commonly used for classroom tests. */
export const TOO_HARD_BELOW = 0.3;
export const TOO_EASY_ABOVE = 0.9;
export const GROUP_FRACTION = 0.27;
export const MIN_PLAYERS_FOR_DISCRIMINATION = 4;
/**
 * Below this many students a question is not called too hard, too easy or misleading: with 4 students
 * one answer moves its difficulty by 25 points, and the report flagged most of a game. The figures are
 * still shown; the report says the group is too small to judge (summary.tooFewToJudge).
 */
export const MIN_PLAYERS_FOR_FLAGS = 10;

/**
 * Splits players (already ordered best first by total correct answers) into the upper and lower 27%.
 * Kelley's 27% maximises the difference between the groups while keeping them large enough.
 */
export function extremeGroups<T>(rankedBestFirst: readonly T[]): { upper: T[]; lower: T[] } | null {
  if (rankedBestFirst.length < MIN_PLAYERS_FOR_DISCRIMINATION) return null;
  const n = Math.max(1, Math.round(rankedBestFirst.length * GROUP_FRACTION));
  return { upper: rankedBestFirst.slice(0, n), lower: rankedBestFirst.slice(-n) };
}

/**
 * Item analysis of one question.
 * - difficulty p: share of the players in the game who answered correctly (no answer counts as wrong);
 * - discrimination D = p(upper group) − p(lower group): negative means the strongest players got it
 *   wrong more often than the weakest, the mark of a misleading or mis-keyed question;
 * - how often each option, and the most popular wrong option, was chosen; median response time.
 */
export function analyseQuestion(
  index: number,
  question: PlayedQuestion,
  answersByPlayer: ReadonlyMap<string, AnswerRecord>,
  playerIdsBestFirst: readonly string[],
): QuestionReportRow {
  const kind = kindOf(question.type);
  // One counter per option, or per bar of a slider's histogram (as the reveal counted).
  const optionCounts = new Array<number>(kind.tallySize(question)).fill(0);
  const wrongTexts = new Map<string, { text: string; count: number }>();
  const times: number[] = [];
  let correct = 0;
  for (const id of playerIdsBestFirst) {
    const a = answersByPlayer.get(id);
    if (!a) continue;
    times.push(a.responseMs);
    if (a.correct) correct++;
    // As the reveal counted them: the option chosen, or for ordering the item put in its right place.
    const counted = kind.counted(question, a);
    for (const c of counted) optionCounts[c] = (optionCounts[c] ?? 0) + 1;
    // A typed answer that matched nothing: the report lists the commonest, as the reveal did.
    if (a.text !== null && counted.length === 0) {
      const key = matchKey(a.text, question.ignoreAccents === true);
      wrongTexts.set(key, { text: wrongTexts.get(key)?.text ?? a.text, count: (wrongTexts.get(key)?.count ?? 0) + 1 });
    }
  }
  if (!kind.scored) return pollRow(index, question, optionCounts, times);
  const players = playerIdsBestFirst.length;
  const percentCorrect = players === 0 ? 0 : correct / players;

  const groups = extremeGroups(playerIdsBestFirst);
  const share = (ids: readonly string[]) => ids.filter((id) => answersByPlayer.get(id)?.correct === true).length / ids.length;
  const discrimination = groups ? share(groups.upper) - share(groups.lower) : null;

  let topDistractor: QuestionReportRow["topDistractor"] = null;
  optionCounts.forEach((count, option) => {
    if (!kind.distractors || question.correct.includes(option) || count === 0) return;
    if (!topDistractor || count > topDistractor.count) topDistractor = { option, count };
  });

  const flags: ItemFlag[] = [];
  if (players >= MIN_PLAYERS_FOR_FLAGS) {
    if (percentCorrect < TOO_HARD_BELOW) flags.push("too-hard");
    if (percentCorrect > TOO_EASY_ABOVE) flags.push("too-easy");
    if (discrimination !== null && discrimination < 0) flags.push("misleading");
  }

  return {
    index,
    prompt: question.prompt,
    type: question.type,
    options: question.options,
    correctOptions: question.correct,
    answered: times.length,
    percentCorrect,
    discrimination,
    optionCounts,
    topDistractor,
    medianResponseMs: median(times),
    flags,
    graded: true,
    topWrongTexts: [...wrongTexts.values()].sort((x, y) => y.count - x.count).slice(0, 5),
    slider: question.slider ?? null,
  };
}

/** A poll in the report: how the class voted, no difficulty, no discrimination, no flags, no grade. */
function pollRow(index: number, question: PlayedQuestion, optionCounts: readonly number[], times: readonly number[]): QuestionReportRow {
  return {
    index,
    prompt: question.prompt,
    type: question.type,
    options: question.options,
    correctOptions: [],
    answered: times.length,
    percentCorrect: 0,
    discrimination: null,
    optionCounts,
    topDistractor: null,
    medianResponseMs: median(times),
    flags: [],
    graded: false,
    topWrongTexts: [],
    slider: null,
  };
}
