"use client";

import type { ReactNode } from "react";
import type { PlayerPrivateView, RevealView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import styles from "./feedback.module.css";
import { countVar, roundPoints } from "./phone-format";
import phone from "./phone.module.css";
import { PollVotes } from "./poll-votes";
import { Explanation, hasRightChoices, RightChoices } from "./reveal-details";
import { RevealStanding } from "./reveal-standing";
import { RightOrder } from "./right-order";
import { SliderResult } from "./slider-result";
import typed from "./type-answer.module.css";

/**
 * The phone after a reveal. A poll has no verdict (its `correct: false` means nothing): the class's
 * vote, and that it scores nothing. Every other kind: right or wrong, this round's points, streak, the
 * right answer (the options as their buttons looked; ordering, the right order with the places this phone
 * got right; type-answer, the right answer and what was typed; a slider, the right value and the one
 * picked, and "close" for a near miss that still earned points), the explanation, and the standing with
 * how far the player above is. On a small phone only the right answer and explanation scroll.
 */
export function PlayerFeedback({ view, you, late }: { view: RevealView; you: PlayerPrivateView; late: ReactNode }) {
  const { t, locale } = useI18n();
  const r = you.lastResult;
  const mine = you.answeredChoices;
  if (view.type === "poll") {
    return (
      <div className={`card center feedback ${styles.poll} ${styles.compact}`} data-testid="player-feedback" data-verdict="poll">
        {late}
        <p className="big-text" role="status">
          {t("player.poll.title")}
        </p>
        <PollVotes view={view} mine={mine} />
        <RevealStanding you={you} />
      </div>
    );
  }
  // A slider's near miss earns a share of the points without being right: it is neither a win nor a loss.
  const verdict = !r?.answered ? "none" : r.correct ? "right" : view.type === "slider" && r.points > 0 ? "close" : "wrong";
  const points = roundPoints(r);
  const ordering = view.type === "ordering";
  const details = ordering || hasRightChoices(view) || view.explanation.trim() !== "";
  return (
    // Focusable, so a keyboard can scroll it when large text makes it taller than the phone.
    <div className={`card center feedback feedback-${verdict} ${verdict === "close" ? styles.close : ""} ${phone.reveal}`} tabIndex={0} role="group" aria-labelledby="verdict-title" data-testid="player-feedback" data-verdict={verdict}>
      {late}
      <div className={phone.standing} role="status" data-testid="verdict">
        <div className={phone.verdict}>
          <p className="feedback-title" id="verdict-title">{verdict === "right" ? t("player.correct") : verdict === "close" ? t("player.slider.close") : verdict === "wrong" ? t("player.wrong") : t("player.noAnswer")}</p>
          <p className="feedback-icon" aria-hidden="true">
            {verdict === "right" ? "✔" : verdict === "close" ? "≈" : "✘"}
          </p>
        </div>
        {points > 0 && (
          <p className="feedback-points" data-testid="round-points">
            {t("player.points", { n: countVar(locale, points) })}
          </p>
        )}
      </div>
      {r && r.streakBonus > 0 && <p className="muted">{t("player.streakBonus", { n: countVar(locale, r.streakBonus) })}</p>}
      {you.streak >= 2 && <p className="streak">{t("player.streak", { n: you.streak })}</p>}
      {view.type === "typeAnswer" && <TypedRight view={view} mine={you.answeredText} />}
      {view.type === "slider" && <SliderResult view={view} mine={you.answeredValue} />}
      {details && (
        <div className={phone.details} data-testid="reveal-details">
          <RightChoices view={view} mine={mine} wrong={verdict !== "right"} />
          {ordering && <RightOrder view={view} mine={mine} />}
          <Explanation text={view.explanation} />
        </div>
      )}
      <RevealStanding you={you} />
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
