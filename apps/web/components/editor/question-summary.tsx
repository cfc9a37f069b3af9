"use client";

import { kindOf } from "@lousa/game";
import { imageUrl, type QuestionDraft } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { AnswerShape, optionStyle } from "../answer-shape";
import { RichText } from "../rich-text/rich-text";
import { KINDS } from "./kinds";
import { formatDecimal } from "./kinds/decimal";
import styles from "./editor.module.css";
import media from "./media.module.css";

/**
 * A question read-only, as a teacher checks it: type, time, points, prompt, options with the right ones
 * marked (by a tick and the word, never by colour alone), a slider's scale and right value, the picture
 * with its description, explanation (a slide's text). Used by the read-only bank view and the import preview.
 */
export function QuestionSummary({ question, heading }: { question: QuestionDraft; heading: string }) {
  const { t } = useI18n();
  const answerable = kindOf(question.type).answerable;
  return (
    <article className={styles.summary}>
      <header className={styles.summaryHead}>
        <h3>{heading}</h3>
        <span className={styles.chip}>{t(KINDS[question.type].label)}</span>
        {answerable ? <span className={styles.chip}>{t("editor.timeShort", { n: question.timeLimitSec })}</span> : <span className={styles.chip}>{t("media.slide.noAnswers")}</span>}
        {question.pointsMode !== "standard" && kindOf(question.type).scored && <span className={styles.chip}>{t(`editor.points.${question.pointsMode}`)}</span>}
      </header>
      <div className={styles.summaryPrompt}>
        <RichText text={question.prompt} />
      </div>
      {question.type === "ordering" ? (
        <ItemsInOrder items={question.options} />
      ) : question.type === "typeAnswer" ? (
        <AcceptedAnswers question={question} />
      ) : question.type === "slider" ? (
        <SliderAnswer question={question} />
      ) : question.options.length > 0 ? (
        <Options question={question} />
      ) : null}
      {question.image && (
        <p className={media.summaryImage} data-testid="summary-image">
          <img className={media.summaryThumb} src={imageUrl(question.image.id, "phone")} alt="" width={question.image.width} height={question.image.height} />
          <span>
            {t("media.image.summary", { alt: question.image.alt || t("media.image.noAlt") })}
            {!question.image.onPhones && ` (${t("media.image.projectorOnly")})`}
          </span>
        </p>
      )}
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

/** A slider's right value (with the tolerance, when there is one) and its scale. */
function SliderAnswer({ question }: { question: QuestionDraft }) {
  const { t, locale } = useI18n();
  const s = question.slider;
  if (!s) return null;
  const n = (v: number) => formatDecimal(v, locale);
  const unit = s.unit.trim() ? ` ${s.unit.trim()}` : "";
  return (
    <p className={media.summarySlider} data-testid="summary-slider">
      ✓ {t("media.slider.summary", { answer: `${n(s.answer)}${unit}` })}
      {s.tolerance > 0 && ` (${t("media.slider.summaryTolerance", { tolerance: n(s.tolerance) })})`}{" "}
      <span>· {t("media.slider.summaryScale", { min: n(s.min), max: n(s.max), step: n(s.step) })}</span>
    </p>
  );
}
