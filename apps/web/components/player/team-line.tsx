"use client";

import { teamName } from "@lousa/reports";
import type { PlayerPrivateView } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import { teamStyle } from "../team-label";
import styles from "../teams.module.css";
import { ordinal } from "./phone-format";

/** The phone's team: its name and colour, and its place among the teams once there is one to show. */
export function TeamLine({ you }: { you: PlayerPrivateView }) {
  const { t, locale, number } = useI18n();
  const team = you.team;
  if (!team) return null;
  const name = teamName(team.team, locale);
  return (
    <p className={styles.phoneTeam} style={teamStyle(team.team)} data-testid="player-team" data-team={team.team}>
      {team.rank === null ? t("phone.team", { team: name }) : t("phone.team.place", { team: name, place: ordinal(locale, team.rank), n: number(team.teamsRanked) })}
    </p>
  );
}
