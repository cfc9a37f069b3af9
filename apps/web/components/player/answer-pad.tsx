"use client";

import { useState } from "react";
import type { QuestionView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { SHAPE_KEYS } from "../../lib/messages";
import { AnswerShape, optionStyle } from "../answer-shape";

/**
 * The phone's answer buttons: big, colour + shape + text. Single choice and true/false send on tap;
 * multiple select toggles options and sends with one confirm button.
 */
export function AnswerPad({ question, busy, onAnswer }: { question: QuestionView; busy: boolean; onAnswer(choices: number[]): void }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<number[]>([]);
  const multiple = question.type === "multiple";

  const tap = (i: number) => {
    if (!multiple) return onAnswer([i]);
    setSelected((s) => (s.includes(i) ? s.filter((x) => x !== i) : [...s, i]));
  };

  return (
    <div className="answer-pad">
      <div className={`answer-grid answer-grid-${question.options.length}`}>
        {question.options.map((text, i) => (
          <button
            key={i}
            type="button"
            className={`answer-button ${selected.includes(i) ? "answer-selected" : ""}`}
            style={optionStyle(i)}
            aria-pressed={multiple ? selected.includes(i) : undefined}
            aria-label={`${t(SHAPE_KEYS[i % SHAPE_KEYS.length] ?? "answer.shape.0")}: ${text}`}
            disabled={busy}
            onClick={() => tap(i)}
            data-testid={`answer-${i}`}
          >
            <AnswerShape index={i} size={28} />
            <span className="answer-text">{text}</span>
            {multiple && <span className="answer-check" aria-hidden="true">{selected.includes(i) ? "✓" : ""}</span>}
          </button>
        ))}
      </div>
      {multiple && (
        <button type="button" className="button button-primary button-big" disabled={busy || selected.length === 0} onClick={() => onAnswer([...selected].sort((a, b) => a - b))} data-testid="answer-submit">
          {t("player.submit")}
        </button>
      )}
    </div>
  );
}
