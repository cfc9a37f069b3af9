"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { Accommodation, PhaseView } from "@lousa/game";
import type { Ack, ProtocolError, RosterEntry } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { send } from "../../lib/socket";
import { Brand } from "../brand";
import { ConnectionBanner } from "../connection-banner";
import { LangSwitch } from "../lang-switch";
import { downloadResults } from "./download";
import { HostLobby } from "./host-lobby";
import { HostQuestion } from "./host-question";
import { HostReveal } from "./host-reveal";
import { HostSlide } from "./host-slide";
import { HostLeaderboard, HostPodium } from "./host-standings";
import { useHostGame } from "./use-host-game";
import { canPause as pausable, isAnswerable, isPauseKey } from "./pacing";
import { PacingControl, PAUSE_BUTTON } from "./pacing-control";
import { MuteButton } from "./mute-button";
import { JoinCorner } from "./join-corner";
import { unlockAudio, useUnlockAudioOnGesture } from "../../lib/sound/use-sound";
import { signInPath } from "../teacher/next-path";

/** Who is here during the game: phones that dropped are counted as reconnecting (they come back by themselves). */
function PresenceChip({ roster }: { roster: readonly RosterEntry[] }) {
  const { t } = useI18n();
  const active = roster.filter((p) => !p.kicked);
  const away = active.filter((p) => !p.connected);
  return (
    <span className="presence" data-testid="presence" title={away.map((p) => p.nickname).join(", ")}>
      {t("host.presence.connected", { n: active.length - away.length })}
      {away.length > 0 && <strong> · {t("host.presence.away", { n: away.length })}</strong>}
    </span>
  );
}

/** The projector screen (1920×1080): one view per phase; every button is one host command. */
export function HostGame({ pin }: { pin: string }) {
  const { t, error } = useI18n();
  const game = useHostGame(pin);
  const [problem, setProblem] = useState<ProtocolError | null>(null);
  const [downloading, setDownloading] = useState(false);
  const { phase, snapshot, socket, pacing } = game;
  useUnlockAudioOnGesture();

  async function run(command: Promise<Ack<PhaseView>>) {
    setProblem(null);
    const r = await command;
    // The game moving on by itself (timer, everyone answered) just before a tap is not an error to show.
    if (!r.ok && r.error.code !== "WRONG_PHASE" && r.error.code !== "QUESTION_NOT_OPEN") setProblem(r.error);
  }
  const start = () => {
    // "Começar" is a gesture: the countdown's sound may play from here on.
    unlockAudio();
    if (socket) void run(send(socket, "host:start", {}));
  };
  const next = () => socket && phase && phase.kind !== "podium" && void run(send(socket, "host:next", { expect: { kind: phase.kind, index: "index" in phase ? phase.index : -1 } }));
  const endQuestion = () => socket && void run(send(socket, "host:endQuestion", {}));
  const endGame = (e: React.MouseEvent<HTMLButtonElement>) => {
    if (!socket) return;
    // window.confirm is modal: no page key handler runs while it is open, so the pause shortcut can't
    // answer it. After a mouse click the button lets go of the focus, so a later Space (the teacher
    // meaning "pause" during a question, when Space is not the shortcut) can't open it again.
    const mouse = e.detail > 0;
    const button = e.currentTarget;
    const sure = window.confirm(t("host.end.confirm"));
    if (mouse) button.blur();
    if (sure) void run(send(socket, "host:end", {}));
  };
  const pause = async (paused: boolean) => {
    if (!socket) return;
    const r = await send(socket, "host:pause", { paused });
    if (r.ok) game.setPacing(r.data);
    else setProblem(r.error);
  };
  // Space or P pause and resume while the game moves on by itself (the teacher is often away from the
  // mouse), on the screens that wait: not during an open question, whose clock runs anyway.
  const canPause = pausable(pacing, phase);
  const paused = pacing?.paused ?? false;
  useEffect(() => {
    if (!canPause) return;
    const pauseKey = (e: KeyboardEvent) => {
      const el = e.target instanceof HTMLElement ? e.target : null;
      const target = { tag: el?.tagName ?? null, editable: el?.isContentEditable ?? false, pauseButton: el?.dataset.testid === PAUSE_BUTTON };
      return isPauseKey({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, target });
    };
    // Capture phase, before any focused button sees the key. Space presses a focused button on keydown
    // and clicks it on keyup: preventing both keeps it from also clicking mute or "Encerrar jogo".
    const onDown = (e: KeyboardEvent) => {
      if (!pauseKey(e)) return;
      e.preventDefault();
      if (!e.repeat) void pause(!paused);
    };
    const onUp = (e: KeyboardEvent) => {
      if (e.key === " " && pauseKey(e)) e.preventDefault();
    };
    window.addEventListener("keydown", onDown, true);
    window.addEventListener("keyup", onUp, true);
    return () => {
      window.removeEventListener("keydown", onDown, true);
      window.removeEventListener("keyup", onUp, true);
    };
    // pause() reads only the socket and `paused`, both in the deps.
  }, [canPause, paused, socket]);
  const pacingControl = <PacingControl pacing={pacing} seq={game.pacingSeq} answerable={isAnswerable(phase)} onPause={(p) => void pause(p)} />;
  const kick = async (p: RosterEntry) => {
    if (!socket || !window.confirm(t("host.kick.confirm", { name: p.nickname }))) return;
    const r = await send(socket, "host:kick", { playerId: p.playerId });
    if (!r.ok) setProblem(r.error);
  };
  const allow = async (p: RosterEntry) => {
    if (!socket) return;
    const r = await send(socket, "host:allow", { playerId: p.playerId });
    if (!r.ok) setProblem(r.error);
  };
  const accommodate = async (p: RosterEntry, accommodation: Accommodation | null) => {
    if (!socket) return;
    // The roster push that follows shows the ⏱ as set.
    const r = await send(socket, "host:accommodate", { playerId: p.playerId, accommodation });
    if (!r.ok) setProblem(r.error);
  };
  const lock = async (locked: boolean) => {
    if (!socket) return;
    const r = await send(socket, "host:lock", { locked });
    if (!r.ok) setProblem(r.error);
  };
  const download = async () => {
    if (!game.seat) return;
    setDownloading(true);
    const { gameId, hostSecret } = game.seat;
    const ok = await downloadResults(gameId, hostSecret);
    setDownloading(false);
    if (!ok) setProblem({ code: "HOST_SECRET_INVALID", message: "download failed" });
  };

  let body: React.ReactNode;
  if (game.fatal) {
    body = (
      <div className="card center" data-testid="host-fatal">
        <p className="big-text">{game.fatal === "no-seat" ? t("teacher.host.signIn") : error(game.fatal)}</p>
        <div className="podium-actions">
          {game.fatal === "no-seat" && (
            <Link className="button button-primary" href={signInPath(`/host/${pin}`)} data-testid="host-sign-in">
              {t("teacher.host.signInLink")}
            </Link>
          )}
          <Link className={game.fatal === "no-seat" ? "button" : "button button-primary"} href="/host">
            {t("host.podium.newGame")}
          </Link>
        </div>
      </div>
    );
  } else if (!phase || !snapshot) {
    body = <div className="spinner" aria-label="…" />;
  } else if (phase.kind === "lobby") {
    body = <HostLobby pin={pin} joinUrl={snapshot.joinUrl} roster={game.roster} teamCount={snapshot.teams?.count ?? 0} locked={phase.locked} onStart={() => void start()} onLock={(locked) => void lock(locked)} onKick={(id) => void kick(id)} onAllow={(id) => void allow(id)} onAccommodate={(p, a) => void accommodate(p, a)} hostLink={game.seat?.hostSecret ? `${window.location.origin}/host/${pin}#key=${game.seat.hostSecret}` : null} />;
  } else if (phase.kind === "question" && phase.type === "slide") {
    body = <HostSlide view={phase} onNext={next} pacing={pacingControl} />;
  } else if (phase.kind === "question") {
    body = <HostQuestion view={phase} seq={game.phaseSeq} answeredCount={game.answeredCount} playerCount={game.roster.filter((p) => !p.kicked).length} onEnd={endQuestion} pacing={pacingControl} />;
  } else if (phase.kind === "reveal") {
    body = <HostReveal view={phase} onNext={next} pacing={pacingControl} />;
  } else if (phase.kind === "leaderboard") {
    body = <HostLeaderboard top={phase.top} teams={phase.teams} last={phase.index + 1 >= phase.total} onNext={next} pacing={pacingControl} />;
  } else {
    body = <HostPodium top={phase.top} teams={phase.teams} onDownload={() => void download()} downloading={downloading} reportHref={game.seat ? `/host/report/${game.seat.gameId}` : null} />;
  }

  return (
    <main className="page page-host projector" data-phase={phase?.kind ?? "loading"}>
      <header className="topbar">
        <Brand />
        {snapshot && <span className="host-title">{snapshot.bankTitle}</span>}
        <span className="spacer" />
        {/* Latecomers still join during the game: the address and PIN stay in view, small. */}
        {snapshot && phase && phase.kind !== "lobby" && phase.kind !== "podium" && <JoinCorner joinUrl={snapshot.joinUrl} pin={pin} />}
        {phase && phase.kind !== "lobby" && <PresenceChip roster={game.roster} />}
        {snapshot && <MuteButton />}
        {phase && phase.kind !== "podium" && phase.kind !== "lobby" && (
          <button type="button" className="button button-quiet" onClick={endGame} data-testid="host-end">
            {t("host.end")}
          </button>
        )}
        <LangSwitch />
      </header>
      <ConnectionBanner connected={game.connected} restarting={game.restarting} />
      {problem && (
        <p className="error error-host" role="alert">
          {error(problem)}
        </p>
      )}
      {body}
    </main>
  );
}
