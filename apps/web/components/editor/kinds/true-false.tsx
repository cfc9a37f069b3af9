"use client";

import { ChoiceOptions } from "./choice-options";
import { baseFields, rightSet, trueFalseOptions } from "./options-ops";
import type { OptionsEditorProps, QuestionKind } from "./types";

/** True or false: two options (their words editable, e.g. "Certo"/"Errado"), one right. */
function TrueFalseOptions(props: OptionsEditorProps) {
  return <ChoiceOptions {...props} marks="one" fixed />;
}

export const trueFalse: QuestionKind = {
  type: "truefalse",
  label: "kind.truefalse",
  blank: (language) => ({ type: "truefalse", prompt: "", options: trueFalseOptions(language), correct: [0], ...baseFields() }),
  // A two-option question keeps its words and answer; otherwise the options become True/False and the
  // answer is left for the teacher to mark (guessing it would be worse).
  convert: (from, language) =>
    from.options.length === 2
      ? { ...from, type: "truefalse", correct: rightSet(from).slice(0, 1) }
      : { ...from, type: "truefalse", options: trueFalseOptions(language), correct: [] },
  OptionsEditor: TrueFalseOptions,
};
