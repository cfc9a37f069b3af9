"use client";

import { ChoiceOptions } from "./choice-options";
import { baseFields, padOptions } from "./options-ops";
import type { OptionsEditorProps, QuestionKind } from "./types";

/** A poll: 2–6 options, none right; phones vote with one tap and the reveal is the vote. */
function PollOptions(props: OptionsEditorProps) {
  return <ChoiceOptions {...props} marks="none" />;
}

export const poll: QuestionKind = {
  type: "poll",
  label: "kind.poll",
  blank: () => ({ type: "poll", prompt: "", options: ["", "", "", ""], correct: [], ...baseFields() }),
  // The options stay (a question turned into a vote asks the same thing); what was right no longer is.
  convert: (from) => ({ ...from, type: "poll", options: padOptions(from.options), correct: [] }),
  OptionsEditor: PollOptions,
};
