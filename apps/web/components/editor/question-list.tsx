"use client";

import { useLayoutEffect, useRef, useState, type Dispatch, type KeyboardEvent } from "react";
import { useI18n } from "../../lib/i18n";
import { newKey, type EditorAction, type EditorItem } from "./editor-state";
import type { IssueField } from "./issues";
import { KINDS, type Language } from "./kinds";
import { IconCopy, IconTrash } from "./icons";
import { QuestionCard } from "./question-card";
import styles from "./editor.module.css";

export interface QuestionListProps {
  readonly items: readonly EditorItem[];
  readonly language: Language;
  readonly dispatch: Dispatch<EditorAction>;
  issuesAt(question: number, field: IssueField): readonly string[];
  issueCount(question: number): number;
  /** Says something to screen readers (moves, deletions) and offers undo where there is one. */
  announce(text: string, undo?: () => void): void;
}

/**
 * The bank's questions in order. Reordering works three ways, all through the same "move" action: drag
 * by the handle, the ↑/↓ buttons, or Alt+↑/↓ anywhere in a question; focus stays where it was and the
 * new position is announced.
 */
export function QuestionList({ items, language, dispatch, issuesAt, issueCount, announce }: QuestionListProps) {
  const { t } = useI18n();
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const refocus = useRef<Element | null>(null);

  // A moved item's DOM node is re-inserted, which drops focus: put it back where the teacher was.
  useLayoutEffect(() => {
    const el = refocus.current;
    refocus.current = null;
    if (el instanceof HTMLElement && document.activeElement !== el) el.focus();
  });

  function move(key: string, to: number) {
    if (to < 0 || to >= items.length) return;
    refocus.current = document.activeElement;
    dispatch({ type: "move", key, to });
    announce(t("editor.moved", { i: to + 1, n: items.length }));
  }

  function remove(item: EditorItem, index: number) {
    dispatch({ type: "remove", key: item.key });
    announce(t("editor.questionDeleted", { i: index + 1 }), () => dispatch({ type: "insert", item, index }));
  }

  function onKeyDown(e: KeyboardEvent, key: string, index: number) {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    move(key, index + (e.key === "ArrowUp" ? -1 : 1));
  }

  return (
    <>
      <p className={styles.hint}>{t("editor.reorderHint")}</p>
      <ol className={styles.questionList} data-testid="question-list">
        {items.map((item, index) => {
          const prompt = item.question.prompt.trim();
          return (
            <li
              key={item.key}
              className={`card ${styles.question} ${dragging === item.key ? styles.dragging : ""} ${dropAt === index && dragging !== item.key ? styles.dropTarget : ""}`}
              data-testid={`question-${index}`}
              data-key={item.key}
              onKeyDown={(e) => onKeyDown(e, item.key, index)}
              draggable={dragging === item.key}
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = "move";
                e.dataTransfer.setData("text/plain", item.key);
              }}
              onDragOver={(e) => {
                if (!dragging) return;
                e.preventDefault();
                setDropAt(index);
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragging) move(dragging, index);
                setDragging(null);
                setDropAt(null);
              }}
              onDragEnd={() => {
                setDragging(null);
                setDropAt(null);
              }}
            >
              <div className={styles.questionHead}>
                <span
                  className={styles.handle}
                  aria-hidden="true"
                  title={t("editor.reorderHint")}
                  onPointerDown={() => setDragging(item.key)}
                  onPointerUp={() => setDragging((d) => (d === item.key ? null : d))}
                >
                  ⠿
                </span>
                <h3 className={styles.questionTitle}>
                  {t("editor.question", { i: index + 1 })}
                  <span className={styles.questionGist}>
                    {" · "}
                    {t(KINDS[item.question.type].label)} · {prompt ? prompt.slice(0, 60) : t("editor.question.untitled")}
                  </span>
                </h3>
                {issueCount(index) > 0 && (
                  <span className={styles.countBadge} aria-label={t("editor.issues", { n: issueCount(index) })}>
                    {issueCount(index)}
                  </span>
                )}
                <div className={styles.questionTools}>
                  <button type="button" className={styles.iconButton} onClick={() => move(item.key, index - 1)} disabled={index === 0} aria-label={`${t("editor.moveUp")} (${t("editor.question", { i: index + 1 })})`} title={`${t("editor.moveUp")} (Alt+↑)`} data-testid={`q${index}-up`}>
                    ↑
                  </button>
                  <button type="button" className={styles.iconButton} onClick={() => move(item.key, index + 1)} disabled={index === items.length - 1} aria-label={`${t("editor.moveDown")} (${t("editor.question", { i: index + 1 })})`} title={`${t("editor.moveDown")} (Alt+↓)`} data-testid={`q${index}-down`}>
                    ↓
                  </button>
                  <button type="button" className={styles.iconButton} onClick={() => dispatch({ type: "duplicate", key: item.key, newKey: newKey() })} aria-label={`${t("editor.duplicateQuestion")} ${index + 1}`} title={t("editor.duplicateQuestion")} data-testid={`q${index}-duplicate`}>
                    <IconCopy />
                  </button>
                  <button type="button" className={`${styles.iconButton} ${styles.iconDanger}`} onClick={() => remove(item, index)} aria-label={`${t("editor.deleteQuestion")} ${index + 1}`} title={t("editor.deleteQuestion")} data-testid={`q${index}-delete`}>
                    <IconTrash />
                  </button>
                </div>
              </div>
              <QuestionCard item={item} index={index} language={language} dispatch={dispatch} issuesAt={(f) => issuesAt(index, f)} announce={announce} />
            </li>
          );
        })}
      </ol>
      <button
        id="editor-questions"
        type="button"
        className={`button ${styles.addQuestion}`}
        onClick={() => {
          dispatch({ type: "add", item: { key: newKey(), question: KINDS.single.blank(language) } });
          // The new question's prompt gets the focus once it is drawn.
          const next = items.length;
          requestAnimationFrame(() => document.getElementById(`editor-q${next}-prompt`)?.focus());
        }}
        data-testid="add-question"
      >
        + {t("editor.add")}
      </button>
    </>
  );
}
