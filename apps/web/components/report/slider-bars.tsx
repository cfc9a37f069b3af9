"use client";

import { sliderBins, type SliderSpec } from "@lousa/game";
import type { QuestionReportRow } from "@lousa/reports";
import { useI18n } from "../../lib/i18n";
import { formatDecimal } from "../editor/kinds/decimal";
import styles from "./report.module.css";

/** Whether a bar [from, to] holds a value within the tolerance (a fully right guess). */
const isRightBin = (s: SliderSpec, from: number, to: number) => to >= s.answer - s.tolerance && from <= s.answer + s.tolerance;

/**
 * A slider's row: the right value (± tolerance) and how many guessed in each part of the scale — the
 * report's `optionCounts` are the histogram over the engine's sliderBins, the same bars the projector
 * showed at the reveal. Bars holding a right guess are green, as right options are.
 */
export function SliderBars({ q, slider }: { q: QuestionReportRow; slider: SliderSpec }) {
  const { t, locale } = useI18n();
  const n = (v: number) => formatDecimal(v, locale);
  const unit = slider.unit.trim() ? ` ${slider.unit.trim()}` : "";
  const bins = sliderBins(slider);
  return (
    <>
      <p className={styles.note} data-testid="report-slider">
        {slider.tolerance > 0 ? t("report.slider.tolerance", { answer: `${n(slider.answer)}${unit}`, tolerance: n(slider.tolerance) }) : t("report.slider", { answer: `${n(slider.answer)}${unit}` })}
      </p>
      <div className="mini-bars" aria-hidden="true">
        {bins.map((b, i) => {
          const count = q.optionCounts[i] ?? 0;
          const label = b.from === b.to ? n(b.from) : `${n(b.from)}–${n(b.to)}`;
          return (
            <span key={i} className={isRightBin(slider, b.from, b.to) ? "mini-right" : "mini-wrong"} style={{ flexGrow: Math.max(count, 0.05) }} title={`${label}${unit}: ${count}`}>
              {count}
            </span>
          );
        })}
      </div>
    </>
  );
}

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * The row's slider, checked field by field: the report arrives over the network with only a shallow
 * check (report-page's isReport), and a server from before sliders sends no such field (the row then
 * shows its plain option bars, which for a slider are none).
 */
export function sliderOf(q: QuestionReportRow): SliderSpec | null {
  const s: unknown = "slider" in q ? q.slider : null;
  if (typeof s !== "object" || s === null) return null;
  if (!("min" in s && "max" in s && "step" in s && "answer" in s && "tolerance" in s)) return null;
  const { min, max, step, answer, tolerance } = s;
  if (!isNum(min) || !isNum(max) || !isNum(step) || !isNum(answer) || !isNum(tolerance) || !(min < max) || !(step > 0)) return null;
  const unit = "unit" in s && typeof s.unit === "string" ? s.unit : "";
  return { min, max, step, answer, tolerance, unit };
}
