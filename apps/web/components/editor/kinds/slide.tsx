"use client";

import { QUESTION_LIMITS } from "@lousa/protocol";
import { useI18n } from "../../../lib/i18n";
import { FieldIssues, invalidProps } from "../field-issues";
import styles from "../editor.module.css";
import media from "../media.module.css";
import { toSlide } from "./kind-fields";
import { baseFields } from "./options-ops";
import type { OptionsEditorProps, QuestionKind } from "./types";

/**
 * A slide's text (stored in `explanation`, the field a question shows after its reveal: a slide shows it
 * while on screen). Rich text, so code goes in as `inline` or a ``` block, highlighted as in questions.
 * The card hides time, points and the explanation box for a slide (see QuestionCard): this is its body.
 */
function SlideText({ question: q, index, onChange, issuesAt }: OptionsEditorProps) {
  const { t } = useI18n();
  const id = (part: string) => `editor-q${index}-${part}`;
  const messages = issuesAt("explanation");
  // A slide has no options or answers; a question converted with some is told so here (rare: convert drops them).
  const leftovers = [...issuesAt("options"), ...issuesAt("correct"), ...issuesAt("slider")];
  return (
    <div className={media.slideBody}>
      <p className={styles.hint} id={id("slide-hint")}>
        {t("media.slide.hint")}
      </p>
      <label>
        {t("media.slide.text")}
        <textarea
          id={id("explanation")}
          className={`input ${media.slideText}`}
          rows={8}
          maxLength={QUESTION_LIMITS.explanation + 100}
          value={q.explanation}
          spellCheck
          onChange={(e) => onChange({ ...q, explanation: e.target.value })}
          data-testid={`q${index}-slide-text`}
          aria-describedby={messages.length > 0 ? id("explanation-issues") : id("slide-code-hint")}
          {...(messages.length > 0 ? invalidProps(messages, id("explanation-issues")) : {})}
        />
      </label>
      <p className={styles.hint} id={id("slide-code-hint")}>
        {t("media.slide.codeHint")}
      </p>
      <FieldIssues id={id("explanation-issues")} messages={messages} />
      <FieldIssues id={id("slide-issues")} messages={leftovers} />
    </div>
  );
}

export const slide: QuestionKind = {
  type: "slide",
  label: "kind.slide",
  promptLabel: "media.slide.title",
  // Time and points are unused on a slide; the schema still wants them, so they keep the usual defaults.
  blank: () => ({ type: "slide", prompt: "", options: [], correct: [], ...baseFields() }),
  convert: (from) => toSlide(from),
  OptionsEditor: SlideText,
};
