"use client";

import type { RevealView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { formatSliderValue } from "./slider-logic";
import typed from "./type-answer.module.css";

/**
 * After a slider question: the right value, the range that scored full points (when there is a
 * tolerance), and what this phone picked, so "how far off" is seen at once.
 */
export function SliderResult({ view, mine }: { view: RevealView; mine: number | null }) {
  const { t, locale } = useI18n();
  const s = view.slider;
  if (!s) return null;
  const fmt = (n: number) => formatSliderValue(locale, s, n);
  return (
    <>
      <p className={typed.answerLine} data-testid="slider-right">
        {t("player.slider.right", { value: fmt(s.answer) })}
      </p>
      {s.tolerance > 0 && (
        <p className={`muted ${typed.answerLine}`} data-testid="slider-band">
          {t("player.slider.band", { from: fmt(Math.max(s.min, s.answer - s.tolerance)), to: fmt(Math.min(s.max, s.answer + s.tolerance)) })}
        </p>
      )}
      {mine !== null && (
        <p className={`muted ${typed.answerLine}`} data-testid="slider-mine">
          {t("player.slider.sent", { value: fmt(mine) })}
        </p>
      )}
    </>
  );
}
