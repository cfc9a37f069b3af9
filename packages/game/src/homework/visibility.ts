import type { AssignmentSettings } from "./settings";
import { windowAt, type AssignmentDates } from "./window";

/**
 * Whether a student may see the right answer and their points for a question they have answered (or
 * whose time ran out): at once with "each", only after the closing date with "after-close" (before
 * it, another attempt or a classmate could use them). Never before they answered: the same rule as live.
 */
export function answersVisible(settings: AssignmentSettings, dates: AssignmentDates, now: number): boolean {
  return settings.showAnswers === "each" || windowAt(dates, now) === "closed";
}
