"use client";

import type { NicknameSource } from "@lousa/game";
import { useI18n } from "../../lib/i18n";

/** The nickname settings as host:create's `settings` takes them (spread straight in). */
export interface NicknameChoice {
  readonly nicknames: NicknameSource;
  readonly nicknameFilter: boolean;
}

/** Typed nicknames, filtered: the protocol's defaults. */
export const DEFAULT_NICKNAME_CHOICE: NicknameChoice = { nicknames: "typed", nicknameFilter: true };

/** "Apelidos" in Novo jogo: typed (with the filter, on by default) or only drawn names, for younger classes. */
export function NicknameSetup({ value, onChange }: { value: NicknameChoice; onChange(v: NicknameChoice): void }) {
  const { t } = useI18n();
  const set = (patch: Partial<NicknameChoice>) => onChange({ ...value, ...patch });
  const radio = (source: NicknameSource, label: string) => (
    <label className="check">
      <input type="radio" name="nickname-source" value={source} checked={value.nicknames === source} onChange={() => set({ nicknames: source })} data-testid={`nicknames-${source}`} />
      {label}
    </label>
  );
  return (
    // The same look as "Ritmo" (pacing-setup.tsx): a dashed box of radios and a checkbox.
    <fieldset className="pacing-box" data-testid="nickname-setup">
      <legend>{t("host.setup.nicknames")}</legend>
      <div className="pacing-choices">
        {radio("typed", t("host.setup.nicknames.typed"))}
        {radio("generated", t("host.setup.nicknames.generated"))}
        <p className="muted small">{t("host.setup.nicknames.generated.hint")}</p>
      </div>
      {/* Only typed names go through the filter: drawn ones come from a vetted list. */}
      <label className="check">
        <input
          type="checkbox"
          checked={value.nicknameFilter}
          disabled={value.nicknames === "generated"}
          onChange={(e) => set({ nicknameFilter: e.target.checked })}
          data-testid="nickname-filter"
        />
        {t("host.setup.nicknames.filter")}
      </label>
    </fieldset>
  );
}
