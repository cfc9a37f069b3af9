"use client";

import { useState } from "react";
import type { QuestionView } from "@lousa/game";
import { richTextPlain } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { SHAPE_KEYS } from "../../lib/messages";
import { AnswerShape, optionStyle } from "../answer-shape";
import { RichText } from "../rich-text/rich-text";
import styles from "./answer-pad.module.css";
import phone from "./phone.module.css";

/**
 * The phone's answer buttons: big, colour + shape + text. Single choice and true/false send on tap;
 * multiple select toggles options and sends with one confirm button. While an answer is on its way
 * (`sent`: the choices), the buttons are locked with that choice marked, so the tap shows at once.
 */
export function AnswerPad({ question, sent, onAnswer }: { question: QuestionView; sent: readonly number[] | null; onAnswer(choices: number[]): void }) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<number[]>([]);
  const multiple = question.type === "multiple";
  const busy = sent !== null;
  const selected: readonly number[] = sent ?? picked;
  const dim = (i: number) => (sent !== null && !sent.includes(i) ? styles.notChosen : "");

  const tap = (i: number) => {
    if (!multiple) return onAnswer([i]);
    setPicked((s) => (s.includes(i) ? s.filter((x) => x !== i) : [...s, i]));
  };

  return (
    <div className="answer-pad">
      {/* Scoring is all or nothing: said before the first tap, above the buttons. */}
      {multiple && (
        <p className={phone.hint} id="multiple-hint" data-testid="multiple-hint">
          {t("phone.multipleHint")}
        </p>
      )}
      <div className={`answer-grid answer-grid-${question.options.length}`} role={multiple ? "group" : undefined} aria-describedby={multiple ? "multiple-hint" : undefined}>
        {question.options.map((text, i) => (
          <button
            key={i}
            type="button"
            className={`answer-button ${selected.includes(i) ? "answer-selected" : ""} ${dim(i)}`}
            style={optionStyle(i)}
            aria-pressed={multiple ? selected.includes(i) : undefined}
            aria-label={`${t(SHAPE_KEYS[i % SHAPE_KEYS.length] ?? "answer.shape.0")}: ${richTextPlain(text)}`}
            disabled={busy}
            onClick={() => tap(i)}
            data-testid={`answer-${i}`}
            data-chosen={sent?.includes(i) ?? undefined}
          >
            <AnswerShape index={i} size={28} />
            <span className="answer-text">
              <RichText text={text} phrasing wrapBlocks />
            </span>
            {(multiple || busy) && <span className="answer-check" aria-hidden="true">{selected.includes(i) ? "✓" : ""}</span>}
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
