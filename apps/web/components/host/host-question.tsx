"use client";

import type { QuestionType, QuestionView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import type { MessageKey } from "../../lib/messages";
import { AnswerShape, optionStyle } from "../answer-shape";
import { OptionLabel } from "../option-label";
import { useQuestionClock } from "../player/question-clock";
import { RichText } from "../rich-text/rich-text";
import { HostPicture } from "./host-picture";
import styles from "./host-kinds.module.css";
import play from "./host-play.module.css";
import { SliderScaleBar } from "./slider-scale";
import { useCountdownTicks } from "../../lib/sound/use-sound";

/** What the projector says above the prompt about how to answer, for the kinds that answer differently. */
const KIND_BADGE: Partial<Record<QuestionType, MessageKey>> = { multiple: "host.question.multiple", ordering: "host.question.ordering", poll: "host.question.poll", typeAnswer: "kind.typeAnswer", slider: "kind.slider" };

/**
 * The projector while a question is open: prompt, countdown, options, how many answered; a slider shows
 * its scale instead of options; a picture goes beside the clock. While phones load the picture (get-ready,
 * `opensInMs > 0`) the clock says "Prepare-se" and counts to the start; the server then sends the view
 * again, which restarts the count with the question's time (and if that view is missed, the count goes
 * on to the question's time by itself when the get-ready is up). `preview` (the library's editor) shows it
 * still: the full time, no end button.
 */
export function HostQuestion({ view, seq, answeredCount, playerCount, onEnd, preview = false, pacing = null }: { view: QuestionView; seq: number; answeredCount: number; playerCount: number; onEnd(): void; preview?: boolean; pacing?: React.ReactNode }) {
  const { t } = useI18n();
  // Counted here from the view's receipt: if the view saying the clock started is missed, the get-ready
  // still ends on time (the server takes answers from then) and the question's count follows on.
  const timer = useQuestionClock(view, String(seq));
  const preparing = !preview && timer.preparing;
  const left = preview ? Math.ceil(view.timeLimitMs / 1000) : preparing ? timer.opensInSec : timer.secondsLeft;
  // Held open for students with extra time (accommodations): a neutral count, never who or how many.
  const extended = useQuestionClock(view.extendedRemainingMs === null ? null : { opensInMs: view.opensInMs, remainingMs: view.extendedRemainingMs }, String(seq));
  const waitingLonger = !preview && !preparing && left === 0 && view.extendedRemainingMs !== null && extended.secondsLeft > 0;
  const badge = KIND_BADGE[view.type];
  // The last five seconds tick on the projector (never in the editor's preview, never on phones).
  useCountdownTicks(left, !preview && !preparing);
  const clock = preparing ? (
    <div className={play.prepare} data-testid="host-prepare">
      <p className={play.prepareTitle}>{t("host.prepare")}</p>
      <div className={`countdown ${play.prepareCount}`} role="timer" aria-label={`${t("host.prepare")}: ${left}`}>
        {left}
      </div>
      <p className={play.prepareHint}>{t("host.prepare.hint")}</p>
    </div>
  ) : waitingLonger ? (
    <div className={play.prepare} data-testid="host-extended">
      <p className={play.prepareTitle}>{t("host.question.extended")}</p>
      <div className={`countdown ${play.prepareCount}`} role="timer" aria-label={`${t("host.question.extended")}: ${extended.secondsLeft}`}>
        {extended.secondsLeft}
      </div>
    </div>
  ) : (
    <div className="countdown" role="timer" aria-label={`${left} ${t("common.timeLeft")}`} data-testid="countdown">
      {left}
    </div>
  );
  const count = (
    <div className="answers-in" data-testid="answers-in">
      <span className="answers-number">{answeredCount}</span>
      <span>
        / {playerCount} {t("host.question.answers")}
      </span>
    </div>
  );
  const end = !preview && (
    <button type="button" className="button" onClick={onEnd} data-testid="host-end-question">
      {t("host.question.end")}
    </button>
  );
  return (
    <section className={`host-question ${view.image ? play.compactOptions : ""}`} data-testid="host-question" data-index={view.index} data-preparing={preparing}>
      <div className="question-head">
        <span className="eyebrow">{t("host.question.of", { i: view.index + 1, n: view.total })}</span>
        {badge && (
          <span className="badge" data-testid="kind-badge">
            {t(badge)}
          </span>
        )}
        {view.pointsMode === "double" && <span className="badge badge-hot">{t("host.question.double")}</span>}
        <span className="spacer" />
        {pacing}
      </div>
      <h1 className="prompt">
        <RichText text={view.prompt} phrasing />
      </h1>
      {view.image ? (
        <div className={play.stage}>
          <HostPicture image={view.image} size="large" />
          <div className={play.side}>
            {clock}
            {count}
            {end}
          </div>
        </div>
      ) : (
        <div className="question-middle">
          {clock}
          {count}
          {end}
        </div>
      )}
      {view.type === "slider" && view.scale && <SliderScaleBar scale={view.scale} />}
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
