import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { I18nProvider } from "../lib/i18n";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "../lib/messages";
import "./globals.css";

export const metadata: Metadata = {
  title: "Lousa",
  description: "Quiz ao vivo para a sala de aula — live classroom quiz",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2d1b69" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  return (
    <html lang={locale}>
      <body>
        <I18nProvider initialLocale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
}
