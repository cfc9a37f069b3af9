"use client";

import { useState } from "react";
import type { Accommodation } from "@lousa/game";
import type { RosterEntry } from "@lousa/protocol";
import { AccommodationControl } from "./accommodation-control";
import { useI18n } from "../../lib/i18n";
import { useLobbyMusic } from "../../lib/sound/use-sound";
import { LobbyTeams } from "./host-teams";
import { teamStyle } from "../team-label";
import teamStyles from "../teams.module.css";
import { shownJoinUrl } from "./join-corner";
import { lobbySample } from "./lobby-sample";

/** The projector before the start: how to join (URL, PIN, QR) and who is in. */
export function HostLobby(props: {
  pin: string;
  joinUrl: string;
  roster: readonly RosterEntry[];
  /** Team play: how many teams (0: none). */
  teamCount: number;
  locked: boolean;
  onStart(): void;
  onLock(locked: boolean): void;
  onKick(player: RosterEntry): void;
  onAllow(player: RosterEntry): void;
  /** Extra time / no speed penalty for one student (absent: no ⏱ control, e.g. a read-only screen). */
  onAccommodate?(player: RosterEntry, accommodation: Accommodation | null): void;
  /** Link that opens this host screen on another device (the host key rides in the URL fragment). */
  hostLink: string | null;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const [search, setSearch] = useState("");
  // Music while the class joins (silent when muted; it starts once a click has unlocked audio).
  useLobbyMusic(true);
  const copyHostLink = async () => {
    if (!props.hostLink) return;
    try {
      await navigator.clipboard.writeText(props.hostLink);
      setCopied(true);
    } catch {
      window.prompt(t("host.lobby.hostLink"), props.hostLink);
    }
  };
  const roster = props.roster.filter((p) => !p.kicked);
  const kicked = props.roster.filter((p) => p.kicked);
  const sample = lobbySample(roster, search);
  const shownUrl = shownJoinUrl(props.joinUrl);
  return (
    <section className="host-lobby" data-testid="host-lobby">
      <div className="join-panel">
        <div className="join-text">
          <p className="eyebrow">{t("host.lobby.joinAt")}</p>
          <p className="join-url" data-testid="join-url">
            {shownUrl}
          </p>
          <p className="eyebrow">{t("host.lobby.pin")}</p>
          <p className="pin" data-testid="host-pin">
            {props.pin.slice(0, 3)} {props.pin.slice(3)}
          </p>
        </div>
        {/* A plain img: an SVG from our own API has nothing for next/image to optimise. */}
        <img className="qr" src={`/api/games/${props.pin}/qr.svg`} alt={props.joinUrl} width={540} height={540} data-testid="qr" />
      </div>
      <div className="lobby-bar">
        <span className="player-count" data-testid="player-count">
          {t("host.lobby.players", { n: roster.length })}
        </span>
        {props.locked && <span className="badge">🔒 {t("host.lobby.locked")}</span>}
        <span className="spacer" />
        {props.hostLink && (
          <button type="button" className="button button-quiet" onClick={() => void copyHostLink()} title={t("host.lobby.hostLinkHint")}>
            {copied ? t("host.lobby.hostLinkCopied") : t("host.lobby.hostLink")}
          </button>
        )}
        <button type="button" className="button" onClick={() => props.onLock(!props.locked)}>
          {props.locked ? t("host.lobby.unlock") : t("host.lobby.lock")}
        </button>
        <button type="button" className="button button-primary button-big" disabled={roster.length === 0} onClick={props.onStart} data-testid="host-start">
          {t("host.lobby.start")}
        </button>
      </div>
      {roster.length === 0 ? (
        <p className="waiting">{t("host.lobby.waiting")}</p>
      ) : (
        <>
          {props.teamCount > 0 && <LobbyTeams count={props.teamCount} roster={roster} />}
          {sample.searchable && (
            <input
              className="input lobby-search"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              placeholder={t("host.lobby.search")}
              aria-label={t("host.lobby.search")}
              data-testid="lobby-search"
            />
          )}
          <ul className="roster" data-testid="roster">
            {sample.shown.map((p) => (
              <li key={p.playerId}>
                <button type="button" className={`chip ${p.connected ? "" : "chip-away"}`} title={t("host.kick.confirm", { name: p.nickname })} onClick={() => props.onKick(p)} style={p.team === null ? undefined : teamStyle(p.team)}>
                  {p.team !== null && <span className={teamStyles.swatch} aria-hidden="true" />} {p.nickname}
                </button>
                {props.onAccommodate && <AccommodationControl player={p} onSave={(a) => props.onAccommodate?.(p, a)} />}
              </li>
            ))}
            {sample.hidden > 0 && (
              <li className="chip chip-more" data-testid="roster-more">
                {t(search.trim() === "" ? "host.lobby.more" : "host.lobby.moreMatches", { n: sample.hidden })}
              </li>
            )}
          </ul>
          {sample.searchable && search.trim() !== "" && sample.shown.length === 0 && <p className="hint">{t("host.lobby.noMatch")}</p>}
          <p className="hint">{t(sample.searchable ? "host.lobby.kickHint.search" : "host.lobby.kickHint")}</p>
        </>
      )}
      {kicked.length > 0 && (
        <div className="kicked" data-testid="kicked-list">
          <span className="eyebrow">{t("host.lobby.kicked")}</span>
          {kicked.map((p) => (
            <button key={p.playerId} type="button" className="button button-quiet" onClick={() => props.onAllow(p)}>
              {t("host.lobby.allow", { name: p.nickname })}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
