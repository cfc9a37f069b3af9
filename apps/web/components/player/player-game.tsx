"use client";

import Link from "next/link";
import { useI18n } from "../../lib/i18n";
import { Brand } from "../brand";
import { ConnectionBanner } from "../connection-banner";
import { LangSwitch } from "../lang-switch";
import { RichText } from "../rich-text/rich-text";
import { AnswerInput } from "./answer-input";
import { answerInputState, hasAnswered } from "./answer-input-state";
import styles from "./answer-pad.module.css";
import { PhonePicture } from "./phone-picture";
import { FinalCard, GameOverCard } from "./final-card";
import { countVar, rankVar } from "./phone-format";
import { PlayerChip } from "./player-chip";
import { PlayerFeedback } from "./player-feedback";
import { PlayerSlide } from "./player-slide";
import { useQuestionClock } from "./question-clock";
import screen from "./question-screen.module.css";
import { useGetReady } from "./use-get-ready";
import { usePlayerGame } from "./use-player-game";
import { TeamLine } from "./team-line";
import { WaitingCard } from "./waiting-card";

/** The phone during a game: one screen per phase, driven entirely by what the server pushes. */
export function PlayerGame({ pin }: { pin: string }) {
  const { t, error, locale, number } = useI18n();
  const game = usePlayerGame(pin);
  const { phase, you } = game;
  const sender = game.answer.state;
  // A question getting ready (phones loading its picture) has no clock yet: it starts with the view that
  // opens it, or, if that view never comes (a dropped push), when the get-ready's time is up.
  // A student with extra time (an accommodation) counts down their own time, told only to their phone.
  const own = you?.yourRemainingMs ?? null;
  const receipt = phase?.kind === "question" ? (own === null ? phase : { opensInMs: phase.opensInMs, remainingMs: own }) : null;
  const clock = useQuestionClock(receipt, `${game.phaseSeq}:${own ?? ""}`);
  const preparing = phase?.kind === "question" && clock.preparing;
  const secondsLeft = clock.secondsLeft;
  useGetReady(game.socket, phase, game.phaseSeq);
  const shownIndex = phase && (phase.kind === "question" || phase.kind === "reveal" || phase.kind === "leaderboard") ? phase.index : null;
  // Said on whatever screen the phone is on when it learns its answer came too late.
  const late =
    sender.kind === "late" ? (
      <p className={styles.status} role="status" data-testid="answer-late">
        {sender.questionIndex === shownIndex ? t("answer.late") : t("answer.lateQuestion", { i: sender.questionIndex + 1 })}
      </p>
    ) : null;

  let body: React.ReactNode;
  if (game.fatal === "over") {
    body = <GameOverCard pin={pin} />;
  } else if (game.fatal) {
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
        <TeamLine you={you} />
        <p>{t("player.seeScreen")}</p>
        <p className="muted">{t("player.waitHost")}</p>
      </div>
    );
  } else if (phase.kind === "question" && phase.type === "slide") {
    body = <PlayerSlide view={phase} />;
  } else if (phase.kind === "question") {
    const expired = !preparing && secondsLeft === 0;
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
          {/* Their own (longer) time: said to a screen reader, not printed for a neighbour to read. */}
          <span className="timer-chip" aria-live="off" data-testid="timer-chip" data-own-time={own !== null} aria-label={own !== null ? `${t("phone.extraTime")}: ${secondsLeft}` : undefined}>
            {secondsLeft}
          </span>
        </div>
        <div className="player-prompt">
          <RichText text={phase.prompt} />
        </div>
        {phase.image?.onPhones && <PhonePicture image={phase.image} />}
        {preparing && (
          <p className={`${styles.status} ${screen.prepare}`} role="status" data-testid="player-prepare">
            {t("player.prepare")} <span className={screen.prepareHint}>{t("player.prepare.hint")}</span>
          </p>
        )}
        {!lateHere && late}
        {hasAnswered(you) ? (
          <WaitingCard question={phase} you={you} count={game.answered} />
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
        {/* Getting ready: the controls are in view but take no taps until the clock starts (the
            fieldset disables every button and the slider inside, whatever the kind). */}
        {input !== null && (
          <fieldset className={screen.fieldset} disabled={preparing} data-testid="answer-fieldset">
            <AnswerInput
              key={phase.index}
              question={phase}
              sent={input === "sending" ? onItsWay : null}
              sentText={input === "sending" ? (pending?.text ?? null) : null}
              sentValue={input === "sending" ? (pending?.value ?? null) : null}
              onAnswer={input === "sending" ? () => undefined : (choices) => game.answer.answer(phase.index, { choices })}
              onText={input === "sending" ? () => undefined : (text) => game.answer.answer(phase.index, { text })}
              onValue={input === "sending" ? () => undefined : (value) => game.answer.answer(phase.index, { value })}
            />
          </fieldset>
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
        {you.rank !== null && <p className="big-text">{t("player.rank", { rank: rankVar(locale, you.rank), n: number(you.playerCount) })}</p>}
        <p className="score-line" data-testid="player-score">
          {t("player.score", { n: countVar(locale, you.score) })}
        </p>
        <TeamLine you={you} />
      </div>
    );
  } else {
    body = <FinalCard pin={pin} you={you} />;
  }

  return (
    <main className="page page-player">
      <header className="topbar topbar-player">
        <Brand size="small" />
        <PlayerChip pin={pin} you={you} />
        <LangSwitch />
      </header>
      <ConnectionBanner connected={game.connected} restarting={game.restarting} extra={game.hostAway ? t("player.hostAway") : null} />
      {body}
    </main>
  );
}
