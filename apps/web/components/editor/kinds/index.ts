import { multiple } from "./multiple";
import { ordering } from "./ordering";
import { poll } from "./poll";
import { single } from "./single";
import { slide } from "./slide";
import { slider } from "./slider";
import { trueFalse } from "./true-false";
import { typeAnswer } from "./type-answer";
import type { QuestionKind, QuestionType } from "./types";

/**
 * Every question type the editor knows, in the order the type picker lists them. The Record makes the
 * compiler ask for an entry when the protocol gains a type.
 */
export const KINDS: Readonly<Record<QuestionType, QuestionKind>> = {
  single,
  multiple,
  truefalse: trueFalse,
  poll,
  ordering,
  typeAnswer,
  slider,
  slide,
};

export const KIND_ORDER: readonly QuestionType[] = ["single", "multiple", "truefalse", "poll", "ordering", "typeAnswer", "slider", "slide"];

export const isQuestionType = (v: string): v is QuestionType => Object.hasOwn(KINDS, v);

export type { QuestionKind, QuestionType, OptionsEditorProps, Language } from "./types";
