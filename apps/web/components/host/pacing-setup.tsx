"use client";

import { AUTO_ADVANCE_LIMITS } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { EVERY_N_LIMITS, type LeaderboardChoice } from "./pacing";

export interface PacingChoice {
  readonly leaderboard: LeaderboardChoice;
  /** Kept as typed (a field may be empty while the teacher edits it); pacingSettings() clamps on create. */
  readonly everyN: string;
  readonly auto: boolean;
  readonly revealSec: string;
  readonly leaderboardSec: string;
}

/** "Ritmo" in Novo jogo: how often the scoreboard shows, and whether the game moves on by itself. */
export function PacingSetup({ value, onChange }: { value: PacingChoice; onChange(v: PacingChoice): void }) {
  const { t } = useI18n();
  const set = (patch: Partial<PacingChoice>) => onChange({ ...value, ...patch });
  const radio = (choice: LeaderboardChoice, label: React.ReactNode) => (
    <label className="check">
      <input type="radio" name="leaderboard-every" value={choice} checked={value.leaderboard === choice} onChange={() => set({ leaderboard: choice })} data-testid={`leaderboard-${choice}`} />
      {label}
    </label>
  );
  const { minSec, maxSec } = AUTO_ADVANCE_LIMITS;
  return (
    <fieldset className="pacing-box" data-testid="pacing-setup">
      <legend>{t("host.setup.pacing")}</legend>
      <fieldset className="pacing-choices">
        <legend className="pacing-sub">{t("host.setup.pacing.leaderboard")}</legend>
        {radio("every", t("host.setup.pacing.every"))}
        <span className="pacing-every-n">
          {radio("everyN", t("host.setup.pacing.everyN"))}
          <input
            className="input pacing-number"
            type="number"
            min={EVERY_N_LIMITS.min}
            max={EVERY_N_LIMITS.max}
            value={value.everyN}
            // Typing a number means this choice.
            onChange={(e) => set({ everyN: e.target.value, leaderboard: "everyN" })}
            aria-label={t("host.setup.pacing.everyN.label")}
            data-testid="leaderboard-n"
          />
          <span aria-hidden="true">{t("host.setup.pacing.everyN.unit")}</span>
        </span>
        {radio("end", t("host.setup.pacing.end"))}
      </fieldset>
      <label className="check pacing-auto">
        <input type="checkbox" checked={value.auto} onChange={(e) => set({ auto: e.target.checked })} data-testid="auto-advance" aria-describedby="auto-advance-hint" />
        {t("host.setup.pacing.auto")}
      </label>
      <p id="auto-advance-hint" className="muted small">
        {t("host.setup.pacing.auto.hint")}
      </p>
      {value.auto && (
        <div className="setup-row">
          <label>
            {t("host.setup.pacing.revealSec")}
            <input className="input" type="number" min={minSec} max={maxSec} value={value.revealSec} onChange={(e) => set({ revealSec: e.target.value })} data-testid="auto-reveal-sec" />
          </label>
          <label>
            {t("host.setup.pacing.leaderboardSec")}
            <input className="input" type="number" min={minSec} max={maxSec} value={value.leaderboardSec} onChange={(e) => set({ leaderboardSec: e.target.value })} data-testid="auto-leaderboard-sec" />
          </label>
        </div>
      )}
    </fieldset>
  );
}
