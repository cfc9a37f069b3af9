"use client";

import type { HomeworkState, HomeworkStep } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { countVar } from "../player/phone-format";
import { ReviewQuestionCard } from "../player/review/review-question";
import review from "../player/review/review.module.css";
import { formatWhen } from "./homework-format";
import { NotSent } from "./not-sent";
import styles from "./homework.module.css";
import type { Homework } from "./use-homework";

type DoneStep = Extract<HomeworkStep, { kind: "done" }>;

/**
 * The attempt handed in: the score and right answers when the teacher shows them now (else when they
 * will), the attempt that counts when it is another one, the questions with their keys (the live review's cards) when the rules allow, and "Tentar de
 * novo" while attempts are left.
 */
export function HomeworkDone({ state, step, hw }: { state: HomeworkState; step: DoneStep; hw: Homework }) {
  const { t, locale, number } = useI18n();
  const r = step.result;
  const counted = step.counted;
  const sending = hw.sending.state === "sending";
  return (
    <>
      <div className={`card center ${styles.done}`} data-testid="hw-done" data-attempt={state.attempt.number}>
        <p className="eyebrow">{state.info.attempts > 1 ? t("hw.attempt", { n: state.attempt.number }) : state.info.bankTitle}</p>
        <p className="big-text">{t("hw.done")}</p>
        {r ? (
          <>
            <p className={styles.score} data-testid="hw-score">
              {t("hw.done.score", { n: countVar(locale, r.score) })}
            </p>
            {r.gradedCount > 0 && <p data-testid="hw-correct">{t("hw.done.correct", { n: number(r.correctCount), total: number(r.gradedCount) })}</p>}
          </>
        ) : (
          <p className="muted" data-testid="hw-later">
            {t("hw.done.later", { date: formatWhen(locale, state.info.closesAt) })}
          </p>
        )}
        {/* The screen shows this attempt; the grade follows the teacher's rule across all of them. */}
        {/* Another attempt counts (a better one before this, the first finished): which, and its score. */}
        {counted && counted.number !== state.attempt.number ? (
          <p className={styles.counted} data-testid="hw-counted" data-attempt={counted.number}>
            {t(`hw.done.counted.${state.info.counts}`, { n: number(counted.number), points: t("hw.done.score", { n: countVar(locale, counted.score) }) })}
          </p>
        ) : (
          state.info.attempts > 1 && <p className="muted small">{t(`hw.done.counts.${state.info.counts}`)}</p>
        )}
        {hw.sending.state === "failed" && <NotSent failed={hw.sending} onAgain={hw.again} onStartOver={hw.startOver} />}
        {step.canRetry && (
          <>
            <p className="muted small">{state.attemptsLeft === 1 ? t("hw.done.attemptsLeft.one") : t("hw.done.attemptsLeft", { n: state.attemptsLeft })}</p>
            <button type="button" className="button button-primary button-big" onClick={() => hw.run({ kind: "retry" })} disabled={sending} data-testid="hw-retry">
              {sending ? t("hw.sending") : t("hw.done.retry")}
            </button>
          </>
        )}
      </div>
      {step.review && step.review.length > 0 && (
        <section aria-labelledby="hw-review" className={styles.review}>
          <h2 id="hw-review" className={styles.reviewTitle}>
            {t("hw.review")}
          </h2>
          <ol className={review.list} data-testid="hw-review">
            {step.review.map((q) => (
              <ReviewQuestionCard key={q.index} q={q} />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
