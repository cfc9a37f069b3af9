"use client";

import { useState, type CSSProperties, type FormEvent } from "react";
import type { SliderScale } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { formatSliderValue, sliderFraction, sliderStart, stepSlider } from "./slider-logic";
import styles from "./slider.module.css";

/**
 * The phone's answer to a slider question: the value picked, large, with its unit; a native range (so
 * arrow keys, Page Up/Down and screen readers work as they do everywhere) drawn thumb-sized, with − / +
 * for one step at a time (a thumb can't hit one step on a scale of hundreds); "Enviar" sends it. While
 * the answer is on its way (`sent`), the slider shows it, locked.
 */
export function SliderPad({ scale, sent, onValue }: { scale: SliderScale; sent: number | null; onValue?(value: number): void }) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(() => sliderStart(scale));
  const busy = sent !== null;
  const value = sent ?? draft;
  const shown = formatSliderValue(locale, scale, value);
  const fill = { "--fill": `${sliderFraction(scale, value) * 100}%` } as CSSProperties;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onValue?.(value);
  };

  return (
    <form className={styles.form} onSubmit={submit} data-testid="slider-form">
      <p className={styles.value} aria-hidden="true" data-testid="slider-value">
        {shown}
      </p>
      <div className={styles.row}>
        <button type="button" className={styles.step} aria-label={t("player.slider.less")} disabled={busy || value <= scale.min} onClick={() => setDraft(stepSlider(scale, value, -1))} data-testid="slider-less">
          −
        </button>
        <input
          className={styles.range}
          style={fill}
          type="range"
          min={scale.min}
          max={scale.max}
          step={scale.step}
          value={value}
          // The browser's value is a string; the scale's own snapping keeps it on a step without float noise.
          onChange={(e) => setDraft(stepSlider(scale, e.currentTarget.valueAsNumber, 0))}
          aria-label={t("player.slider.label")}
          aria-valuetext={shown}
          disabled={busy}
          data-testid="slider-input"
        />
        <button type="button" className={styles.step} aria-label={t("player.slider.more")} disabled={busy || value >= scale.max} onClick={() => setDraft(stepSlider(scale, value, 1))} data-testid="slider-more">
          +
        </button>
      </div>
      <div className={styles.ends} aria-hidden="true">
        <span>{formatSliderValue(locale, scale, scale.min)}</span>
        <span>{formatSliderValue(locale, scale, scale.max)}</span>
      </div>
      <button type="submit" className={`button button-primary button-big ${styles.send}`} disabled={busy} data-testid="answer-submit">
        {t("player.slider.send")}
      </button>
    </form>
  );
}
