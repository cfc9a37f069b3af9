"use client";

import type { RevealView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { AnswerShape, optionColor, optionStyle } from "../answer-shape";

/** The projector after a question: the distribution as bars, the right answer marked, and why. */
export function HostReveal({ view, onNext }: { view: RevealView; onNext(): void }) {
  const { t } = useI18n();
  const max = Math.max(1, ...view.distribution);
  return (
    <section className="host-reveal" data-testid="host-reveal">
      <div className="question-head">
        <span className="eyebrow">{t("host.question.of", { i: view.index + 1, n: view.total })}</span>
        <span className="spacer" />
        <button type="button" className="button button-primary button-big" onClick={onNext} data-testid="host-next">
          {t("host.reveal.next")}
        </button>
      </div>
      <h1 className="prompt prompt-small">{view.prompt}</h1>
      <div className="bars" role="img" aria-label={view.options.map((o, i) => `${o}: ${view.distribution[i] ?? 0}`).join(", ")}>
        {view.options.map((text, i) => {
          const count = view.distribution[i] ?? 0;
          const correct = view.correct.includes(i);
          return (
            <div key={i} className={`bar-col ${correct ? "bar-correct" : "bar-wrong"}`} data-testid={`bar-${i}`} data-correct={correct}>
              <span className="bar-count">{count}</span>
              <div className="bar" style={{ height: `${(count / max) * 100}%`, backgroundColor: optionColor(i) }} />
              <div className="bar-label" style={optionStyle(i)}>
                <AnswerShape index={i} size={24} />
                <span>{text}</span>
                {correct && <span className="tick" aria-label={t("answer.correct")}>✓</span>}
              </div>
            </div>
          );
        })}
      </div>
      <p className="explanation" data-testid="explanation">
        {view.explanation}
      </p>
    </section>
  );
}
