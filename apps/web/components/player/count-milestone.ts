"use client";

import { useEffect, useState } from "react";

/**
 * How far the class is with the open question, as a screen reader hears it: nothing yet, half of the
 * class has answered, or everyone but one or two has. The count itself moves every second; reading it
 * out each time (or even every few seconds) would talk over the student, who is only waiting.
 */
export type CountMilestone = 0 | 1 | 2;

export function countMilestone(answered: number, total: number): CountMilestone {
  if (total <= 0) return 0;
  const left = total - answered;
  // "Almost everyone" only past half: in a class of three, 1 of 3 in is not "all but two".
  if (left <= 2 && answered * 2 > total) return 2;
  return answered * 2 >= total ? 1 : 0;
}

/**
 * What the count's live region says: empty at first (a milestone already passed when the phone answered
 * is not news), then `line` as it reads when each later milestone of this question is reached, once.
 */
export function useMilestoneText(line: string, answered: number, total: number, questionIndex: number): string {
  const reached = countMilestone(answered, total);
  const [said, setSaid] = useState({ questionIndex, level: reached, text: "" });
  useEffect(() => {
    if (said.questionIndex !== questionIndex) setSaid({ questionIndex, level: reached, text: "" });
    else if (reached > said.level) setSaid({ questionIndex, level: reached, text: line });
  }, [questionIndex, reached, line, said]);
  return said.text;
}
