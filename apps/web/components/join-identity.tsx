"use client";

import { useI18n } from "../lib/i18n";

/** One name of a teacher's class list as a joining phone sees it (identifiers never leave the server). */
export interface ClassListChoice {
  readonly index: number;
  readonly name: string;
  readonly taken: boolean;
}

/**
 * The fields a student fills in when the teacher asked who they are: their own name from the class list
 * (names already picked are greyed out), or the identifier the teacher named ("Matrícula"). The same on a
 * live game's join and a homework's start.
 */
export function ClassListPicker({ entries, value, onChange }: { entries: readonly ClassListChoice[]; value: number | null; onChange(index: number | null): void }) {
  const { t } = useI18n();
  return (
    <>
      <label htmlFor="class-entry">{t("home.classList")}</label>
      <select id="class-entry" className="input" required value={value ?? ""} onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))} data-testid="class-entry">
        <option value="">{t("home.classList.pick")}</option>
        {entries.map((e) => (
          <option key={e.index} value={e.index} disabled={e.taken}>
            {e.name}
          </option>
        ))}
      </select>
    </>
  );
}

export function IdentifierField({ label, value, onChange }: { label: string; value: string; onChange(value: string): void }) {
  const { t } = useI18n();
  return (
    <>
      <label htmlFor="identifier">{label}</label>
      <input id="identifier" className="input" required maxLength={64} value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" data-testid="identifier" />
      <p className="muted small">{t("home.identifier.private")}</p>
    </>
  );
}
