"use client";

import type { AssignmentCreatePayload } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { parseClassList, type ClassListLine } from "../../lib/class-list";

/** What the teacher chose: ask for an identifier (and under what name), and the class list if one was uploaded. */
export interface IdentityChoice {
  readonly askId: boolean;
  readonly idLabel: string;
  readonly classList: readonly ClassListLine[] | null;
  /** Lines of an upload that could not be read (the list is then not used). */
  readonly badLines: readonly number[] | null;
}

/** The same shape for host:create and POST /api/assignments (gameIdentitySchema). */
type GameIdentity = NonNullable<AssignmentCreatePayload["identity"]>;

export const NO_IDENTITY: IdentityChoice = { askId: false, idLabel: "", classList: null, badLines: null };

/** The `identity` a live game's host:create and an assignment's creation take; undefined: nothing asked. */
export function identityOf(choice: IdentityChoice, defaultLabel: string): GameIdentity | undefined {
  const label = choice.askId ? choice.idLabel.trim() || defaultLabel : null;
  return label !== null || choice.classList ? { label, classList: choice.classList ? [...choice.classList] : null } : undefined;
}

/**
 * "Identificação para as notas", the same for a live game and an assignment: an identifier to ask for, and
 * the class list (CSV: name; identifier; an optional accommodation), each student then picking their own name.
 * `homework`: Nova tarefa's (no lobby there to give an accommodation later: the list is the only way).
 */
export function IdentitySetup({ value, onChange, homework = false }: { value: IdentityChoice; onChange(v: IdentityChoice): void; homework?: boolean }) {
  const { t } = useI18n();
  const { askId, idLabel, classList, badLines } = value;

  async function readClassList(file: File | undefined) {
    if (!file) return onChange({ ...value, classList: null, badLines: null });
    const parsed = parseClassList(await file.text());
    onChange(parsed.ok ? { ...value, classList: parsed.lines, badLines: null } : { ...value, classList: null, badLines: parsed.badLines });
  }

  return (
    <fieldset className="identity-box">
      <legend>{t("host.setup.identity")}</legend>
      <label className="check">
        <input type="checkbox" checked={askId} onChange={(e) => onChange({ ...value, askId: e.target.checked })} data-testid="ask-identifier" />
        {t("host.setup.identity.ask")}
      </label>
      {askId && (
        <input
          className="input"
          value={idLabel}
          maxLength={40}
          placeholder={t("host.setup.identity.default")}
          onChange={(e) => onChange({ ...value, idLabel: e.target.value })}
          aria-label={t("host.setup.identity.label")}
          data-testid="identifier-label"
        />
      )}
      <label className="file-label">
        {t("host.setup.classList")}
        <input type="file" accept=".csv,.txt,text/csv" onChange={(e) => void readClassList(e.target.files?.[0])} data-testid="class-list" />
      </label>
      <p className="muted small">{classList ? t("host.setup.classList.count", { n: classList.length }) : t("host.setup.classList.hint")}</p>
      {badLines && <p className="error">{t("host.setup.classList.bad", { lines: badLines.slice(0, 5).join(", ") })}</p>}
      <p className="muted small">
        {classList?.some((l) => l.accommodation) ? t("host.setup.classList.accommodations", { n: classList.filter((l) => l.accommodation).length }) : t(homework ? "assign.new.classList.accommodationHint" : "host.setup.classList.accommodationHint")}
      </p>
      <p className="muted small">{t("host.setup.identity.private")}</p>
    </fieldset>
  );
}
