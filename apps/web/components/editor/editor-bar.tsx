"use client";

import { useI18n } from "../../lib/i18n";
import styles from "./editor.module.css";
import type { BankEditorState } from "./use-bank-editor";

/**
 * The editor's sticky top: whether the work is saved, how many problems stand in the way (with a jump
 * to the first), Save, and the banners for a draft to restore or a save refused because the bank
 * changed elsewhere.
 */
export function EditorBar({ editor, onSave, onFirstIssue }: { editor: BankEditorState; onSave(): void; onFirstIssue(): void }) {
  const { t, error } = useI18n();
  const { save, issues, dirty, pendingDraft } = editor;
  const saving = save.state === "saving";
  const conflict = save.state === "failed" && save.error.code === "BANK_CHANGED";
  const status = saving ? t("editor.saving") : dirty ? t("editor.unsaved") : save.state === "saved" ? t("editor.saved") : "";
  return (
    <>
      <div className={styles.bar} data-testid="editor-bar">
        <div className={styles.barStatus}>
          <span role="status" data-testid="save-status">
            {status}
          </span>
          {issues.count > 0 && (
            <span className={styles.barIssues} data-testid="issue-count">
              {t("editor.issues", { n: issues.count })}{" "}
              <button type="button" className={styles.linkButton} onClick={onFirstIssue}>
                {t("editor.issues.go")}
              </button>
            </span>
          )}
        </div>
        <span className={styles.shortcut}>{t("editor.shortcut")}</span>
        <button
          type="button"
          className="button button-primary"
          onClick={onSave}
          disabled={saving}
          // Not disabled when there are problems: a click then shows them all and focuses the first.
          aria-describedby={issues.count > 0 ? "editor-save-reason" : undefined}
          data-testid="editor-save"
        >
          {saving ? t("editor.saving") : t("editor.save")}
        </button>
        {issues.count > 0 && (
          <span id="editor-save-reason" className={styles.srOnly}>
            {t("editor.issues", { n: issues.count })}
          </span>
        )}
      </div>
      {pendingDraft && (
        <div className={styles.banner} role="alert" data-testid="draft-banner">
          <span>{t("editor.draft.found", { time: new Date(pendingDraft.savedAt).toLocaleString() })}</span>
          <button type="button" className="button button-primary" onClick={editor.restoreDraft} data-testid="draft-restore">
            {t("editor.draft.restore")}
          </button>
          <button type="button" className="button" onClick={editor.discardDraft} data-testid="draft-discard">
            {t("editor.draft.discard")}
          </button>
        </div>
      )}
      {conflict && (
        <div className={styles.banner} role="alert" data-testid="conflict-banner">
          <span>
            {error("BANK_CHANGED")} {t("editor.changed.kept")}
          </span>
          <button type="button" className="button button-primary" onClick={() => void editor.reloadKeepingDraft()} data-testid="conflict-reload">
            {t("editor.changed.reload")}
          </button>
        </div>
      )}
      {save.state === "failed" && !conflict && (
        <p className="error" role="alert" data-testid="save-error">
          {error(save.error.code)}
        </p>
      )}
    </>
  );
}
