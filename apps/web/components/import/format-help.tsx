"use client";

import { useState } from "react";
import { useI18n } from "../../lib/i18n";
import { downloadTemplate, saveFile, type TemplateFormat } from "../../lib/library-api";
import styles from "./import.module.css";

/** A short how-to per format, and the Lousa spreadsheet templates to fill in. */
export function FormatHelp() {
  const { t, error, locale } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);

  async function template(format: TemplateFormat) {
    setProblem(null);
    const r = await downloadTemplate(format, locale);
    if (r.ok) saveFile(r.data);
    else setProblem(error(r.error.code));
  }

  return (
    <div className={`card ${styles.help}`}>
      <p className={styles.templates}>
        <span>{t("import.help.lousa")}</span>
        <button type="button" className="button" onClick={() => void template("lousa-xlsx")} data-testid="template-xlsx">
          ⬇ {t("import.template.xlsx")}
        </button>
        <button type="button" className="button" onClick={() => void template("lousa-csv")} data-testid="template-csv">
          ⬇ {t("import.template.csv")}
        </button>
      </p>
      {problem && <p className="error">{problem}</p>}
      <details>
        <summary>{t("import.help.title")}</summary>
        <ul>
          <li>{t("import.help.gift")}</li>
          <li>{t("import.help.moodle-xml")}</li>
          <li>{t("import.help.aiken")}</li>
          <li>{t("import.help.kahoot-xlsx")}</li>
        </ul>
      </details>
    </div>
  );
}
