"use client";

import { useRef, useState } from "react";
import { FORMAT_IDS, type ExportNote, type FormatId } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import type { MessageKey } from "../../lib/messages";
import type { ApiError } from "../../lib/api";
import { exportBank, saveFile } from "../../lib/library-api";
import styles from "./library.module.css";

export const FORMAT_KEYS: Record<FormatId, MessageKey> = {
  gift: "format.gift",
  "moodle-xml": "format.moodle-xml",
  aiken: "format.aiken",
  "kahoot-xlsx": "format.kahoot-xlsx",
  "lousa-xlsx": "format.lousa-xlsx",
  "lousa-csv": "format.lousa-csv",
};

export interface Downloaded {
  readonly format: FormatId;
  readonly filename: string;
  readonly notes: readonly ExportNote[];
}

/**
 * "Baixar" with one entry per format (a <details> menu: keyboard and screen readers know it without
 * script). The file comes through fetch so the notes header can be read; then it is handed to the browser.
 */
export function DownloadMenu({ bankId, onDone, onError }: { bankId: string; onDone(d: Downloaded): void; onError(e: ApiError): void }) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState<FormatId | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);

  async function download(format: FormatId) {
    setBusy(format);
    const r = await exportBank(bankId, format, locale);
    setBusy(null);
    if (menu.current) menu.current.open = false;
    if (!r.ok) return onError(r.error);
    saveFile(r.data);
    onDone({ format, filename: r.data.filename, notes: r.data.notes });
  }

  return (
    <details className={styles.menu} ref={menu}>
      <summary className="button" data-testid={`download-${bankId}`}>
        {t("library.download")} ▾
      </summary>
      <ul className={styles.menuList}>
        {FORMAT_IDS.map((f) => (
          <li key={f}>
            <button type="button" onClick={() => void download(f)} disabled={busy !== null} data-testid={`download-${bankId}-${f}`}>
              {t(FORMAT_KEYS[f])}
              {busy === f ? " …" : ""}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
