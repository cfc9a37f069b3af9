import type { AssignmentSettings } from "./settings";
import { answersClosed, type AssignmentDates } from "./window";

/**
 * Whether a student may see the right answer and their points for a question they have answered (or
 * whose time ran out): at once with "each"; with "after-close", only once the assignment takes no more
 * answers (its closing date and the grace after it: answersClosed) — before that, another attempt or a
 * classmate could still use them. Never before they answered: the same rule as live.
 */
export function answersVisible(settings: AssignmentSettings, dates: AssignmentDates, now: number): boolean {
  return settings.showAnswers === "each" || answersClosed(dates, now);
}
