"use client";

import type { BankAccess, LibraryBank } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import type { MessageKey } from "../../lib/messages";

const GROUPS: ReadonlyArray<{ readonly access: BankAccess; readonly key: MessageKey }> = [
  { access: "own", key: "teacher.banks.own" },
  { access: "shared", key: "teacher.banks.shared" },
  { access: "builtIn", key: "teacher.banks.builtIn" },
];

/**
 * The banks a game can be played from, grouped by whose they are: the teacher's own first (what they
 * most likely came to play), then colleagues' shared ones, then Lousa's built-in ones. One radio group
 * across all of them (one `name`), so the arrow keys move through every bank.
 */
export function BankPicker({ banks, value, onChange }: { banks: readonly LibraryBank[]; value: string; onChange: (id: string) => void }) {
  const { t } = useI18n();
  if (banks.length === 0) return <p className="muted">{t("teacher.banks.none")}</p>;
  return (
    <>
      {GROUPS.map(({ access, key }) => {
        const group = banks.filter((b) => b.access === access);
        if (group.length === 0) return null;
        return (
          <fieldset key={access} data-testid={`banks-${access}`}>
            <legend>{t(key)}</legend>
            <div className="bank-list">
              {group.map((b) => (
                <label key={b.id} className={`bank-option ${value === b.id ? "bank-selected" : ""}`} data-testid={`bank-${b.id}`}>
                  <input type="radio" name="bank" value={b.id} checked={value === b.id} onChange={() => onChange(b.id)} />
                  <span className="bank-title">{b.title}</span>
                  <span className="bank-meta">
                    {t("host.setup.questions", { n: b.questionCount })}
                    {b.access === "shared" && b.ownerName ? ` · ${t("teacher.banks.sharedBy", { name: b.ownerName })}` : ""}
                  </span>
                  {b.description && <span className="bank-desc">{b.description}</span>}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
