import { asInBank, noSliderIssues, type KindIssue, type KindRules, type OptionsAndCorrect } from "./kind";

function draftIssues(q: OptionsAndCorrect): KindIssue[] {
  return [
    ...noSliderIssues(q),
    ...(q.options.length > 0 ? [{ code: "OPTIONS_NOT_USED" as const, field: "options" as const }] : []),
    ...(q.correct.length > 0 ? [{ code: "CORRECT_NOT_USED" as const, field: "correct" as const }] : []),
  ];
}

/**
 * Slide: an information screen between questions — a title (`prompt`), a text (`explanation`, shown
 * while the slide is on screen: there is no reveal) and optionally a picture or code. Nobody answers:
 * no clock, no points, no effect on standings; the host's "next" goes straight on to the next question,
 * and reports and exports leave it out.
 */
export const slide: KindRules = {
  type: "slide",
  draftIssues,
  scored: false,
  answerable: false,
  distractors: false,
  accepts: () => false,
  normalize: () => ({ choices: [], text: null, value: null }),
  isRight: () => false,
  answerText: () => "",
  tallySize: () => 0,
  counted: () => [],
  publicOptions: () => [],
  forPlay: asInBank,
};
