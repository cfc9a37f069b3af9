"use client";

import { ChoiceOptions } from "./choice-options";
import { baseFields, padOptions, rightSet } from "./options-ops";
import type { OptionsEditorProps, QuestionKind } from "./types";

/** Several right answers: the player marks all of them and confirms. */
function MultipleOptions(props: OptionsEditorProps) {
  return <ChoiceOptions {...props} marks="several" />;
}

export const multiple: QuestionKind = {
  type: "multiple",
  label: "kind.multiple",
  blank: () => ({ type: "multiple", prompt: "", options: ["", "", "", ""], correct: [0, 1], ...baseFields() }),
  convert: (from) => ({ ...from, type: "multiple", options: padOptions(from.options), correct: rightSet(from) }),
  OptionsEditor: MultipleOptions,
};
