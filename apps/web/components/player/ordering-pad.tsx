"use client";

import { useEffect, useId, useRef, useState } from "react";
import { optionLetter, type QuestionView } from "@lousa/game";
import { richTextPlain } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { SHAPE_KEYS } from "../../lib/messages";
import { optionStyle } from "../answer-shape";
import { OptionLabel } from "../option-label";
import { focusAfterTap, isComplete, tapItem, unplaced, type OrderingFocus } from "./ordering-logic";
import styles from "./ordering.module.css";

/**
 * Ordering on a phone, one thumb, no dragging: tap the items in order and each moves into the numbered
 * answer above; tap a placed one to take it back. "Enviar" once all are placed (the server takes only
 * the whole sequence). While the answer is on its way (`sent`), it shows that sequence, locked; if it is
 * refused, the sequence comes back to build on, not an empty answer.
 */
export function OrderingPad({ question, sent, onAnswer }: { question: QuestionView; sent: readonly number[] | null; onAnswer(choices: number[]): void }) {
  const { t } = useI18n();
  const [building, setBuilding] = useState<number[]>([]);
  // A refused answer (not stored, invalid…) unlocks the pad: the order that was sent is kept to send
  // again, also when the pad first appeared already sending (a reload with an answer waiting).
  const [lastSent, setLastSent] = useState<readonly number[] | null>(sent);
  if ((sent === null) !== (lastSent === null)) {
    setLastSent(sent);
    if (sent === null && lastSent !== null) setBuilding([...lastSent]);
  }
  // Said politely after each tap, since the tapped button leaves its list and nothing else tells.
  const [announce, setAnnounce] = useState("");
  const padRef = useRef<HTMLDivElement>(null);
  const focusTo = useRef<OrderingFocus | null>(null);
  // The editor previews several questions at once: ids must not collide.
  const headingId = useId();
  const n = question.options.length;
  const placed: readonly number[] = sent ?? building;
  const busy = sent !== null;
  const left = unplaced(placed, n);
  const name = (i: number) => `${optionLetter(i)}, ${t(SHAPE_KEYS[i % SHAPE_KEYS.length] ?? "answer.shape.0")}: ${richTextPlain(question.options[i] ?? "")}`;
  const tap = (i: number) => {
    const slot = building.indexOf(i);
    const next = tapItem(building, i);
    focusTo.current = focusAfterTap(building, i, n);
    setAnnounce(slot >= 0 ? t("player.ordering.takenOut", { item: optionLetter(i) }) : t("player.ordering.placedAt", { item: optionLetter(i), i: next.length, n }));
    setBuilding(next);
  };
  const clear = () => {
    focusTo.current = { kind: "item", item: 0 };
    setAnnounce(t("player.ordering.cleared"));
    setBuilding([]);
  };

  // The tapped button has just left the page: focus goes where the next tap will be (see focusAfterTap).
  useEffect(() => {
    const target = focusTo.current;
    focusTo.current = null;
    if (!target || !padRef.current) return;
    const testId = target.kind === "send" ? "answer-submit" : target.kind === "placed" ? `placed-${target.slot}` : `item-${target.item}`;
    padRef.current.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus();
  }, [building]);

  return (
    <div className={styles.pad} data-testid="ordering-pad" ref={padRef}>
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
      <p className={styles.announce} aria-live="polite" data-testid="ordering-announce">
        {busy ? "" : announce}
      </p>
      {!busy && (
        <div className={styles.actions}>
          <button type="button" className="button" onClick={clear} disabled={building.length === 0} data-testid="ordering-clear">
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
