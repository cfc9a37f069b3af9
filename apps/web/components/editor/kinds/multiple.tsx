"use client";

import { ChoiceOptions } from "./choice-options";
import { baseFields, padOptions } from "./options-ops";
import type { OptionsEditorProps, QuestionKind } from "./types";

/** Several right answers: the player marks all of them and confirms. */
function MultipleOptions(props: OptionsEditorProps) {
  return <ChoiceOptions {...props} multiple />;
}

export const multiple: QuestionKind = {
  type: "multiple",
  label: "kind.multiple",
  blank: () => ({ type: "multiple", prompt: "", options: ["", "", "", ""], correct: [0, 1], ...baseFields() }),
  convert: (from) => ({ ...from, type: "multiple", options: padOptions(from.options) }),
  OptionsEditor: MultipleOptions,
};
