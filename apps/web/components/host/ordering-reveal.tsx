"use client";

import type { RevealView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { optionStyle } from "../answer-shape";
import { OptionLabel } from "../option-label";
import styles from "./host-kinds.module.css";

/**
 * The projector after an ordering question: the right order, 1 to n, each item with how many players
 * put it in its place (`distribution[i]` counts item i in place), so the class sees where it slipped.
 */
export function OrderingReveal({ view }: { view: RevealView }) {
  const { t } = useI18n();
  const total = view.answeredCount;
  return (
    <section aria-label={t("host.reveal.ordering")}>
      <p className={styles.heading}>{t("host.reveal.ordering")}</p>
      <ol className={styles.order} data-testid="ordering-reveal">
        {view.correct.map((item, k) => {
          const count = view.distribution[item] ?? 0;
          return (
            <li key={k} className={styles.orderRow} data-testid={`order-${k}`} data-item={item} data-count={count}>
              <span className={styles.place}>{k + 1}</span>
              <span className={styles.item} style={optionStyle(item)}>
                <OptionLabel index={item} text={view.options[item] ?? ""} shapeSize={40} letterClass={styles.letter} />
              </span>
              <span className={styles.inPlace}>
                {t("host.reveal.inPlace", { n: count, total })}
                <span className={styles.meter} aria-hidden="true">
                  <span className={styles.meterFill} style={{ width: `${total === 0 ? 0 : (count / total) * 100}%` }} />
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
