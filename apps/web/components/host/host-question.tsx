"use client";

import type { QuestionType, QuestionView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { useCountdown } from "../../lib/use-countdown";
import type { MessageKey } from "../../lib/messages";
import { AnswerShape, optionStyle } from "../answer-shape";
import { OptionLabel } from "../option-label";
import { RichText } from "../rich-text/rich-text";
import styles from "./host-kinds.module.css";

/** What the projector says above the prompt about how to answer, for the kinds that answer differently. */
const KIND_BADGE: Partial<Record<QuestionType, MessageKey>> = { multiple: "host.question.multiple", ordering: "host.question.ordering", poll: "host.question.poll", typeAnswer: "kind.typeAnswer" };

/**
 * The projector while a question is open: prompt, countdown, options, how many answered. `preview` (the
 * library's editor) shows it still: the full time, no end button.
 */
export function HostQuestion({ view, seq, answeredCount, playerCount, onEnd, preview = false }: { view: QuestionView; seq: number; answeredCount: number; playerCount: number; onEnd(): void; preview?: boolean }) {
  const { t } = useI18n();
  const counted = useCountdown(view.remainingMs, String(seq));
  const left = preview ? Math.ceil(view.timeLimitMs / 1000) : counted;
  const badge = KIND_BADGE[view.type];
  return (
    <section className="host-question" data-testid="host-question" data-index={view.index}>
      <div className="question-head">
        <span className="eyebrow">{t("host.question.of", { i: view.index + 1, n: view.total })}</span>
        {badge && (
          <span className="badge" data-testid="kind-badge">
            {t(badge)}
          </span>
        )}
        {view.pointsMode === "double" && <span className="badge badge-hot">{t("host.question.double")}</span>}
      </div>
      <h1 className="prompt">
        <RichText text={view.prompt} phrasing />
      </h1>
      <div className="question-middle">
        <div className="countdown" role="timer" aria-label={`${left} ${t("common.timeLeft")}`} data-testid="countdown">
          {left}
        </div>
        <div className="answers-in" data-testid="answers-in">
          <span className="answers-number">{answeredCount}</span>
          <span>
            / {playerCount} {t("host.question.answers")}
          </span>
        </div>
        {!preview && (
          <button type="button" className="button" onClick={onEnd} data-testid="host-end-question">
            {t("host.question.end")}
          </button>
        )}
      </div>
      {/* Type-answer has no options to show (the answers stay secret until the reveal): the projector says where to answer. */}
      {view.type === "typeAnswer" && (
        <p className={styles.typedPrompt} data-testid="type-answer-hint">
          <span aria-hidden="true">⌨ </span>
          {t("host.question.typeAnswer")}
        </p>
      )}
      <ul className={`option-grid option-grid-${view.options.length}`}>
        {view.options.map((text, i) => (
          <li key={i} className="option-tile" style={optionStyle(i)}>
            {/* Ordering items carry their letter: it is how phones and the reveal name them. */}
            {view.type === "ordering" ? (
              <OptionLabel index={i} text={text} shapeSize={44} letterClass={styles.letter} />
            ) : (
              <>
                <AnswerShape index={i} size={44} />
                <span>
                  <RichText text={text} phrasing wrapBlocks />
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
