"use client";

import type { QuestionDraft } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { AnswerShape, optionStyle } from "../answer-shape";
import { RichText } from "../rich-text/rich-text";
import { KINDS } from "./kinds";
import styles from "./editor.module.css";

/**
 * A question read-only, as a teacher checks it: type, time, points, prompt, options with the right ones
 * marked (by a tick and the word, never by colour alone), explanation. Used by the read-only bank view
 * and the import preview.
 */
export function QuestionSummary({ question, heading }: { question: QuestionDraft; heading: string }) {
  const { t } = useI18n();
  return (
    <article className={styles.summary}>
      <header className={styles.summaryHead}>
        <h3>{heading}</h3>
        <span className={styles.chip}>{t(KINDS[question.type].label)}</span>
        <span className={styles.chip}>{t("editor.timeShort", { n: question.timeLimitSec })}</span>
        {question.pointsMode !== "standard" && question.type !== "poll" && <span className={styles.chip}>{t(`editor.points.${question.pointsMode}`)}</span>}
      </header>
      <div className={styles.summaryPrompt}>
        <RichText text={question.prompt} />
      </div>
      {question.type === "ordering" ? <ItemsInOrder items={question.options} /> : question.type === "typeAnswer" ? <AcceptedAnswers question={question} /> : <Options question={question} />}
      {question.explanation && (
        <div className={styles.summaryExplanation}>
          <RichText text={question.explanation} />
        </div>
      )}
    </article>
  );
}

/** An ordering question's items as written: the right order, numbered (no option is "the" right one). */
function ItemsInOrder({ items }: { items: readonly string[] }) {
  const { t } = useI18n();
  return (
    <ol className={styles.summaryOptions} aria-label={t("editor.ordering.rightOrder")}>
      {items.map((o, i) => (
        <li key={i}>
          <span className={`${styles.position} ${styles.summaryPosition}`} aria-hidden="true">
            {i + 1}
          </span>
          <span className={styles.summaryText}>
            <RichText text={o} phrasing wrapBlocks />
          </span>
        </li>
      ))}
    </ol>
  );
}

/** A type-answer question's accepted answers: all of them right, and whether accents count. */
function AcceptedAnswers({ question }: { question: QuestionDraft }) {
  const { t } = useI18n();
  return (
    <>
      <ol className={styles.summaryOptions} aria-label={t("editor.typeAnswer.answers")}>
        {question.options.map((o, i) => (
          <li key={i} className={styles.summaryRight}>
            <span className={styles.summaryText}>{o}</span>
            <strong className={styles.rightMark}>✓ {t("editor.correctMark")}</strong>
          </li>
        ))}
      </ol>
      {question.ignoreAccents === true && <p className={styles.hint}>{t("editor.typeAnswer.ignoreAccents")}</p>}
    </>
  );
}

/** Options with the right ones marked by a tick and the word (a poll has none marked). */
function Options({ question }: { question: QuestionDraft }) {
  const { t } = useI18n();
  return (
    <ul className={styles.summaryOptions}>
      {question.options.map((o, i) => {
        const right = question.correct.includes(i);
        return (
          <li key={i} className={right ? styles.summaryRight : ""}>
            <span className={styles.shape} style={optionStyle(i)} aria-hidden="true">
              <AnswerShape index={i} size={14} />
            </span>
            <span className={styles.summaryText}>
              <RichText text={o} phrasing wrapBlocks />
            </span>
            {right && <strong className={styles.rightMark}>✓ {t("editor.correctMark")}</strong>}
          </li>
        );
      })}
    </ul>
  );
}
