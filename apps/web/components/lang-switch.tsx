"use client";

import { useI18n } from "../lib/i18n";

export function LangSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <button type="button" className="lang-switch" onClick={() => setLocale(locale === "pt-BR" ? "en" : "pt-BR")} data-testid="lang-switch">
      {t("lang.switch")}
    </button>
  );
}
