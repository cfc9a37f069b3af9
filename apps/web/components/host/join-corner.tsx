"use client";

import { useI18n } from "../../lib/i18n";

/** The join address without the scheme and the pin query: what a student types ("192.168.0.10:3000"). */
export function shownJoinUrl(joinUrl: string): string {
  return joinUrl.replace(/^https?:\/\//, "").replace(/\/?\?pin=\d+$/, "").replace(/\/$/, "");
}

/** During the game, where latecomers join: small, always in the top bar, never in the way of the question. */
export function JoinCorner({ joinUrl, pin }: { joinUrl: string; pin: string }) {
  const { t } = useI18n();
  return (
    <span className="join-corner" data-testid="join-corner">
      {t("host.corner.join", { url: shownJoinUrl(joinUrl), pin: `${pin.slice(0, 3)} ${pin.slice(3)}` })}
    </span>
  );
}
