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
