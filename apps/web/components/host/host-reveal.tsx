"use client";

import type { RevealView } from "@lousa/game";
import { richTextPlain } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { AnswerShape, optionColor, optionStyle } from "../answer-shape";
import { RichText } from "../rich-text/rich-text";
import { HostPicture } from "./host-picture";
import { OrderingReveal } from "./ordering-reveal";
import { SliderReveal } from "./slider-reveal";
import { TypeAnswerReveal } from "./type-answer-reveal";
import styles from "./host-kinds.module.css";

/**
 * The projector after a question: the distribution as bars with the right answer marked, and why. A
 * poll's bars are the vote: all in colour, nothing marked. Ordering shows the right order instead, and
 * type-answer the accepted answers beside the common wrong ones, a slider the histogram of guesses. The
 * question's picture, if any, stays in view beside the prompt, smaller.
 */
export function HostReveal({ view, onNext, pacing = null }: { view: RevealView; onNext(): void; pacing?: React.ReactNode }) {
  const { t } = useI18n();
  const poll = view.type === "poll";
  return (
    <section className="host-reveal" data-testid="host-reveal" data-type={view.type} data-index={view.index}>
      <div className="question-head">
        <span className="eyebrow">{t("host.question.of", { i: view.index + 1, n: view.total })}</span>
        {poll && (
          <span className={`badge ${styles.pollNote}`} data-testid="kind-badge">
            {t("host.reveal.poll")}
          </span>
        )}
        <span className="spacer" />
        {pacing}
        {/* Says where "next" goes: the scoreboard, or (when it comes only every N questions) the next question or the podium. */}
        <button type="button" className="button button-primary button-big" onClick={onNext} data-testid="host-next">
          {t(view.leaderboardNext ? "host.reveal.next" : view.index + 1 < view.total ? "host.leaderboard.next" : "host.leaderboard.finish")}
        </button>
      </div>
      <div className={view.image ? styles.promptWithPicture : undefined}>
        <h1 className="prompt prompt-small">
          <RichText text={view.prompt} phrasing />
        </h1>
        {view.image && <HostPicture image={view.image} size="small" />}
      </div>
      {view.type === "ordering" ? (
        <OrderingReveal view={view} />
      ) : view.type === "typeAnswer" ? (
        <TypeAnswerReveal view={view} />
      ) : view.type === "slider" && view.slider ? (
        <SliderReveal view={view} spec={view.slider} />
      ) : (
        <Bars view={view} poll={poll} />
      )}
      {view.explanation && (
        <div className="explanation" data-testid="explanation">
          <RichText text={view.explanation} />
        </div>
      )}
    </section>
  );
}

function Bars({ view, poll }: { view: RevealView; poll: boolean }) {
  const { t } = useI18n();
  const max = Math.max(1, ...view.distribution);
  return (
    <div className="bars" role="img" aria-label={view.options.map((o, i) => `${richTextPlain(o)}: ${view.distribution[i] ?? 0}`).join(", ")}>
      {view.options.map((text, i) => {
        const count = view.distribution[i] ?? 0;
        const correct = view.correct.includes(i);
        // A poll has no wrong options to grey out: every bar keeps its colour.
        const tone = poll ? "bar-poll" : correct ? "bar-correct" : "bar-wrong";
        return (
          <div key={i} className={`bar-col ${tone}`} data-testid={`bar-${i}`} data-correct={correct} data-count={count}>
            <span className="bar-count">{count}</span>
            <div className="bar" style={{ height: `${(count / max) * 100}%`, backgroundColor: optionColor(i) }} />
            <div className="bar-label" style={optionStyle(i)}>
              <AnswerShape index={i} size={24} />
              <span>
                <RichText text={text} phrasing wrapBlocks />
              </span>
              {correct && (
                <span className="tick" aria-label={t("answer.correct")}>
                  ✓
                </span>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
