"use client";

import type { PublicQuestion, RevealView } from "@lousa/game";
import type { HomeworkFeedback } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { countVar } from "../player/phone-format";
import phone from "../player/phone.module.css";
import { Explanation, hasRightChoices, RightChoices } from "../player/reveal-details";
import { RightOrder } from "../player/right-order";
import { SliderResult } from "../player/slider-result";
import typed from "../player/type-answer.module.css";
import styles from "./homework.module.css";
import { storedAnswerText } from "./stored-answer";

type Result = NonNullable<HomeworkFeedback["result"]>;

/**
 * The answered question as the live phone's reveal pieces read it: the right options, order or value and
 * the explanation. There is no class here (no distribution, no typed words of others).
 */
function asReveal(question: PublicQuestion, result: Result): RevealView {
  return { ...question, options: result.options, correct: result.correctOptions, distribution: [], answeredCount: 0, explanation: result.explanation, typed: [], slider: result.slider, leaderboardNext: false };
}

/**
 * What the phone says once its answer is stored. With answers shown after each question: right or wrong,
 * the points, the right answer and the explanation, reusing the live reveal's pieces. Otherwise only that
 * it is recorded, and that results come after the deadline (nothing about the key before then).
 */
export function HomeworkFeedbackCard({ question, feedback }: { question: PublicQuestion; feedback: HomeworkFeedback }) {
  const { t, locale } = useI18n();
  const r = feedback.result;
  if (r === null || !r.graded) {
    const mineText = storedAnswerText(locale, question, feedback.answer);
    return (
      <div className={`card center ${styles.recorded}`} role="status" data-testid="hw-feedback" data-verdict="recorded">
        <p className="big-text">✓ {t("hw.recorded")}</p>
        {mineText !== null && (
          <p data-testid="hw-stored">
            {t("phone.yourAnswer")}: <strong>{mineText}</strong>
          </p>
        )}
        {r === null && <p className="muted">{t("hw.recorded.later")}</p>}
      </div>
    );
  }
  const verdict = r.correct ? "right" : question.type === "slider" && r.points > 0 ? "close" : "wrong";
  const view = asReveal(question, r);
  const mine = feedback.answer.choices;
  const points = r.points + r.streakBonus;
  const details = question.type === "ordering" || hasRightChoices(view) || r.explanation.trim() !== "";
  return (
    <div className={`card center feedback feedback-${verdict === "right" ? "right" : "wrong"} ${phone.reveal} ${styles.feedback}`} tabIndex={0} role="group" aria-labelledby="verdict-title" data-testid="hw-feedback" data-verdict={verdict}>
      <div className={phone.standing} role="status">
        <div className={phone.verdict}>
          <p className="feedback-title" id="verdict-title">
            {verdict === "right" ? t("player.correct") : verdict === "close" ? t("player.slider.close") : t("player.wrong")}
          </p>
          <p className="feedback-icon" aria-hidden="true">
            {verdict === "right" ? "✔" : verdict === "close" ? "≈" : "✘"}
          </p>
        </div>
        {points > 0 && (
          <p className="feedback-points" data-testid="hw-points">
            {t("player.points", { n: countVar(locale, points) })}
          </p>
        )}
      </div>
      {r.streakBonus > 0 && <p className="muted">{t("player.streakBonus", { n: countVar(locale, r.streakBonus) })}</p>}
      {question.type === "typeAnswer" && (
        <>
          {r.options[0] !== undefined && <p className={typed.answerLine}>{t("player.typeAnswer.right", { text: r.options[0] })}</p>}
          {feedback.answer.text !== null && <p className={`muted ${typed.answerLine}`}>{t("player.typeAnswer.yours", { text: feedback.answer.text })}</p>}
        </>
      )}
      {question.type === "slider" && <SliderResult view={view} mine={feedback.answer.value} />}
      {details && (
        <div className={phone.details}>
          <RightChoices view={view} mine={mine} wrong={verdict !== "right"} />
          {question.type === "ordering" && <RightOrder view={view} mine={mine} />}
          <Explanation text={r.explanation} />
        </div>
      )}
    </div>
  );
}
