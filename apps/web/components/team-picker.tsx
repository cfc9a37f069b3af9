"use client";

import { teamName } from "@lousa/reports";
import { useI18n } from "../lib/i18n";
import { teamStyle } from "./team-label";
import styles from "./teams.module.css";

/** The join page's team choice (teams picked at join): one big coloured button per team, named by its colour. */
export function TeamPicker({ count, value, onChange }: { count: number; value: number | null; onChange(team: number): void }) {
  const { t, locale } = useI18n();
  return (
    <fieldset className={styles.picker} data-testid="team-picker">
      <legend>{t("join.team")}</legend>
      {Array.from({ length: count }, (_, team) => (
        <label key={team} className={styles.pick} style={teamStyle(team)}>
          <input type="radio" name="team" value={team} checked={value === team} onChange={() => onChange(team)} required data-testid={`team-pick-${team}`} />
          {teamName(team, locale)}
        </label>
      ))}
    </fieldset>
  );
}
