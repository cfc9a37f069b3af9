import { normalizeLabel, OPTION_KEYS, type ColumnKey } from "./layout";

/**
 * Kahoot's "Quiz template" spreadsheet, as its importer (Create › Import spreadsheet) expects it and as
 * public generators of it write it: a title area (row 2 "Quiz template", two lines of instructions),
 * then the header in row 8 and one question per row from row 9, column A numbering them:
 *
 *   A | B Question (max 120) | C–F Answer 1–4 (max 75) | G Time limit (sec) | H Correct answer(s) e.g. "1,3"
 *
 * Time limits are one of 5, 10, 20, 30, 60, 90, 120, 240 seconds. Kahoot has no explanation and no
 * points column; its importer reads the first sheet.
 */
export const KAHOOT = {
  questionMax: 120,
  answerMax: 75,
  answers: 4,
  times: [5, 10, 20, 30, 60, 90, 120, 240],
  headerRow: 8,
} as const;

export const KAHOOT_HEADERS = {
  prompt: "Question - max 120 characters",
  answers: ["Answer 1 - max 75 characters", "Answer 2 - max 75 characters", "Answer 3 - max 75 characters", "Answer 4 - max 75 characters"],
  time: "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
  correct: "Correct answer(s) - choose at least one",
} as const;

/**
 * Header cells are matched by how they start, so the hints after the name ("- max 120 characters")
 * may change; the Portuguese names are for a template a teacher translated by hand.
 */
const PREFIXES: readonly (readonly [string, ColumnKey])[] = [
  ["question", "prompt"],
  ["pergunta", "prompt"],
  ["correctanswer", "correct"],
  ["respostacorreta", "correct"],
  ["respostascorretas", "correct"],
  ["timelimit", "time"],
  ["limitedetempo", "time"],
  ["tempo", "time"],
  ...OPTION_KEYS.slice(0, KAHOOT.answers).flatMap((key, i): [string, ColumnKey][] => [
    [`answer${i + 1}`, key],
    [`resposta${i + 1}`, key],
  ]),
];

export function kahootColumnOf(header: string): ColumnKey | null {
  const label = normalizeLabel(header);
  if (label === "") return null;
  return PREFIXES.find(([prefix]) => label.startsWith(prefix))?.[1] ?? null;
}

/** The allowed time nearest to `seconds`; halfway between two, the longer one (more time is the kinder error). */
export function nearestKahootTime(seconds: number): number {
  let best: number = KAHOOT.times[0];
  for (const t of KAHOOT.times) if (Math.abs(t - seconds) <= Math.abs(best - seconds)) best = t;
  return best;
}
