"use client";

import { useId, useState, type CSSProperties, type FormEvent } from "react";
import type { SliderScale } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { formatSliderValue, sliderFraction, sliderMiddle, stepChoice, stepSlider } from "./slider-logic";
import styles from "./slider.module.css";

/**
 * The phone's answer to a slider question: the value picked, large, with its unit; a native range (so
 * arrow keys, Page Up/Down and screen readers work as they do everywhere) drawn thumb-sized, with − / +
 * for one step at a time (a thumb can't hit one step on a scale of hundreds); "Enviar" sends it.
 *
 * Nothing is chosen until the student moves it: a thumb that started on a value could be sent untouched
 * at top speed, and on a scale built around its answer that value is the answer. Until then the thumb
 * is greyed, the big text says to drag it, "Enviar" is off (and says why), and the keys and − / + go
 * from the middle. While the answer is on its way (`sent`), the slider shows it, locked.
 */
export function SliderPad({ scale, sent, onValue }: { scale: SliderScale; sent: number | null; onValue?(value: number): void }) {
  const { t, locale } = useI18n();
  const [chosen, setChosen] = useState<number | null>(null);
  const hintId = useId();
  const busy = sent !== null;
  const value = sent ?? chosen;
  const untouched = value === null;
  // The native range needs a value to draw its thumb and to step the keys from: the middle, shown neutral.
  const at = value ?? sliderMiddle(scale);
  const shown = untouched ? t("player.slider.pick") : formatSliderValue(locale, scale, value);
  const fill = { "--fill": untouched ? "0%" : `${sliderFraction(scale, value) * 100}%` } as CSSProperties;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy && value !== null) onValue?.(value);
  };

  return (
    <form className={styles.form} onSubmit={submit} data-testid="slider-form" data-chosen={!untouched}>
      <p className={`${styles.value} ${untouched ? styles.valueEmpty : ""}`} aria-hidden="true" data-testid="slider-value">
        {shown}
      </p>
      <div className={styles.row}>
        <button type="button" className={styles.step} aria-label={t("player.slider.less")} disabled={busy || (!untouched && at <= scale.min)} onClick={() => setChosen(stepChoice(scale, value, -1))} data-testid="slider-less">
          −
        </button>
        <input
          className={`${styles.range} ${untouched ? styles.untouched : ""}`}
          style={fill}
          type="range"
          min={scale.min}
          max={scale.max}
          step={scale.step}
          value={at}
          // The browser's value is a string; the scale's own snapping keeps it on a step without float noise.
          onChange={(e) => setChosen(stepSlider(scale, e.currentTarget.valueAsNumber, 0))}
          aria-label={t("player.slider.label")}
          aria-valuetext={untouched ? t("player.slider.none") : shown}
          disabled={busy}
          data-testid="slider-input"
        />
        <button type="button" className={styles.step} aria-label={t("player.slider.more")} disabled={busy || (!untouched && at >= scale.max)} onClick={() => setChosen(stepChoice(scale, value, 1))} data-testid="slider-more">
          +
        </button>
      </div>
      <div className={styles.ends} aria-hidden="true">
        <span>{formatSliderValue(locale, scale, scale.min)}</span>
        <span>{formatSliderValue(locale, scale, scale.max)}</span>
      </div>
      <button type="submit" className={`button button-primary button-big ${styles.send}`} disabled={busy || untouched} aria-describedby={untouched ? hintId : undefined} data-testid="answer-submit">
        {t("player.slider.send")}
      </button>
      {/* Why "Enviar" is off, for a screen reader (the greyed thumb and "Arraste para escolher" say it to the eye). */}
      {untouched && !busy && (
        <span id={hintId} className={styles.hint} data-testid="slider-hint">
          {t("player.slider.chooseFirst")}
        </span>
      )}
    </form>
  );
}
