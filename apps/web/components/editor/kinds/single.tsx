"use client";

import { ChoiceOptions } from "./choice-options";
import { baseFields, padOptions, rightSet } from "./options-ops";
import type { OptionsEditorProps, QuestionKind } from "./types";

/** Single choice: 2–6 options, exactly one right; phones send on tap. */
function SingleOptions(props: OptionsEditorProps) {
  return <ChoiceOptions {...props} marks="one" />;
}

export const single: QuestionKind = {
  type: "single",
  label: "kind.single",
  blank: () => ({ type: "single", prompt: "", options: ["", "", "", ""], correct: [0], ...baseFields() }),
  // Several right answers become the first of them: the teacher sees the radio and can pick another.
  convert: (from) => ({ ...from, type: "single", options: padOptions(from.options), correct: rightSet(from).slice(0, 1) }),
  OptionsEditor: SingleOptions,
};
