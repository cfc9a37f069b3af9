"use client";

import type { QuestionDraft } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { AnswerShape, optionStyle } from "../answer-shape";
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
        {question.pointsMode !== "standard" && <span className={styles.chip}>{t(`editor.points.${question.pointsMode}`)}</span>}
      </header>
      <p className={styles.summaryPrompt}>{question.prompt}</p>
      <ul className={styles.summaryOptions}>
        {question.options.map((o, i) => {
          const right = question.correct.includes(i);
          return (
            <li key={i} className={right ? styles.summaryRight : ""}>
              <span className={styles.shape} style={optionStyle(i)} aria-hidden="true">
                <AnswerShape index={i} size={14} />
              </span>
              <span className={styles.summaryText}>{o}</span>
              {right && <strong className={styles.rightMark}>✓ {t("editor.correctMark")}</strong>}
            </li>
          );
        })}
      </ul>
      {question.explanation && <p className={styles.summaryExplanation}>{question.explanation}</p>}
    </article>
  );
}
