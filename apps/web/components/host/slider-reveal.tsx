"use client";

import type { RevealView, SliderSpec } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { formatSliderValue } from "../player/slider-logic";
import { histogramGeometry } from "./slider-histogram";
import styles from "./host-play.module.css";

/**
 * The projector after a slider question: a histogram of the guesses (one bar per value on a short scale,
 * ten ranges on a long one), the band that scored full points shaded, the right value marked with a line
 * across the chart, so the class sees at once how close it came and how spread out it was.
 */
export function SliderReveal({ view, spec }: { view: RevealView; spec: SliderSpec }) {
  const { t, locale } = useI18n();
  const g = histogramGeometry(spec, view.distribution);
  const fmt = (n: number) => formatSliderValue(locale, spec, n);
  const bare = (n: number) => formatSliderValue(locale, { ...spec, unit: "" }, n);
  const label = (from: number, last: number) => (from === last ? bare(from) : `${bare(from)}–${bare(last)}`);
  const band = spec.tolerance > 0 ? { from: fmt(Math.max(spec.min, spec.answer - spec.tolerance)), to: fmt(Math.min(spec.max, spec.answer + spec.tolerance)) } : null;
  return (
    <section className={styles.histogram} data-testid="slider-reveal" aria-label={t("host.reveal.slider")}>
      <div className={styles.histogramHead}>
        <p className={styles.answer} data-testid="slider-answer">
          {t("host.reveal.sliderAnswer", { value: fmt(spec.answer) })}
        </p>
        {band && (
          <p className={styles.bandNote} data-testid="slider-band-note">
            <span className={styles.bandSwatch} aria-hidden="true" />
            {t("host.reveal.sliderBand", band)}
          </p>
        )}
        <span className="spacer" />
        <p className={styles.guesses}>{t("host.reveal.sliderGuesses", { n: view.answeredCount })}</p>
      </div>
      <div className={styles.chart} role="img" aria-label={g.bars.map((b) => t("host.reveal.sliderBar", { range: label(b.from, b.last), n: b.count })).join(", ")}>
        <div className={styles.band} style={{ left: `${g.band.from * 100}%`, width: `${(g.band.to - g.band.from) * 100}%` }} data-testid="slider-band" />
        <div className={styles.answerLine} style={{ left: `${g.answerAt * 100}%` }} data-testid="slider-answer-line" />
        {g.bars.map((b, k) => (
          <div key={k} className={`${styles.hBarCol} ${b.inBand ? styles.hIn : ""} ${b.right ? styles.hRight : ""}`} data-testid={`slider-bar-${k}`} data-count={b.count} data-right={b.right} data-in-band={b.inBand}>
            <span className={styles.hCount}>{b.count}</span>
            <div className={styles.hBar} style={{ height: `${b.height}%` }} />
          </div>
        ))}
      </div>
      <div className={styles.axis} aria-hidden="true">
        {g.bars.map((b, k) => (
          <span key={k} className={`${styles.axisLabel} ${b.right ? styles.axisRight : ""}`}>
            {label(b.from, b.last)}
          </span>
        ))}
      </div>
      {spec.unit.trim() !== "" && <p className={styles.unit}>{spec.unit}</p>}
    </section>
  );
}
