"use client";

import { teamName } from "@lousa/reports";
import type { CSSProperties } from "react";
import { useI18n } from "../lib/i18n";
import { teamColour } from "../lib/teams";
import styles from "./teams.module.css";

/** A team's colour as the CSS variable the team styles read. */
export function teamStyle(team: number): CSSProperties {
  return { "--team": teamColour(team) } as CSSProperties;
}

/** A team's name with its colour swatch: the name says the colour, so colour is never the only cue. */
export function TeamName({ team }: { team: number }) {
  const { locale } = useI18n();
  return (
    <span style={teamStyle(team)}>
      <span className={styles.swatch} aria-hidden="true" /> {teamName(team, locale)}
    </span>
  );
}
