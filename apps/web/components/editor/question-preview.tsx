"use client";

import type { QuestionView } from "@lousa/game";
import type { QuestionDraft } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { HostQuestion } from "../host/host-question";
import { AnswerPad } from "../player/answer-pad";
import styles from "./editor.module.css";

const noop = () => undefined;

/**
 * The question as the game will show it, drawn by the game's own components: the projector at its real
 * 1920×1080 layout scaled down, and a 360-wide phone. Empty texts show as typed (that is what students
 * would see).
 */
export function QuestionPreview({ question, index }: { question: QuestionDraft; index: number }) {
  const { t } = useI18n();
  const view: QuestionView = {
    index,
    total: index + 1,
    type: question.type,
    prompt: question.prompt,
    options: question.options,
    pointsMode: question.pointsMode,
    timeLimitMs: question.timeLimitSec * 1000,
    remainingMs: question.timeLimitSec * 1000,
  };
  return (
    <div className={styles.preview} data-testid={`q${index}-preview-panel`}>
      <figure className={styles.previewFigure}>
        <figcaption>{t("editor.preview.projector")}</figcaption>
        <div className={styles.projectorBox} aria-hidden="true" inert>
          <div className={`page page-host ${styles.projectorFrame}`}>
            <HostQuestion view={view} seq={0} answeredCount={0} playerCount={0} onEnd={noop} preview />
          </div>
        </div>
      </figure>
      <figure className={styles.previewFigure}>
        <figcaption>{t("editor.preview.phone")}</figcaption>
        <div className={styles.phoneBox} aria-hidden="true" inert>
          <div className={`page ${styles.phoneFrame}`}>
            <div className="player-question">
              <div className="question-bar">
                <span>{t("player.question", { i: index + 1, n: index + 1 })}</span>
                <span className="timer-chip">{question.timeLimitSec}</span>
              </div>
              <p className="player-prompt">{question.prompt}</p>
              <AnswerPad question={view} sent={null} onAnswer={noop} />
            </div>
          </div>
        </div>
      </figure>
    </div>
  );
}
