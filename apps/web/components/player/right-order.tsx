"use client";

import type { RevealView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { optionStyle } from "../answer-shape";
import { OptionLabel } from "../option-label";
import { RichText } from "../rich-text/rich-text";
import styles from "./feedback.module.css";

/**
 * After an ordering question, on the phone: the right order, 1 to n, each place marked ✓ where this
 * phone put that item there too (so a student sees which part of their order was off).
 */
export function RightOrder({ view, mine }: { view: RevealView; mine: readonly number[] | null }) {
  const { t } = useI18n();
  return (
    <div className={styles.panel}>
      <p className={styles.panelTitle}>{t("player.ordering.right")}</p>
      <ol className={styles.list} data-testid="right-order">
        {view.correct.map((item, k) => {
          const inPlace = mine?.[k] === item;
          return (
            <li key={k} className={styles.row} data-item={item} data-in-place={inPlace}>
              <span className={styles.place}>{k + 1}</span>
              <span className={styles.chip} style={optionStyle(item)}>
                <OptionLabel index={item} shapeSize={16} letterClass={styles.letter} />
              </span>
              <span className={styles.text}>
                <RichText text={view.options[item] ?? ""} phrasing wrapBlocks />
              </span>
              {mine && (
                <span className={inPlace ? styles.ok : styles.off} aria-label={t(inPlace ? "player.ordering.inPlace" : "player.ordering.outOfPlace")}>
                  {inPlace ? "✓" : "✗"}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
