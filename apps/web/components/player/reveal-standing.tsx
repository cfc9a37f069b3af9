"use client";

import type { PlayerPrivateView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { countVar, motivator, rankVar } from "./phone-format";
import styles from "./phone.module.css";
import { TeamLine } from "./team-line";

/** Where the player stands under every reveal: place, score, and how far the player just above is. */
export function RevealStanding({ you }: { you: PlayerPrivateView }) {
  const { t, locale, number } = useI18n();
  const push = motivator(locale, you);
  return (
    <div className={styles.standing}>
      {you.rank !== null && <p className="rank-line">{t("player.rank", { rank: rankVar(locale, you.rank), n: number(you.playerCount) })}</p>}
      <p className="score-line" data-testid="player-score">
        {t("player.score", { n: countVar(locale, you.score) })}
      </p>
      {push && (
        <p className={styles.motivator} data-testid="motivator">
          {t(push.key, push.vars)}
        </p>
      )}
      <TeamLine you={you} />
    </div>
  );
}
