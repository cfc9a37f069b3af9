"use client";

import { useId, useState } from "react";
import { optionLetter, type QuestionView } from "@lousa/game";
import { richTextPlain } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { SHAPE_KEYS } from "../../lib/messages";
import { optionStyle } from "../answer-shape";
import { OptionLabel } from "../option-label";
import { isComplete, tapItem, unplaced } from "./ordering-logic";
import styles from "./ordering.module.css";

/**
 * Ordering on a phone, one thumb, no dragging: tap the items in order and each moves into the numbered
 * answer above; tap a placed one to take it back. "Enviar" once all are placed (the server takes only
 * the whole sequence). While the answer is on its way (`sent`), it shows that sequence, locked.
 */
export function OrderingPad({ question, sent, onAnswer }: { question: QuestionView; sent: readonly number[] | null; onAnswer(choices: number[]): void }) {
  const { t } = useI18n();
  const [building, setBuilding] = useState<number[]>([]);
  // The editor previews several questions at once: ids must not collide.
  const headingId = useId();
  const n = question.options.length;
  const placed: readonly number[] = sent ?? building;
  const busy = sent !== null;
  const left = unplaced(placed, n);
  const name = (i: number) => `${optionLetter(i)}, ${t(SHAPE_KEYS[i % SHAPE_KEYS.length] ?? "answer.shape.0")}: ${richTextPlain(question.options[i] ?? "")}`;
  const tap = (i: number) => setBuilding((b) => tapItem(b, i));

  return (
    <div className={styles.pad} data-testid="ordering-pad">
      <p className={styles.heading} id={headingId}>
        {t("player.ordering.yours")}
      </p>
      <ol className={styles.answer} aria-labelledby={headingId}>
        {placed.map((item, k) => (
          <li key={item} className={styles.slot}>
            <span className={styles.number} aria-hidden="true">
              {k + 1}
            </span>
            <button type="button" className={`${styles.item} ${styles.placed}`} style={optionStyle(item)} disabled={busy} onClick={() => tap(item)} aria-label={`${k + 1}. ${name(item)} — ${t("player.ordering.takeBack")}`} data-testid={`placed-${k}`} data-item={item}>
              <OptionLabel index={item} text={question.options[item] ?? ""} letterClass={styles.letter} />
              {!busy && (
                <span className={styles.undo} aria-hidden="true">
                  ×
                </span>
              )}
            </button>
          </li>
        ))}
        {left.length > 0 && (
          <li className={styles.slot} aria-hidden="true">
            <span className={styles.number}>{placed.length + 1}</span>
            <span className={styles.empty}>{t("player.ordering.tapNext", { i: placed.length + 1 })}</span>
          </li>
        )}
      </ol>
      {left.length > 0 && (
        <ul className={styles.pool} aria-label={t("player.ordering.items")}>
          {left.map((item) => (
            <li key={item}>
              <button type="button" className={styles.item} style={optionStyle(item)} disabled={busy} onClick={() => tap(item)} aria-label={name(item)} data-testid={`item-${item}`}>
                <OptionLabel index={item} text={question.options[item] ?? ""} letterClass={styles.letter} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {!busy && (
        <div className={styles.actions}>
          <button type="button" className="button" onClick={() => setBuilding([])} disabled={building.length === 0} data-testid="ordering-clear">
            {t("player.ordering.clear")}
          </button>
          <button type="button" className="button button-primary" onClick={() => onAnswer([...building])} disabled={!isComplete(building, n)} data-testid="answer-submit">
            {isComplete(building, n) ? t("player.ordering.send") : t("player.ordering.placeAll", { n: left.length })}
          </button>
        </div>
      )}
    </div>
  );
}
