"use client";

import type { ReviewQuestion } from "@lousa/protocol";
import { useI18n } from "../../../lib/i18n";
import { optionStyle } from "../../answer-shape";
import { OptionLabel } from "../../option-label";
import phone from "../phone.module.css";
import { formatSliderValue } from "../slider-logic";
import type { ReviewAnswer } from "./review-logic";
import styles from "./review.module.css";

/** One answer in the review, right or sent: options as their buttons looked, an order, texts, a value. */
export function ReviewAnswerView({ q, answer, testId }: { q: ReviewQuestion; answer: ReviewAnswer; testId: string }) {
  const { locale } = useI18n();
  switch (answer.kind) {
    case "options":
    case "order": {
      const List = answer.kind === "order" ? "ol" : "ul";
      return (
        <List className={phone.mine} data-testid={testId}>
          {answer.indices.map((i, k) => (
            <li key={`${i}-${k}`} className={`${phone.option} ${styles.option}`} style={optionStyle(i)} data-option={i}>
              {answer.kind === "order" && (
                <span className={phone.place} aria-hidden="true">
                  {k + 1}
                </span>
              )}
              <OptionLabel index={i} text={q.options[i] ?? ""} shapeSize={18} />
            </li>
          ))}
        </List>
      );
    }
    case "texts":
      return (
        <p className={styles.value} data-testid={testId}>
          {answer.texts.join(" · ")}
        </p>
      );
    case "value":
      return (
        <p className={styles.value} data-testid={testId}>
          {q.slider ? formatSliderValue(locale, q.slider, answer.value) : answer.value}
        </p>
      );
  }
}
