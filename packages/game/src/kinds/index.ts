import type { QuestionType } from "../types";
import type { KindRules } from "./kind";
import { multiple } from "./multiple";
import { ordering } from "./ordering";
import { poll } from "./poll";
import { single, trueFalse } from "./single";
import { slide } from "./slide";
import { slider } from "./slider";
import { typeAnswer } from "./type-answer";

/** Every kind's rules, by type (a new QuestionType fails to compile here until its module exists). */
export const KINDS: Readonly<Record<QuestionType, KindRules>> = { single, multiple, truefalse: trueFalse, poll, ordering, typeAnswer, slider, slide };

export const kindOf = (type: QuestionType): KindRules => KINDS[type];

export type { Answer, KindIssue, KindIssueCode, KindRules, OptionsAndCorrect } from "./kind";
export { matchKey, MAX_TYPED_LENGTH } from "./type-answer";
export { optionLetter } from "./kind";
export { SLIDER_BINS, SLIDER_FALLOFF_SHARE, SLIDER_MAX_MAGNITUDE, SLIDER_MAX_STEPS, sliderBinOf, sliderBins, sliderCredit, sliderScale, snapToStep } from "./slider";
