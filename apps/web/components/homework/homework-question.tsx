"use client";

import type { PublicQuestion } from "@lousa/game";
import type { HomeworkAnswerPayload, HomeworkStep } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { RichText } from "../rich-text/rich-text";
import { AnswerInput } from "../player/answer-input";
import pad from "../player/answer-pad.module.css";
import { PhonePicture } from "../player/phone-picture";
import { HomeworkFeedbackCard } from "./homework-feedback";
import { NotSent } from "./not-sent";
import styles from "./homework.module.css";
import type { Homework } from "./use-homework";
import { useStepClock } from "./use-step-clock";

type QuestionStep = Extract<HomeworkStep, { kind: "question" }>;

/**
 * One question of the attempt on the phone: the live phone's question screen (prompt, picture, answer
 * input) with this student's own countdown. Once answered: the feedback and "Próxima". When the time runs
 * out unanswered: said, and "Próxima" once the server counts it up too (its grace for the network).
 */
export function HomeworkQuestion({ step, attempt, hw }: { step: QuestionStep; attempt: number; hw: Homework }) {
  const { t } = useI18n();
  const q = step.question;
  const clock = useStepClock(step.feedback === null && !step.timedOut ? step.remainingMs : null, `${attempt}:${q.index}:${step.remainingMs ?? ""}`);
  const sending = hw.sending.state === "sending" ? hw.sending.action : null;
  const failed = hw.sending.state === "failed" ? hw.sending : null;
  const pending = sending?.kind === "answer" && sending.body.questionIndex === q.index ? sending.body : null;
  const last = q.index + 1 >= q.total;
  const timedOut = step.timedOut || clock.expired;
  const canGoOn = step.feedback !== null || q.type === "slide" || step.timedOut || clock.over;

  const answer = (body: HomeworkAnswerPayload) => hw.run({ kind: "answer", body });
  const next = (
    <button type="button" className="button button-primary button-big" onClick={() => hw.run({ kind: "next", questionIndex: q.index })} disabled={!canGoOn || sending !== null} data-testid="hw-next">
      {sending?.kind === "next" ? t("hw.sending") : last ? t("hw.finish") : t("hw.next")}
    </button>
  );

  let below: React.ReactNode;
  if (q.type === "slide") {
    below = (
      <>
        {q.text !== "" && (
          <div className={`card ${styles.slideText}`}>
            <RichText text={q.text} />
          </div>
        )}
        <p className={styles.hint}>{t("hw.slide")}</p>
        {next}
      </>
    );
  } else if (step.feedback) {
    below = (
      <>
        <HomeworkFeedbackCard question={q} feedback={step.feedback} />
        {next}
      </>
    );
  } else if (timedOut && !pending) {
    below = (
      <>
        <div className="card center" role="status" data-testid="hw-timed-out">
          <p className="big-text">{t("hw.timedOut")}</p>
        </div>
        {next}
      </>
    );
  } else {
    below = (
      <>
        {pending && (
          <p className={pad.status} role="status" data-testid="hw-sending">
            {t("answer.sending")}
          </p>
        )}
        <AnswerInput
          key={`${attempt}:${q.index}`}
          question={asView(q)}
          sent={pending ? ("choices" in pending ? pending.choices : []) : null}
          sentText={pending && "text" in pending ? pending.text : null}
          sentValue={pending && "value" in pending ? pending.value : null}
          onAnswer={pending ? () => undefined : (choices) => answer({ questionIndex: q.index, choices })}
          onText={pending ? () => undefined : (text) => answer({ questionIndex: q.index, text })}
          onValue={pending ? () => undefined : (value) => answer({ questionIndex: q.index, value })}
        />
      </>
    );
  }

  return (
    <div className="player-question" data-testid="hw-question" data-index={q.index} data-state={step.feedback ? "answered" : timedOut ? "timed-out" : "open"}>
      <div className="question-bar">
        <span>{t("hw.question", { i: q.index + 1, n: q.total })}</span>
        {clock.secondsLeft !== null && (
          <span className="timer-chip" aria-live="off" data-testid="hw-timer">
            {clock.secondsLeft}
          </span>
        )}
      </div>
      <div className="player-prompt">
        <RichText text={q.prompt} />
      </div>
      {/* Whatever the teacher chose for live phones: at home there is no projector to see it on. */}
      {q.image && <PhonePicture image={q.image} />}
      {failed && <NotSent failed={failed} onAgain={hw.again} onStartOver={hw.startOver} />}
      {below}
    </div>
  );
}

/** The answer input reads a live question view: homework has no get-ready and counts its own clock. */
function asView(q: PublicQuestion) {
  return { ...q, remainingMs: 0, opensInMs: 0, extendedRemainingMs: null };
}
