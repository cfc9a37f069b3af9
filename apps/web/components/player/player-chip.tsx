"use client";

import type { PlayerPrivateView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { countVar } from "./phone-format";
import styles from "./phone.module.css";

/**
 * Who this phone is and its score, in the header. On a 360 px phone a long nickname gives way (it is cut
 * with an ellipsis, and said in full to screen readers); the score never does: it is what a student looks at.
 */
export function PlayerChip({ pin, you }: { pin: string; you: PlayerPrivateView | null }) {
  const { t, locale, number } = useI18n();
  if (!you) return <span className="player-chip">{pin}</span>;
  const score = t("player.score", { n: countVar(locale, you.score) });
  return (
    <span className="player-chip" data-testid="player-name" title={`${you.nickname} · ${score}`}>
      <span className="player-chip-name">{you.nickname}</span>
      <span className="player-chip-score" data-testid="player-chip-score">
        {number(you.score)}
        <span className={styles.srOnly}> {t("phone.points")}</span>
      </span>
    </span>
  );
}
