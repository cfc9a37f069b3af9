"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FORMAT_IDS, QUESTION_LIMITS, type FormatId } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { isFormatId, type ApiError } from "../../lib/api";
import { libraryApi } from "../../lib/library-api";
import { issueText } from "../editor/issues";
import { FORMAT_KEYS } from "../library/download-menu";
import { FormatHelp } from "./format-help";
import { ImportPreview } from "./import-preview";
import { SourcePicker } from "./source-picker";
import { useImportPreview, type ImportSource } from "./use-import";
import styles from "./import.module.css";

/**
 * Import: pick a file or paste text, see what was understood, name the bank, confirm. Changing the
 * format or the language reads the same source again. Only "Importar N questões" saves anything.
 */
export function ImportView() {
  const { t, error, locale } = useI18n();
  const router = useRouter();
  const preview = useImportPreview();
  const [source, setSource] = useState<ImportSource | null>(null);
  const [format, setFormat] = useState<FormatId | null>(null);
  const [language, setLanguage] = useState<"pt-BR" | "en">(locale);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);

  const choose = (s: ImportSource) => {
    setSource(s);
    preview.reset();
    void preview.read(s, format, language);
  };
  const reread = (f: FormatId | null, l: "pt-BR" | "en") => {
    if (source) void preview.read(source, f, l);
  };

  const questions = preview.result?.questions ?? [];
  const title = preview.title.trim();
  const titleProblem = title === "" ? issueText("TITLE_EMPTY", t) : title.length > QUESTION_LIMITS.bankTitle ? issueText("TITLE_TOO_LONG", t) : null;

  async function confirm() {
    if (titleProblem) return document.getElementById("import-title")?.focus();
    setSaving(true);
    setSaveError(null);
    const r = await libraryApi.create({ title, description: "", language, questions: questions.map((q) => q.question) });
    if (r.ok) return router.push(`/library/${encodeURIComponent(r.data.id)}`);
    setSaving(false);
    setSaveError(r.error);
  }

  return (
    <div className={styles.page}>
      <p className={styles.intro}>{t("import.intro")}</p>
      <div className={`card ${styles.form}`}>
        <div className={styles.selects}>
          <label>
            {t("import.format")}
            <select
              className="input"
              value={format ?? ""}
              onChange={(e) => {
                const f = isFormatId(e.target.value) ? e.target.value : null;
                setFormat(f);
                reread(f, language);
              }}
              data-testid="import-format"
            >
              <option value="">{t("import.format.auto")}</option>
              {FORMAT_IDS.map((f) => (
                <option key={f} value={f}>
                  {t(FORMAT_KEYS[f])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("import.language")}
            <select
              className="input"
              value={language}
              onChange={(e) => {
                const l = e.target.value === "en" ? "en" : "pt-BR";
                setLanguage(l);
                reread(format, l);
              }}
            >
              <option value="pt-BR">{t("language.pt-BR")}</option>
              <option value="en">{t("language.en")}</option>
            </select>
          </label>
        </div>
        <SourcePicker source={source} onSource={choose} />
      </div>
      <FormatHelp />
      <div aria-live="polite" className={styles.status}>
        {preview.reading && <p className={styles.reading}>{t("import.reading")}</p>}
      </div>
      {preview.error && (
        <p className="error" role="alert" data-testid="import-error">
          {/* The server answers INVALID_PAYLOAD when it can't tell the format: say what to do about it. */}
          {preview.error.code === "INVALID_PAYLOAD" && format === null ? t("import.unknownFormat") : error(preview.error.code)}
        </p>
      )}
      {preview.result && (
        <>
          <ImportPreview result={preview.result} />
          {questions.length > 0 && (
            <div className={`card ${styles.confirm}`}>
              <label htmlFor="import-title">{t("import.bankTitle")}</label>
              <input id="import-title" className="input" value={preview.title} onChange={(e) => preview.setTitle(e.target.value)} aria-invalid={titleProblem ? true : undefined} aria-describedby={titleProblem ? "import-title-problem" : undefined} data-testid="import-title" />
              {titleProblem && (
                <p id="import-title-problem" className={styles.inlineError}>
                  {titleProblem}
                </p>
              )}
              {saveError && (
                <p className="error" role="alert">
                  {error(saveError.code)}
                </p>
              )}
              <button type="button" className="button button-primary button-big" onClick={() => void confirm()} disabled={saving || preview.reading} data-testid="import-confirm">
                {saving ? t("import.saving") : t("import.confirm", { n: questions.length })}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
