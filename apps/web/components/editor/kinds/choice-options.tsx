"use client";

import { QUESTION_LIMITS } from "@lousa/protocol";
import { useI18n } from "../../../lib/i18n";
import type { MessageKey } from "../../../lib/messages";
import { AnswerShape, optionStyle } from "../../answer-shape";
import { FieldIssues } from "../field-issues";
import styles from "../editor.module.css";
import { addOption, pickCorrect, removeOption, setOption, toggleCorrect } from "./options-ops";
import { OptionInput } from "./option-input";
import type { OptionsEditorProps } from "./types";

/** How a kind marks its right options: one (radios), several (checkboxes), or none at all (a poll). */
export type CorrectMarks = "one" | "several" | "none";

const HINTS: Record<CorrectMarks, MessageKey> = { one: "editor.correct.single", several: "editor.correct.multiple", none: "editor.poll.hint" };

/**
 * The option list every choice type shares: text per option, which are correct (radios when one is,
 * checkboxes when several may be, nothing for a poll), add and remove within the protocol's limits.
 * `fixed` keeps the number of options (true/false).
 */
export function ChoiceOptions({ question, index, onChange, issuesAt, marks, fixed = false }: OptionsEditorProps & { marks: CorrectMarks; fixed?: boolean }) {
  const { t } = useI18n();
  const q = question;
  const multiple = marks === "several";
  const id = (part: string) => `editor-q${index}-${part}`;
  const listIssues = [...issuesAt("options"), ...issuesAt("correct")];
  return (
    <fieldset className={styles.options}>
      <legend>{t("editor.options")}</legend>
      <p className={styles.hint}>{t(HINTS[marks])}</p>
      <ol className={styles.optionList}>
        {q.options.map((text, j) => {
          const messages = issuesAt(`option-${j}`);
          const correct = q.correct.includes(j);
          return (
            <li key={j} className={`${styles.optionRow} ${marks === "none" ? styles.optionRowUnmarked : ""} ${correct ? styles.optionCorrect : ""}`}>
              {marks !== "none" && (
                <label className={styles.correctToggle} title={t("editor.correct")}>
                  <input
                    id={id(`correct-${j}`)}
                    type={multiple ? "checkbox" : "radio"}
                    name={id("correct")}
                    checked={correct}
                    onChange={() => onChange(multiple ? toggleCorrect(q, j) : pickCorrect(q, j))}
                    data-testid={`q${index}-correct-${j}`}
                  />
                  <span className={styles.srOnly}>{`${t("editor.correct")}: ${t("editor.option", { i: j + 1 })}`}</span>
                </label>
              )}
              <span className={styles.shape} style={optionStyle(j)} aria-hidden="true">
                <AnswerShape index={j} size={18} />
              </span>
              <OptionInput
                question={index}
                index={j}
                text={text}
                maxLength={QUESTION_LIMITS.option + 50}
                label={t("editor.option", { i: j + 1 })}
                messages={messages}
                onText={(value) => onChange(setOption(q, j, value))}
              />
              {!fixed && (
                <button type="button" className={styles.iconButton} onClick={() => onChange(removeOption(q, j))} disabled={q.options.length <= QUESTION_LIMITS.minOptions} aria-label={t("editor.option.remove", { i: j + 1 })} title={t("editor.option.remove", { i: j + 1 })}>
                  ×
                </button>
              )}
              <FieldIssues id={id(`option-${j}-issues`)} messages={messages} />
            </li>
          );
        })}
      </ol>
      <FieldIssues id={id("options-issues")} messages={listIssues} />
      {!fixed && q.options.length < QUESTION_LIMITS.maxOptions && (
        <button type="button" className="button" onClick={() => onChange(addOption(q))} data-testid={`q${index}-add-option`}>
          + {t("editor.option.add")}
        </button>
      )}
    </fieldset>
  );
}
