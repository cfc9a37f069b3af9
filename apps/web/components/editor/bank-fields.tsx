"use client";

import type { Dispatch } from "react";
import { useI18n } from "../../lib/i18n";
import type { EditorAction, EditorDoc } from "./editor-state";
import { FieldIssues, invalidProps } from "./field-issues";
import type { IssueField } from "./issues";
import styles from "./editor.module.css";

/** The bank's own fields: title, description, the language its questions are written in. */
export function BankFields({ doc, dispatch, issuesAt }: { doc: EditorDoc; dispatch: Dispatch<EditorAction>; issuesAt(field: IssueField): readonly string[] }) {
  const { t } = useI18n();
  const title = issuesAt("title");
  const description = issuesAt("description");
  return (
    <div className={`card ${styles.bankFields}`}>
      <div className={styles.row}>
        <label className={styles.grow}>
          {t("editor.bankTitle")}
          <input id="editor-title" className="input" value={doc.title} onChange={(e) => dispatch({ type: "meta", patch: { title: e.target.value } })} data-testid="bank-title-input" {...invalidProps(title, "editor-title-issues")} />
        </label>
        <label className={styles.langField}>
          {t("editor.language")}
          <select id="editor-language" className="input" value={doc.language} onChange={(e) => dispatch({ type: "meta", patch: { language: e.target.value === "en" ? "en" : "pt-BR" } })}>
            <option value="pt-BR">{t("language.pt-BR")}</option>
            <option value="en">{t("language.en")}</option>
          </select>
        </label>
      </div>
      <FieldIssues id="editor-title-issues" messages={title} />
      <label>
        {t("editor.description")}
        <textarea id="editor-description" className="input" rows={2} value={doc.description} onChange={(e) => dispatch({ type: "meta", patch: { description: e.target.value } })} {...invalidProps(description, "editor-description-issues")} />
      </label>
      <FieldIssues id="editor-description-issues" messages={description} />
    </div>
  );
}
