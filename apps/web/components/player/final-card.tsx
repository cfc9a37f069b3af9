"use client";

import Link from "next/link";
import type { PlayerPrivateView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { Confetti } from "./confetti";
import { Medal } from "./medal";
import { celebrates, countVar, ordinal } from "./phone-format";
import { TeamLine } from "./team-line";
import styles from "./final-card.module.css";

/**
 * The phone at the podium: the place out of the class, the score, how many it got right ("Você acertou
 * 8 de 17"), a medal and confetti for places 1–3, and the way to the review of the questions (which the
 * server opens once the teacher ends the game; the podium is that end).
 */
export function FinalCard({ pin, you }: { pin: string; you: PlayerPrivateView }) {
  const { t, locale, number } = useI18n();
  const rank = you.rank;
  return (
    <div className={`card center feedback-final ${styles.card}`} data-testid="player-final" data-rank={rank ?? undefined}>
      {celebrates(rank) && <Confetti />}
      <p className="eyebrow">{t("player.final")}</p>
      {celebrates(rank) && (
        <>
          <Medal place={rank} />
          <p className={styles.cheer} data-testid="celebration">
            {t(rank === 1 ? "phone.final.win" : "phone.final.podium")}
          </p>
        </>
      )}
      {rank !== null && (
        <p className={styles.place} data-testid="final-place">
          {t("phone.final.place", { place: ordinal(locale, rank), total: number(you.playerCount) })}
        </p>
      )}
      <p className="score-line" data-testid="player-score">
        {t("player.score", { n: countVar(locale, you.score) })}
      </p>
      <TeamLine you={you} />
      {you.gradedCount > 0 && (
        <p className={styles.correct} data-testid="final-correct">
          {t("phone.final.correct", { n: number(you.correctCount), total: number(you.gradedCount) })}
        </p>
      )}
      <ReviewLink pin={pin} />
    </div>
  );
}

/**
 * The phone of a game the server no longer holds (it let the finished game go, or restarted): no podium to
 * show, but the seat was kept, and the review is read from the database with it.
 */
export function GameOverCard({ pin }: { pin: string }) {
  const { t } = useI18n();
  return (
    <div className={`card center ${styles.card}`} data-testid="player-over">
      <p className="eyebrow">{t("player.final")}</p>
      <p className="big-text">{t("phone.over")}</p>
      <p className="muted">{t("phone.over.hint")}</p>
      <ReviewLink pin={pin} />
      <Link className="button button-quiet" href="/">
        {t("review.home")}
      </Link>
    </div>
  );
}

function ReviewLink({ pin }: { pin: string }) {
  const { t } = useI18n();
  return (
    <Link className={`button button-primary button-big ${styles.review}`} href={`/play/${pin}/review`} data-testid="review-link">
      {t("phone.final.review")}
    </Link>
  );
}
