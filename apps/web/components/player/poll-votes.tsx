"use client";

import type { RevealView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { optionColor, optionStyle } from "../answer-shape";
import { OptionLabel } from "../option-label";
import { RichText } from "../rich-text/rich-text";
import styles from "./feedback.module.css";

/** How the class voted, on the phone: a bar per option (no right or wrong), this phone's vote marked. */
export function PollVotes({ view, mine }: { view: RevealView; mine: readonly number[] | null }) {
  const { t } = useI18n();
  const max = Math.max(1, ...view.distribution);
  return (
    <ul className={styles.list} data-testid="poll-votes">
      {view.options.map((text, i) => {
        const count = view.distribution[i] ?? 0;
        const yours = mine?.includes(i) ?? false;
        return (
          <li key={i} className={`${styles.row} ${yours ? styles.yours : ""}`} data-testid={`vote-${i}`} data-count={count}>
            <span className={styles.chip} style={optionStyle(i)}>
              <OptionLabel index={i} shapeSize={16} letterClass={styles.letter} />
            </span>
            <span className={styles.text}>
              <RichText text={text} phrasing wrapBlocks />
              {yours && <em className={styles.tag}> · {t("player.poll.yourVote")}</em>}
            </span>
            <span className={styles.count} aria-label={t("player.poll.votes", { n: count })}>
              {count}
            </span>
            <span className={styles.bar} style={{ width: `${(count / max) * 100}%`, backgroundColor: optionColor(i) }} aria-hidden="true" />
          </li>
        );
      })}
    </ul>
  );
}
