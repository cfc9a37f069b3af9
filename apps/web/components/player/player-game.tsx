"use client";

import Link from "next/link";
import { kindOf } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { useCountdown } from "../../lib/use-countdown";
import { Brand } from "../brand";
import { ConnectionBanner } from "../connection-banner";
import { LangSwitch } from "../lang-switch";
import { RichText } from "../rich-text/rich-text";
import { AnswerInput } from "./answer-input";
import { answerInputState, hasAnswered } from "./answer-input-state";
import styles from "./answer-pad.module.css";
import { PlayerFeedback } from "./player-feedback";
import typed from "./type-answer.module.css";
import { usePlayerGame } from "./use-player-game";

/** The phone during a game: one screen per phase, driven entirely by what the server pushes. */
export function PlayerGame({ pin }: { pin: string }) {
  const { t, error } = useI18n();
  const game = usePlayerGame(pin);
  const { phase, you } = game;
  const sender = game.answer.state;
  const secondsLeft = useCountdown(phase?.kind === "question" ? phase.remainingMs : null, `${game.phaseSeq}`);
  const shownIndex = phase && (phase.kind === "question" || phase.kind === "reveal" || phase.kind === "leaderboard") ? phase.index : null;
  // Said on whatever screen the phone is on when it learns its answer came too late.
  const late =
    sender.kind === "late" ? (
      <p className={styles.status} role="status" data-testid="answer-late">
        {sender.questionIndex === shownIndex ? t("answer.late") : t("answer.lateQuestion", { i: sender.questionIndex + 1 })}
      </p>
    ) : null;

  let body: React.ReactNode;
  if (game.fatal) {
    const message = game.fatal === "no-seat" ? t("player.noToken") : game.fatal === "kicked" ? t("player.kicked") : error(game.fatal);
    body = (
      <div className="card center" data-testid="player-fatal">
        <p className="big-text">{message}</p>
        <Link className="button button-primary" href={`/?pin=${pin}`}>
          {t("home.join")}
        </Link>
      </div>
    );
  } else if (!phase || !you) {
    body = <div className="spinner" aria-label="…" />;
  } else if (phase.kind === "lobby") {
    body = (
      <div className="card center" data-testid="player-lobby">
        <p className="eyebrow">{t("player.in")}</p>
        <p className="nickname-big">{you.nickname}</p>
        <p>{t("player.seeScreen")}</p>
        <p className="muted">{t("player.waitHost")}</p>
      </div>
    );
  } else if (phase.kind === "question") {
    const expired = secondsLeft === 0;
    const pending = (sender.kind === "sending" || sender.kind === "waiting") && sender.answer.questionIndex === phase.index ? sender.answer : null;
    const onItsWay = pending ? pending.choices : null;
    // Offline, or connected but not yet back in the game: it goes out as soon as the phone has rejoined.
    const offline = sender.kind === "waiting" && !game.connected;
    const problem = sender.kind === "refused" && sender.questionIndex === phase.index ? sender.error : null;
    const lateHere = sender.kind === "late" && sender.questionIndex === phase.index;
    const input = answerInputState({ answered: hasAnswered(you), lateHere, sending: onItsWay !== null, expired });
    body = (
      <div className="player-question" data-testid="player-question" data-index={phase.index}>
        <div className="question-bar">
          <span>{t("player.question", { i: phase.index + 1, n: phase.total })}</span>
          <span className="timer-chip" aria-live="off">
            {secondsLeft}
          </span>
        </div>
        <div className="player-prompt">
          <RichText text={phase.prompt} />
        </div>
        {!lateHere && late}
        {hasAnswered(you) ? (
          <div className="card center locked-in" data-testid="player-locked">
            <p className="big-text">{t(phase.type === "poll" ? "player.poll.voted" : "player.locked")}</p>
            {phase.type === "ordering" && you.answeredChoices && <p data-testid="locked-order">{t("player.ordering.sent", { order: kindOf("ordering").answerText({ choices: you.answeredChoices, text: null }) })}</p>}
            {phase.type === "typeAnswer" && you.answeredText !== null && (
              <p className={typed.answerLine} data-testid="locked-text">
                {t("player.typeAnswer.sent", { text: you.answeredText })}
              </p>
            )}
            <p className="muted">{t(phase.type === "poll" ? "player.poll.votedHint" : "player.lockedHint")}</p>
          </div>
        ) : lateHere ? (
          late
        ) : expired && !onItsWay ? (
          <div className="card center">
            <p className="big-text">{t("player.tooLate")}</p>
          </div>
        ) : null}
        {/* Above the buttons, so it is in view on a small phone whatever the number of options. */}
        {input === "sending" && (
          <p className={`${styles.status} ${offline ? styles.offline : ""}`} role="status" data-testid="answer-status" data-state={offline ? "offline" : "sending"}>
            {offline ? t("answer.offline") : t("answer.sending")}
          </p>
        )}
        {/* One input, always at this place in the tree, whether idle or sending: an ordering built on it
            survives a refusal instead of being remounted empty. */}
        {input !== null && (
          <AnswerInput
            key={phase.index}
            question={phase}
            sent={input === "sending" ? onItsWay : null}
            sentText={input === "sending" ? (pending?.text ?? null) : null}
            onAnswer={input === "sending" ? () => undefined : (choices) => game.answer.answer(phase.index, choices)}
            onText={input === "sending" ? () => undefined : (text) => game.answer.answer(phase.index, [], text)}
          />
        )}
        {problem && (
          <p className="error" role="alert">
            {error(problem)}
          </p>
        )}
      </div>
    );
  } else if (phase.kind === "reveal") {
    body = <PlayerFeedback view={phase} you={you} late={late} />;
  } else if (phase.kind === "leaderboard") {
    body = (
      <div className="card center" data-testid="player-standing">
        {late}
        {you.rank !== null && <p className="big-text">{t("player.rank", { rank: you.rank, n: you.playerCount })}</p>}
        <p className="score-line" data-testid="player-score">
          {t("player.score", { n: you.score })}
        </p>
      </div>
    );
  } else {
    body = (
      <div className="card center feedback-final" data-testid="player-final">
        <p className="eyebrow">{t("player.final")}</p>
        {you.rank !== null && <p className="nickname-big">{t("player.finalRank", { rank: you.rank })}</p>}
        <p className="score-line" data-testid="player-score">
          {t("player.score", { n: you.score })}
        </p>
      </div>
    );
  }

  return (
    <main className="page page-player">
      <header className="topbar">
        <Brand size="small" />
        <span className="player-chip" data-testid="player-name">
          {you ? `${you.nickname} · ${you.score}` : pin}
        </span>
        <LangSwitch />
      </header>
      <ConnectionBanner connected={game.connected} restarting={game.restarting} extra={game.hostAway ? t("player.hostAway") : null} />
      {body}
    </main>
  );
}
