"use client";

import { teamName } from "@lousa/reports";
import type { RosterEntry } from "@lousa/protocol";
import type { TeamStanding } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { teamStyle } from "../team-label";
import styles from "../teams.module.css";

/** The projector's team scoreboard: place, team, members, average score. */
export function HostTeamStandings({ teams }: { teams: readonly TeamStanding[] }) {
  const { t, locale, number } = useI18n();
  return (
    <section className={styles.panel} data-testid="host-teams" aria-labelledby="teams-title">
      <h2 id="teams-title" className={styles.panelTitle}>
        {t("host.teams.title")}
      </h2>
      <ol className={styles.standings}>
        {teams.map((s) => (
          <li key={s.team} className={styles.row} style={teamStyle(s.team)} data-testid={`team-${s.team}`} data-rank={s.rank}>
            <span className={styles.rank}>{s.rank}</span>
            <span>{teamName(s.team, locale)}</span>
            <span className={styles.members}>{s.members === 1 ? t("host.teams.members.one") : t("host.teams.members", { n: number(s.members) })}</span>
            <span className={styles.score}>{number(s.score)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The winning team (several when tied for first), above the podium. */
export function HostTeamWinner({ teams }: { teams: readonly TeamStanding[] }) {
  const { t, locale, number } = useI18n();
  const winners = teams.filter((s) => s.rank === 1);
  if (winners.length === 0) return null;
  return (
    <div className={styles.winnerBox} data-testid="team-winner">
      <p className="eyebrow">{t("host.teams.podium")}</p>
      {winners.map((s) => (
        <p key={s.team} className={styles.winner} style={teamStyle(s.team)}>
          {teamName(s.team, locale)} · {t("host.teams.average", { n: number(s.score) })}
        </p>
      ))}
    </div>
  );
}

/** The lobby's team line: how many students each team has so far. */
export function LobbyTeams({ count, roster }: { count: number; roster: readonly RosterEntry[] }) {
  const { locale, number } = useI18n();
  const sizes = Array.from({ length: count }, (_, team) => roster.filter((p) => !p.kicked && p.team === team).length);
  return (
    <ul className={styles.lobbyTeams} data-testid="lobby-teams">
      {sizes.map((n, team) => (
        <li key={team} className={styles.lobbyTeam} style={teamStyle(team)}>
          {teamName(team, locale)} · {number(n)}
        </li>
      ))}
    </ul>
  );
}
