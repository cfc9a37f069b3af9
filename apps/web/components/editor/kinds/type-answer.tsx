"use client";

import { MAX_TYPED_LENGTH } from "@lousa/game";
import { useI18n } from "../../../lib/i18n";
import { FieldIssues, invalidProps } from "../field-issues";
import styles from "../editor.module.css";
import { baseFields } from "./options-ops";
import { addAccepted, MAX_ACCEPTED, MIN_ACCEPTED, removeAccepted, setAccepted, toTypeAnswer } from "./type-answer-ops";
import { OptionInput } from "./option-input";
import type { OptionsEditorProps, QuestionKind } from "./types";

/**
 * The accepted answers (1–6) and whether accents count. Nothing to mark: every answer listed is right;
 * the first one is what the reveal shows, so it is labelled as such.
 */
function AcceptedAnswers({ question: q, index, onChange, issuesAt }: OptionsEditorProps) {
  const { t } = useI18n();
  const id = (part: string) => `editor-q${index}-${part}`;
  const n = q.options.length;
  const listIssues = [...issuesAt("options"), ...issuesAt("correct")];
  const accentIssues = issuesAt("ignoreAccents");
  return (
    <fieldset className={styles.options}>
      <legend>{t("editor.typeAnswer.answers")}</legend>
      <p className={styles.hint} id={id("type-answer-hint")}>
        {t("editor.typeAnswer.hint")}
      </p>
      <ol className={styles.optionList}>
        {q.options.map((text, j) => {
          const messages = issuesAt(`option-${j}`);
          return (
            <li key={j} className={`${styles.optionRow} ${styles.itemRow}`}>
              <span className={styles.position} aria-hidden="true">
                {j + 1}
              </span>
              <OptionInput
                question={index}
                index={j}
                text={text}
                maxLength={MAX_TYPED_LENGTH}
                label={t("editor.typeAnswer.answer", { i: j + 1 })}
                describedBy={id("type-answer-hint")}
                {...(j === 0 ? { placeholder: t("editor.typeAnswer.shown") } : {})}
                messages={messages}
                onText={(value) => onChange(setAccepted(q, j, value))}
              />
              <button type="button" className={styles.iconButton} onClick={() => onChange(removeAccepted(q, j))} disabled={n <= MIN_ACCEPTED} aria-label={t("editor.typeAnswer.remove", { i: j + 1 })} title={t("editor.typeAnswer.remove", { i: j + 1 })}>
                ×
              </button>
              <FieldIssues id={id(`option-${j}-issues`)} messages={messages} />
            </li>
          );
        })}
      </ol>
      <FieldIssues id={id("options-issues")} messages={listIssues} />
      {n < MAX_ACCEPTED && (
        <button type="button" className="button" onClick={() => onChange(addAccepted(q))} data-testid={`q${index}-add-option`}>
          + {t("editor.typeAnswer.add")}
        </button>
      )}
      <label className={styles.checkRow}>
        <input id={id("ignoreAccents")} type="checkbox" checked={q.ignoreAccents ?? false} onChange={(e) => onChange({ ...q, ignoreAccents: e.target.checked })} data-testid={`q${index}-ignore-accents`} {...invalidProps(accentIssues, id("ignoreAccents-issues"))} />
        {t("editor.typeAnswer.ignoreAccents")}
      </label>
      <FieldIssues id={id("ignoreAccents-issues")} messages={accentIssues} />
    </fieldset>
  );
}

export const typeAnswer: QuestionKind = {
  type: "typeAnswer",
  label: "kind.typeAnswer",
  blank: () => ({ type: "typeAnswer", prompt: "", options: [""], correct: [], ignoreAccents: false, ...baseFields() }),
  convert: (from) => toTypeAnswer(from),
  OptionsEditor: AcceptedAnswers,
};
