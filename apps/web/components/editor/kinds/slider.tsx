"use client";

import { QUESTION_LIMITS } from "@lousa/protocol";
import { useI18n } from "../../../lib/i18n";
import type { MessageKey } from "../../../lib/messages";
import { FieldIssues, invalidProps } from "../field-issues";
import styles from "../editor.module.css";
import media from "../media.module.css";
import { NumberBox } from "./number-box";
import { baseFields } from "./options-ops";
import { BLANK_SLIDER, setSliderField, sliderBoxesAtFault, SLIDER_NUMBER_FIELDS, sliderScoringText, toSlider, type SliderNumberField } from "./slider-ops";
import type { OptionsEditorProps, QuestionKind } from "./types";

const LABELS: Record<SliderNumberField, MessageKey> = {
  min: "media.slider.min",
  max: "media.slider.max",
  step: "media.slider.step",
  answer: "media.slider.answer",
  tolerance: "media.slider.tolerance",
};

/**
 * The slider's scale (min, max, step), its right value and tolerance, and a unit; under them, how a
 * guess scores with these very numbers, so the teacher sees what "tolerance 2" means before a class
 * does. The scale's issues show under the group (one rule often involves several fields).
 */
function SliderFields({ question: q, index, onChange, issuesAt }: OptionsEditorProps) {
  const { t, locale } = useI18n();
  const id = (part: string) => `editor-q${index}-${part}`;
  const spec = q.slider ?? BLANK_SLIDER;
  const messages = [...issuesAt("slider"), ...issuesAt("options"), ...issuesAt("correct")];
  const scoring = sliderScoringText(spec, t, locale);
  // The issues show under the group once shown at all; each box is marked invalid only if a rule is about it.
  const atFault: ReadonlySet<string> = messages.length > 0 ? sliderBoxesAtFault(q) : new Set<string>();
  const boxMessages = (f: string) => (atFault.has(f) ? messages : []);
  return (
    <fieldset className={styles.options} aria-describedby={id("slider-hint")}>
      <legend>{t("media.slider.scale")}</legend>
      <p className={styles.hint} id={id("slider-hint")}>
        {t("media.slider.hint")}
      </p>
      <div className={media.sliderGrid}>
        {SLIDER_NUMBER_FIELDS.map((f) => (
          <NumberBox
            key={f}
            id={id(`slider-${f}`)}
            label={t(LABELS[f])}
            value={spec[f]}
            locale={locale}
            messages={boxMessages(f)}
            issuesId={id("slider-issues")}
            notNumberId={id(`slider-${f}-nan`)}
            notNumberText={t("media.slider.notANumber")}
            testId={`q${index}-slider-${f}`}
            onValue={(v) => onChange(setSliderField(q, f, v))}
          />
        ))}
        <label>
          {t("media.slider.unit")}
          <input
            id={id("slider-unit")}
            className="input"
            value={spec.unit}
            maxLength={QUESTION_LIMITS.sliderUnit + 10}
            placeholder={t("media.slider.unitPlaceholder")}
            onChange={(e) => onChange(setSliderField(q, "unit", e.target.value))}
            data-testid={`q${index}-slider-unit`}
            {...invalidProps(boxMessages("unit"), id("slider-issues"))}
          />
        </label>
      </div>
      <FieldIssues id={id("slider-issues")} messages={messages} />
      {scoring && (
        <p className={media.scoring} aria-live="polite" data-testid={`q${index}-slider-scoring`}>
          {scoring}
        </p>
      )}
    </fieldset>
  );
}

export const slider: QuestionKind = {
  type: "slider",
  label: "kind.slider",
  blank: () => ({ type: "slider", prompt: "", options: [], correct: [], slider: BLANK_SLIDER, ...baseFields() }),
  convert: (from) => toSlider(from),
  OptionsEditor: SliderFields,
};
