"use client";

import { kindOf, sliderScale, type QuestionView } from "@lousa/game";
import type { QuestionDraft } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { HostQuestion } from "../host/host-question";
import { HostSlide } from "../host/host-slide";
import { AnswerInput } from "../player/answer-input";
import { PhonePicture } from "../player/phone-picture";
import { PlayerSlide } from "../player/player-slide";
import { RichText } from "../rich-text/rich-text";
import styles from "./editor.module.css";

const noop = () => undefined;

/** A fixed stand-in for the game's random: the preview shuffles the same way on every render. */
function seeded(seed: number): () => number {
  let x = (seed * 7919 + 12345) % 2147483647 || 1;
  return () => {
    x = (x * 16807) % 2147483647;
    return (x - 1) / 2147483646;
  };
}

/**
 * The options as a game plays them: an ordering question's items shuffled uniformly, as the engine does,
 * so the preview may show them already in the right order (a student can get that too).
 */
function asPlayed(q: QuestionDraft): readonly string[] {
  if (q.type === "typeAnswer" || q.options.length === 0) return [];
  const played = { id: "preview", type: q.type, prompt: q.prompt, options: q.options, correct: q.correct, explanation: q.explanation, timeLimitMs: q.timeLimitSec * 1000, pointsMode: q.pointsMode };
  return kindOf(q.type).forPlay(played, seeded(q.options.length)).options;
}

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
    // A type-answer question's options are its accepted answers: the game never shows them before the reveal.
    options: asPlayed(question),
    pointsMode: question.pointsMode,
    timeLimitMs: question.timeLimitSec * 1000,
    scale: question.type === "slider" && question.slider ? sliderScale(question.slider) : null,
    text: question.type === "slide" ? question.explanation : "",
    image: question.image ?? null,
    remainingMs: question.timeLimitSec * 1000,
    opensInMs: 0,
    extendedRemainingMs: null,
  };
  const image = view.image;
  return (
    <div className={styles.preview} data-testid={`q${index}-preview-panel`}>
      <figure className={styles.previewFigure}>
        <figcaption>{t("editor.preview.projector")}</figcaption>
        <div className={styles.projectorBox} aria-hidden="true" inert>
          <div className={`page page-host ${styles.projectorFrame}`}>
            {question.type === "slide" ? <HostSlide view={view} onNext={noop} /> : <HostQuestion view={view} seq={0} answeredCount={0} playerCount={0} onEnd={noop} preview />}
          </div>
        </div>
      </figure>
      <figure className={styles.previewFigure}>
        <figcaption>{t("editor.preview.phone")}</figcaption>
        <div className={styles.phoneBox} aria-hidden="true" inert>
          <div className={`page ${styles.phoneFrame}`}>
            {question.type === "slide" ? (
              <PlayerSlide view={view} />
            ) : (
              <div className="player-question">
                <div className="question-bar">
                  <span>{t("player.question", { i: index + 1, n: index + 1 })}</span>
                  <span className="timer-chip">{question.timeLimitSec}</span>
                </div>
                <div className="player-prompt">
                  <RichText text={question.prompt} />
                </div>
                {image?.onPhones && <PhonePicture image={image} />}
                <AnswerInput question={view} sent={null} sentText={null} onAnswer={noop} onText={noop} />
              </div>
            )}
          </div>
        </div>
      </figure>
    </div>
  );
}
