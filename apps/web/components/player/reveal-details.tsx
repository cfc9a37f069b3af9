"use client";

import type { RevealView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { optionStyle } from "../answer-shape";
import { OptionLabel } from "../option-label";
import { RichText } from "../rich-text/rich-text";
import styles from "./phone.module.css";

/** The kinds whose right answer is one or more of the options (the others say theirs in their own way). */
const CHOICE_KINDS: ReadonlySet<RevealView["type"]> = new Set(["single", "multiple", "truefalse"]);

/** Whether the reveal has right options to show as buttons. */
export const hasRightChoices = (view: RevealView): boolean => CHOICE_KINDS.has(view.type) && view.correct.length > 0;

/**
 * A choice question's right option(s) on the phone, as their buttons looked, and — after a wrong answer —
 * what this phone picked, so the student sees both without looking up at the projector.
 */
export function RightChoices({ view, mine, wrong }: { view: RevealView; mine: readonly number[] | null; wrong: boolean }) {
  const { t } = useI18n();
  if (!hasRightChoices(view)) return null;
  return (
    <>
      <p className={styles.mineTitle} id="right-title">
        {t(view.correct.length > 1 ? "phone.rightMany" : "phone.right")}
      </p>
      <ul className={styles.mine} aria-labelledby="right-title" data-testid="right-options">
        {view.correct.map((i) => (
          <li key={i} className={styles.option} style={optionStyle(i)} data-option={i}>
            <OptionLabel index={i} text={view.options[i] ?? ""} shapeSize={22} />
          </li>
        ))}
      </ul>
      {wrong && mine && mine.length > 0 && (
        <>
          <p className={styles.mineTitle} id="mine-title">
            {t("phone.yourAnswer")}
          </p>
          <ul className={`${styles.mine} ${styles.picked}`} aria-labelledby="mine-title" data-testid="mine-options">
            {mine.map((i) => (
              <li key={i} className={styles.option} style={optionStyle(i)} data-option={i}>
                <OptionLabel index={i} text={view.options[i] ?? ""} shapeSize={22} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The teacher's explanation, with its code, under the right answer (nothing when there is none). */
export function Explanation({ text }: { text: string }) {
  const { t } = useI18n();
  if (text.trim() === "") return null;
  return (
    <div className={styles.explanation} data-testid="reveal-explanation">
      <p className={styles.mineTitle}>{t("phone.explanation")}</p>
      <RichText text={text} />
    </div>
  );
}
