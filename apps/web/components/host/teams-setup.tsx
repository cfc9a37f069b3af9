"use client";

import { TEAM_LIMITS, type TeamSettings } from "@lousa/game";
import { useI18n } from "../../lib/i18n";

const COUNTS = Array.from({ length: TEAM_LIMITS.max - TEAM_LIMITS.min + 1 }, (_, i) => TEAM_LIMITS.min + i);

/** "Equipes" in Novo jogo: none, or 2–8 teams that students pick or the game draws (balanced). */
export function TeamsSetup({ value, onChange }: { value: TeamSettings | null; onChange(v: TeamSettings | null): void }) {
  const { t } = useI18n();
  const assignment = value?.assignment ?? "random";
  return (
    <fieldset className="pacing-box" data-testid="teams-setup">
      <legend>{t("host.setup.teams")}</legend>
      <label>
        <select
          className="input"
          value={value?.count ?? ""}
          onChange={(e) => onChange(e.target.value === "" ? null : { count: Number(e.target.value), assignment })}
          data-testid="teams-count"
          aria-label={t("host.setup.teams.count.label")}
        >
          <option value="">{t("host.setup.teams.off")}</option>
          {COUNTS.map((n) => (
            <option key={n} value={n}>
              {t("host.setup.teams.count", { n })}
            </option>
          ))}
        </select>
      </label>
      {value && (
        <>
          {(["random", "pick"] as const).map((choice) => (
            <label className="check" key={choice}>
              <input type="radio" name="teams-assignment" value={choice} checked={assignment === choice} onChange={() => onChange({ count: value.count, assignment: choice })} data-testid={`teams-${choice}`} />
              {t(choice === "pick" ? "host.setup.teams.pick" : "host.setup.teams.random")}
            </label>
          ))}
          <p className="muted small">{t("host.setup.teams.hint")}</p>
        </>
      )}
    </fieldset>
  );
}
