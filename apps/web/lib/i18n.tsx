"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { ErrorCode, ProtocolError } from "@lousa/protocol";
import { ERROR_MESSAGES, LOCALE_COOKIE, messageFor, type Locale, type MessageKey } from "./messages";

interface I18n {
  readonly locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  error(e: ProtocolError | ErrorCode): string;
  number(n: number): string;
}

const I18nContext = createContext<I18n | null>(null);


export function I18nProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    document.cookie = `${LOCALE_COOKIE}=${l}; path=/; max-age=31536000; samesite=lax`;
    document.documentElement.lang = l;
  }, []);
  const value = useMemo<I18n>(() => {
    const fmt = new Intl.NumberFormat(locale);
    return {
      locale,
      setLocale,
      t: (key, vars) => messageFor(locale, key, vars),
      error: (e) => ERROR_MESSAGES[locale][typeof e === "string" ? e : e.code],
      number: (n) => fmt.format(n),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n outside I18nProvider");
  return ctx;
}
