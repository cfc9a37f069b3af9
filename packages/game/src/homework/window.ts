import { ANSWER_GRACE_MS } from "../game";

/** Where "now" falls in an assignment's dates: not yet open, open for answers, or closed. */
export type AssignmentWindow = "upcoming" | "open" | "closed";

export interface AssignmentDates {
  /** Epoch ms. */
  readonly opensAt: number;
  readonly closesAt: number;
}

export function windowAt(dates: AssignmentDates, now: number): AssignmentWindow {
  if (now < dates.opensAt) return "upcoming";
  return now < dates.closesAt ? "open" : "closed";
}

/**
 * Whether the assignment takes no more answers at `now`: past its closing date and the grace after it
 * (an answer tapped in time is not lost to the network, as in a live game). From the same instant, an
 * "after-close" assignment shows its right answers and "next" no longer moves an attempt: nothing seen
 * then can change what was answered, nor which attempt counts.
 */
export function answersClosed(dates: AssignmentDates, now: number): boolean {
  return now > dates.closesAt + ANSWER_GRACE_MS;
}
