"use client";

import { useRef, useState, type DragEvent } from "react";
import { useI18n } from "../../lib/i18n";
import { IconUpload } from "../editor/icons";
import styles from "./import.module.css";
import type { ImportSource } from "./use-import";

/** A drop zone that is also a file button, and a box to paste GIFT, Aiken or CSV text into. */
export function SourcePicker({ source, onSource }: { source: ImportSource | null; onSource(s: ImportSource): void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [text, setText] = useState("");

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onSource({ kind: "file", file });
  };

  return (
    <div className={styles.sources}>
      <div
        className={`${styles.drop} ${over ? styles.dropOver : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <span className={styles.dropIcon}>
          <IconUpload size={40} />
        </span>
        <strong>{t("import.drop")}</strong>
        <label className="button button-primary">
          {t("import.choose")}
          <input
            ref={input}
            type="file"
            className={styles.fileInput}
            accept=".gift,.txt,.xml,.csv,.xlsx,.tsv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onSource({ kind: "file", file });
              // The same file chosen again (after fixing it) must read again.
              e.target.value = "";
            }}
            data-testid="import-file"
          />
        </label>
        {source?.kind === "file" && <span className={styles.chosen}>{t("import.chosen", { name: source.file.name })}</span>}
      </div>
      <div className={styles.paste}>
        <label htmlFor="import-paste">{t("import.paste")}</label>
        <textarea id="import-paste" className="input" rows={6} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} data-testid="import-paste" />
        <button type="button" className="button" disabled={text.trim() === ""} onClick={() => onSource({ kind: "text", text })} data-testid="import-paste-read">
          {t("import.paste.read")}
        </button>
      </div>
    </div>
  );
}
