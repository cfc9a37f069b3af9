"use client";

import type { QuestionView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { RichText } from "../rich-text/rich-text";
import { HostPicture } from "./host-picture";
import styles from "./host-play.module.css";

/**
 * The projector on a slide: its title, its text (code highlighted) and its picture — nothing to answer,
 * no clock, no count. "Continuar" goes straight on to the next question.
 */
export function HostSlide({ view, onNext, pacing = null }: { view: QuestionView; onNext(): void; pacing?: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <section className={styles.slide} data-testid="host-slide" data-index={view.index}>
      <div className="question-head">
        <span className="eyebrow">{t("host.question.of", { i: view.index + 1, n: view.total })}</span>
        <span className="badge">{t("kind.slide")}</span>
        <span className="spacer" />
        {pacing}
        <button type="button" className="button button-primary button-big" onClick={onNext} data-testid="host-next">
          {t("host.slide.continue")}
        </button>
      </div>
      <h1 className={styles.slideTitle}>
        <RichText text={view.prompt} phrasing />
      </h1>
      <div className={`${styles.slideBody} ${view.image && view.text !== "" ? styles.slideSplit : ""}`}>
        {view.text !== "" && (
          <div className={styles.slideText} data-testid="slide-text">
            <RichText text={view.text} />
          </div>
        )}
        {view.image && <HostPicture image={view.image} size="large" />}
      </div>
    </section>
  );
}
