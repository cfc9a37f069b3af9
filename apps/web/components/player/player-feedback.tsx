"use client";

import type { ReactNode } from "react";
import type { PlayerPrivateView, RevealView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import styles from "./feedback.module.css";
import { PollVotes } from "./poll-votes";
import { RightOrder } from "./right-order";
import { SliderResult } from "./slider-result";
import typed from "./type-answer.module.css";

/** Where the player stands, under every feedback. */
function Standing({ you }: { you: PlayerPrivateView }) {
  const { t } = useI18n();
  return (
    <>
      {you.rank !== null && <p className="rank-line">{t("player.rank", { rank: you.rank, n: you.playerCount })}</p>}
      <p className="score-line" data-testid="player-score">
        {t("player.score", { n: you.score })}
      </p>
    </>
  );
}

/**
 * The phone after a reveal. A poll has no verdict (its `correct: false` means nothing): the class's
 * vote, and that it scores nothing. Every other kind: right or wrong, points, streak; ordering adds the
 * right order, with the places this phone got right; type-answer, the right answer and what was typed;
 * a slider, the right value and the one picked, and "close" for a near miss that still earned points.
 */
export function PlayerFeedback({ view, you, late }: { view: RevealView; you: PlayerPrivateView; late: ReactNode }) {
  const { t } = useI18n();
  const r = you.lastResult;
  const mine = you.answeredChoices;
  if (view.type === "poll") {
    return (
      <div className={`card center feedback ${styles.poll} ${styles.compact}`} data-testid="player-feedback" data-verdict="poll">
        {late}
        <p className="big-text">{t("player.poll.title")}</p>
        <PollVotes view={view} mine={mine} />
        <Standing you={you} />
      </div>
    );
  }
  // A slider's near miss earns a share of the points without being right: it is neither a win nor a loss.
  const verdict = !r?.answered ? "none" : r.correct ? "right" : view.type === "slider" && r.points > 0 ? "close" : "wrong";
  const ordering = view.type === "ordering";
  return (
    <div className={`card center feedback feedback-${verdict} ${verdict === "close" ? styles.close : ""} ${ordering ? styles.compact : ""}`} data-testid="player-feedback" data-verdict={verdict}>
      {late}
      <p className="feedback-title">{verdict === "right" ? t("player.correct") : verdict === "close" ? t("player.slider.close") : verdict === "wrong" ? t("player.wrong") : t("player.noAnswer")}</p>
      <p className="feedback-icon" aria-hidden="true">
        {verdict === "right" ? "✔" : verdict === "close" ? "≈" : "✘"}
      </p>
      {r && r.points + r.streakBonus > 0 && <p className="feedback-points">{t("player.points", { n: r.points + r.streakBonus })}</p>}
      {r && r.streakBonus > 0 && <p className="muted">{t("player.streakBonus", { n: r.streakBonus })}</p>}
      {you.streak >= 2 && <p className="streak">{t("player.streak", { n: you.streak })}</p>}
      {ordering && <RightOrder view={view} mine={mine} />}
      {view.type === "typeAnswer" && <TypedRight view={view} mine={you.answeredText} />}
      {view.type === "slider" && <SliderResult view={view} mine={you.answeredValue} />}
      <Standing you={you} />
    </div>
  );
}

/**
 * After a type-answer question: the answer the teacher wrote first (the reveal's "the" answer; any other
 * accepted one also scored), and what this phone typed, so a near miss ("kernell") is seen at once.
 */
function TypedRight({ view, mine }: { view: RevealView; mine: string | null }) {
  const { t } = useI18n();
  const right = view.options[0];
  return (
    <>
      {right !== undefined && (
        <p className={typed.answerLine} data-testid="typed-right">
          {t("player.typeAnswer.right", { text: right })}
        </p>
      )}
      {mine !== null && (
        <p className={`muted ${typed.answerLine}`} data-testid="typed-mine">
          {t("player.typeAnswer.yours", { text: mine })}
        </p>
      )}
    </>
  );
}
