"use client";

import type { ReviewQuestion } from "@lousa/protocol";
import { useI18n } from "../../../lib/i18n";
import { RichText } from "../../rich-text/rich-text";
import { countVar } from "../phone-format";
import { PhonePicture } from "../phone-picture";
import { ReviewAnswerView } from "./review-answer";
import { reviewVerdict, rightAnswer, sentAnswer, type ReviewVerdict } from "./review-logic";
import styles from "./review.module.css";

const MARK: Record<ReviewVerdict, string> = { right: "✓", wrong: "✗", close: "≈", none: "–", poll: "•" };
const SAYS = { right: "review.right", wrong: "review.wrong", close: "review.close", none: "review.none", poll: "review.poll" } as const;

/** One question of the review: the prompt, how it went (✓/✗ and points), the right answer, theirs, the explanation. */
export function ReviewQuestionCard({ q }: { q: ReviewQuestion }) {
  const { t, locale } = useI18n();
  const verdict = reviewVerdict(q);
  const right = rightAnswer(q);
  const sent = sentAnswer(q);
  const headingId = `review-q${q.index}`;
  return (
    <li className={`card ${styles.question}`} aria-labelledby={headingId} data-testid={`review-q${q.index}`} data-verdict={verdict}>
      <div className={styles.head}>
        <h2 id={headingId} className={styles.number}>
          {t("review.question", { i: q.index + 1 })}
        </h2>
        <span className={`${styles.verdict} ${styles[verdict]}`} data-testid="review-verdict">
          <span aria-hidden="true">{MARK[verdict]}</span> {t(SAYS[verdict])}
          {q.points > 0 && <> · {t("review.points", { n: countVar(locale, q.points) })}</>}
        </span>
      </div>
      <div className={styles.prompt}>
        <RichText text={q.prompt} />
      </div>
      {/* Whether or not it was on the phones during the game: looking back, there is no projector to see it on. */}
      {q.image && <PhonePicture image={q.image} />}
      {right && (
        <section className={styles.block}>
          <h3 className={styles.label}>{t("review.answer")}</h3>
          <ReviewAnswerView q={q} answer={right} testId="review-right" />
        </section>
      )}
      <section className={styles.block}>
        <h3 className={styles.label}>{t(q.graded ? "review.yours" : "review.yourVote")}</h3>
        {sent ? <ReviewAnswerView q={q} answer={sent} testId="review-mine" /> : <p className={styles.value}>{t("review.notAnswered")}</p>}
      </section>
      {q.explanation.trim() !== "" && (
        <section className={styles.block} data-testid="review-explanation">
          <h3 className={styles.label}>{t("phone.explanation")}</h3>
          <RichText text={q.explanation} />
        </section>
      )}
    </li>
  );
}
