"use client";

import type { PlayerPrivateView, QuestionView } from "@lousa/game";
import type { AnswerCount } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { optionStyle } from "../answer-shape";
import { OptionLabel } from "../option-label";
import { useMilestoneText } from "./count-milestone";
import { answeredPhrase } from "./phone-format";
import styles from "./phone.module.css";
import screen from "./question-screen.module.css";
import { formatSliderValue } from "./slider-logic";
import typed from "./type-answer.module.css";

/**
 * The phone after answering, until the reveal: what it sent, as it looked when tapped (the option's
 * colour, shape and text; the order built; the text typed; the value picked), and how many of the class
 * have answered so far, live.
 */
export function WaitingCard({ question, you, count }: { question: QuestionView; you: PlayerPrivateView; count: AnswerCount | null }) {
  const { t, locale } = useI18n();
  const poll = question.type === "poll";
  const shown = count && count.questionIndex === question.index ? count : { answeredCount: 0, playerCount: you.playerCount };
  const phrase = answeredPhrase(locale, shown, true);
  const line = t(phrase.key, phrase.vars);
  // Heard at milestones only (half the class, all but one or two): see count-milestone.ts.
  const said = useMilestoneText(line, Math.max(shown.answeredCount, 1), shown.playerCount, question.index);
  const fraction = Math.min(1, Math.max(shown.answeredCount, 1) / Math.max(shown.playerCount, 1));
  return (
    <div className="card center locked-in" data-testid="player-locked">
      <p className="big-text">{t(poll ? "player.poll.voted" : "player.locked")}</p>
      <Sent question={question} you={you} />
      {/* Seen at once, live; heard only at milestones, through the region below. */}
      <p className={styles.count} aria-hidden="true" data-testid="answered-count">
        {line}
      </p>
      <div className={styles.countBar} aria-hidden="true">
        <div className={styles.countFill} style={{ width: `${Math.round(fraction * 100)}%` }} />
      </div>
      <p className={styles.srOnly} role="status" aria-live="polite" data-testid="answered-count-said">
        {said}
      </p>
      <p className="muted">{t(poll ? "player.poll.votedHint" : "player.lockedHint")}</p>
    </div>
  );
}

/** What this phone sent, by kind. */
function Sent({ question, you }: { question: QuestionView; you: PlayerPrivateView }) {
  const { t, locale } = useI18n();
  if (question.type === "typeAnswer") {
    return you.answeredText === null ? null : (
      <p className={typed.answerLine} data-testid="locked-text">
        {t("player.typeAnswer.sent", { text: you.answeredText })}
      </p>
    );
  }
  if (question.type === "slider") {
    return question.scale && you.answeredValue !== null ? (
      <p className={screen.locked} data-testid="locked-value">
        {t("player.slider.sent", { value: formatSliderValue(locale, question.scale, you.answeredValue) })}
      </p>
    ) : null;
  }
  const choices = you.answeredChoices;
  if (!choices) return null;
  const ordering = question.type === "ordering";
  const title = t(ordering ? "phone.yourOrder" : question.type === "poll" ? "phone.yourVote" : "phone.yourAnswer");
  const List = ordering ? "ol" : "ul";
  return (
    <>
      <p className={styles.mineTitle} id="sent-title">
        {title}
      </p>
      <List className={styles.mine} aria-labelledby="sent-title" data-testid="sent-options">
        {choices.map((i, k) => (
          <li key={i} className={styles.option} style={optionStyle(i)} data-option={i}>
            {ordering && (
              <span className={styles.place} aria-hidden="true">
                {k + 1}
              </span>
            )}
            <OptionLabel index={i} text={question.options[i] ?? ""} shapeSize={22} />
          </li>
        ))}
      </List>
    </>
  );
}
