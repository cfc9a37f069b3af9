"use client";

import type { QuestionView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { RichText } from "../rich-text/rich-text";
import { PhonePicture } from "./phone-picture";
import styles from "./player-slide.module.css";

/** A slide's text this short reads fine on a phone too; a longer one (or code) is for the projector. */
const SHORT_TEXT = 240;

/**
 * The phone while a slide is on the projector: its title, the picture when the teacher put it on phones,
 * a short text, and where to look. Nothing to answer, no clock.
 */
export function PlayerSlide({ view }: { view: QuestionView }) {
  const { t } = useI18n();
  const short = view.text.length <= SHORT_TEXT && !view.text.includes("```");
  return (
    <div className={`card center ${styles.slide}`} data-testid="player-slide" data-index={view.index}>
      <p className="eyebrow">{t("kind.slide")}</p>
      <h1 className={styles.title}>
        <RichText text={view.prompt} phrasing />
      </h1>
      {view.image?.onPhones && <PhonePicture image={view.image} />}
      {short && view.text !== "" && (
        <div className={styles.text}>
          <RichText text={view.text} />
        </div>
      )}
      <p className={styles.look} data-testid="slide-look">
        {t("player.slide.look")}
      </p>
    </div>
  );
}
