"use client";

import { useI18n } from "../lib/i18n";

/** Says plainly that the page is offline and retrying, instead of freezing silently. */
export function ConnectionBanner({ connected, restarting = false, extra }: { connected: boolean; restarting?: boolean; extra?: string | null }) {
  const { t } = useI18n();
  if (connected && !restarting && !extra) return null;
  return (
    <div className="banner" role="status" data-testid="connection-banner">
      {restarting ? t("conn.restarting") : connected ? extra : t("conn.offline")}
    </div>
  );
}
