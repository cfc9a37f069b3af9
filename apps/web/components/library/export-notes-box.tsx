"use client";

import { useI18n } from "../../lib/i18n";
import type { MessageKey } from "../../lib/messages";
import type { ExportNoteCode } from "@lousa/protocol";
import { FORMAT_KEYS, type Downloaded } from "./download-menu";
import { groupNotes, notedQuestionCount, questionList } from "./export-notes";
import styles from "./library.module.css";

const NOTE_KEYS: Record<ExportNoteCode, MessageKey> = {
  TOO_MANY_OPTIONS: "exportNote.TOO_MANY_OPTIONS",
  TEXT_TOO_LONG: "exportNote.TEXT_TOO_LONG",
  TIME_LIMIT_NOT_ALLOWED: "exportNote.TIME_LIMIT_NOT_ALLOWED",
  FIELD_DROPPED: "exportNote.FIELD_DROPPED",
};

/** What a download could not carry, said once per kind of problem with the questions concerned. */
export function ExportNotesBox({ downloaded, onClose }: { downloaded: Downloaded; onClose(): void }) {
  const { t } = useI18n();
  const format = t(FORMAT_KEYS[downloaded.format]);
  return (
    <div className={styles.notes} role="status" data-testid="export-notes">
      <p>
        <strong>{t("library.exportNotes", { n: notedQuestionCount(downloaded.notes), format })}</strong>
      </p>
      <ul>
        {groupNotes(downloaded.notes).map((g) => (
          <li key={g.code}>{t(NOTE_KEYS[g.code], { q: questionList(g.questions), n: g.questions.length })}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onClose}>
        {t("library.close")}
      </button>
    </div>
  );
}
