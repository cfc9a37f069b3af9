import type { PlayerPrivateView } from "@lousa/game";

/**
 * What the phone's one answer input is doing on a question screen: taking taps (`idle`), showing the
 * answer on its way, locked (`sending`), or gone (`null`: answered, too late, time up). A refused answer
 * is `idle` again, and the screen keeps the input in one place for both states, so what was built on it
 * (an ordering's sequence) is still there to send again.
 */
export type AnswerInputState = "idle" | "sending" | null;

export function answerInputState(s: { readonly answered: boolean; readonly lateHere: boolean; readonly sending: boolean; readonly expired: boolean }): AnswerInputState {
  if (s.answered || s.lateHere) return null;
  // An answer on its way stays in view at zero seconds: the server's clock decides whether it was in time.
  if (s.sending) return "sending";
  return s.expired ? null : "idle";
}

/** Whether the server holds this player's answer to the question in view: options, a typed text or a value. */
export function hasAnswered(you: Pick<PlayerPrivateView, "answeredChoices" | "answeredText" | "answeredValue">): boolean {
  return you.answeredChoices !== null || you.answeredText !== null || you.answeredValue !== null;
}
