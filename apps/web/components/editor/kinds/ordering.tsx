"use client";

import { useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { QUESTION_LIMITS } from "@lousa/protocol";
import { useI18n } from "../../../lib/i18n";
import { FieldIssues } from "../field-issues";
import styles from "../editor.module.css";
import { addItem, moveItem, removeItem, setItem, withSequence } from "./ordering-ops";
import { baseFields, padOptions } from "./options-ops";
import { OptionInput } from "./option-input";
import type { OptionsEditorProps, QuestionKind } from "./types";

type Control = "option" | "up" | "down";

/**
 * The items in the right order, each movable with ↑/↓ or Alt+↑/↓ (as questions are in the list). There
 * is nothing to mark: the order written is the answer. Focus follows the moved item, and the move is
 * announced, so a keyboard or screen-reader user keeps their place.
 */
function OrderingItems({ question: q, index, onChange, issuesAt }: OptionsEditorProps) {
  const { t } = useI18n();
  const [said, setSaid] = useState("");
  const refocus = useRef<string | null>(null);
  const id = (part: string) => `editor-q${index}-${part}`;
  const n = q.options.length;

  // The moved row is redrawn at its new index: put the focus back on the same control there (its
  // input when that arrow is now disabled, at the top or the bottom).
  useLayoutEffect(() => {
    const target = refocus.current;
    refocus.current = null;
    if (!target) return;
    const el = document.getElementById(target);
    if (el instanceof HTMLButtonElement && el.disabled) document.getElementById(target.replace(/-(up|down)-/, "-option-"))?.focus();
    else if (el instanceof HTMLElement) el.focus();
  });

  function move(from: number, to: number, control: Control) {
    if (to < 0 || to >= n) return;
    refocus.current = id(`${control}-${to}`);
    onChange(moveItem(q, from, to));
    setSaid(t("editor.ordering.moved", { i: to + 1, n }));
  }

  function onKeyDown(e: KeyboardEvent, j: number) {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    // The question list moves whole questions on Alt+↑/↓: inside the items, it moves the item instead.
    e.preventDefault();
    e.stopPropagation();
    move(j, j + (e.key === "ArrowUp" ? -1 : 1), "option");
  }

  const listIssues = [...issuesAt("options"), ...issuesAt("correct")];
  return (
    <fieldset className={styles.options}>
      <legend>{t("editor.ordering.items")}</legend>
      <p className={styles.hint} id={id("ordering-hint")}>
        {t("editor.ordering.hint")}
      </p>
      <ol className={styles.optionList}>
        {q.options.map((text, j) => {
          const messages = issuesAt(`option-${j}`);
          return (
            <li key={j} className={`${styles.optionRow} ${styles.itemRow}`} onKeyDown={(e) => onKeyDown(e, j)}>
              <span className={styles.position} aria-hidden="true">
                {j + 1}
              </span>
              <OptionInput
                question={index}
                index={j}
                text={text}
                maxLength={QUESTION_LIMITS.option + 50}
                label={t("editor.ordering.item", { i: j + 1 })}
                describedBy={id("ordering-hint")}
                messages={messages}
                onText={(value) => onChange(setItem(q, j, value))}
              />
              <span className={styles.itemTools}>
                <button type="button" id={id(`up-${j}`)} className={styles.iconButton} onClick={() => move(j, j - 1, "up")} disabled={j === 0} aria-label={t("editor.ordering.up", { i: j + 1 })} title={`${t("editor.ordering.up", { i: j + 1 })} (Alt+↑)`} data-testid={`q${index}-item-up-${j}`}>
                  ↑
                </button>
                <button type="button" id={id(`down-${j}`)} className={styles.iconButton} onClick={() => move(j, j + 1, "down")} disabled={j === n - 1} aria-label={t("editor.ordering.down", { i: j + 1 })} title={`${t("editor.ordering.down", { i: j + 1 })} (Alt+↓)`} data-testid={`q${index}-item-down-${j}`}>
                  ↓
                </button>
                <button type="button" className={styles.iconButton} onClick={() => onChange(removeItem(q, j))} disabled={n <= QUESTION_LIMITS.minOptions} aria-label={t("editor.ordering.remove", { i: j + 1 })} title={t("editor.ordering.remove", { i: j + 1 })}>
                  ×
                </button>
              </span>
              <FieldIssues id={id(`option-${j}-issues`)} messages={messages} />
            </li>
          );
        })}
      </ol>
      <FieldIssues id={id("options-issues")} messages={listIssues} />
      <p className={styles.srOnly} aria-live="polite">
        {said}
      </p>
      {n < QUESTION_LIMITS.maxOptions && (
        <button type="button" className="button" onClick={() => onChange(addItem(q))} data-testid={`q${index}-add-option`}>
          + {t("editor.ordering.add")}
        </button>
      )}
    </fieldset>
  );
}

export const ordering: QuestionKind = {
  type: "ordering",
  label: "kind.ordering",
  blank: () => ({ type: "ordering", prompt: "", options: ["", "", "", ""], correct: [0, 1, 2, 3], ...baseFields() }),
  // The options become the items, in the order they were written: the teacher puts them in the right
  // order with the arrows (what was marked right says nothing about an order).
  convert: (from) => withSequence({ ...from, type: "ordering", options: padOptions(from.options) }),
  OptionsEditor: OrderingItems,
};
