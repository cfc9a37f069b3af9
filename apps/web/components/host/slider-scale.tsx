"use client";

import type { SliderScale } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { formatSliderValue } from "../player/slider-logic";
import styles from "./host-play.module.css";

/** The projector while a slider is open: the scale the phones pick on, end to end (never the answer). */
export function SliderScaleBar({ scale }: { scale: SliderScale }) {
  const { t, locale } = useI18n();
  const min = formatSliderValue(locale, scale, scale.min);
  const max = formatSliderValue(locale, scale, scale.max);
  return (
    <div className={styles.scale} data-testid="slider-scale" aria-label={t("host.slider.scale", { min, max })}>
      <p className={styles.scaleHint}>
        <span aria-hidden="true">↔ </span>
        {t("host.question.slider")}
      </p>
      <div className={styles.scaleRow} aria-hidden="true">
        <span className={styles.scaleEnd}>{min}</span>
        <span className={styles.scaleTrack}>
          <span className={styles.scaleThumb} />
        </span>
        <span className={styles.scaleEnd}>{max}</span>
      </div>
    </div>
  );
}
