"use client";

import type { RevealView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import styles from "./host-kinds.module.css";

/**
 * The projector after a type-answer question: each accepted answer with how many typed it
 * (`distribution[i]`), then the most common wrong answers, which the class learns most from ("kernell",
 * "nucleo" without the accent) and which no option list could have shown.
 */
export function TypeAnswerReveal({ view }: { view: RevealView }) {
  const { t } = useI18n();
  const wrong = view.typed;
  return (
    <div className={styles.typed} data-testid="type-answer-reveal">
      <section aria-labelledby="typed-accepted">
        <p className={styles.heading} id="typed-accepted">
          {t("host.reveal.accepted")}
        </p>
        <ul className={styles.typedList}>
          {view.options.map((text, i) => {
            const count = view.distribution[i] ?? 0;
            return (
              <li key={i} className={`${styles.typedRow} ${styles.typedRight}`} data-testid={`accepted-${i}`} data-count={count}>
                <span className={styles.typedText}>
                  <span aria-hidden="true">✓ </span>
                  {text}
                </span>
                <span className={styles.typedCount}>{t("host.reveal.typedCount", { n: count })}</span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="typed-wrong">
        <p className={styles.heading} id="typed-wrong">
          {t("host.reveal.wrongTyped")}
        </p>
        {wrong.length === 0 ? (
          <p className={styles.typedNone}>{t("host.reveal.noWrongTyped")}</p>
        ) : (
          <ol className={styles.typedList} data-testid="wrong-typed">
            {wrong.map((w, i) => (
              <li key={i} className={`${styles.typedRow} ${styles.typedWrong}`} data-testid={`wrong-${i}`} data-count={w.count}>
                <span className={styles.typedText}>{w.text}</span>
                <span className={styles.typedCount}>{t("host.reveal.typedCount", { n: w.count })}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

