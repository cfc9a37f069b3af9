"use client";

import { useState } from "react";
import { EXTRA_TIMES, type Accommodation, type ExtraTime } from "@lousa/game";
import type { RosterEntry } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import type { MessageKey } from "../../lib/messages";
import styles from "./accommodation-control.module.css";

const TIME_LABEL: Record<ExtraTime, MessageKey> = { "x1.5": "host.accommodation.time.x1.5", x2: "host.accommodation.time.x2", unlimited: "host.accommodation.time.unlimited" };

/** The select's value back as an extra time: only the values it offers, anything else is "normal". */
function extraTimeOf(value: string): ExtraTime | null {
  return EXTRA_TIMES.find((t) => t === value) ?? null;
}

/**
 * The "⏱" beside a student on the host's roster: a separate button (the chip itself still removes the
 * student), opening a small form for extra time and no speed penalty. The lobby is usually on the
 * projector, so every student's ⏱ looks the same whether or not they have an accommodation: only the
 * open form says (a teacher who doesn't want it on the wall opens the host link on another device).
 */
export function AccommodationControl({ player, onSave }: { player: RosterEntry; onSave(accommodation: Accommodation | null): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [time, setTime] = useState<ExtraTime | null>(player.accommodation?.time ?? null);
  const [noSpeedPenalty, setNoSpeedPenalty] = useState(player.accommodation?.noSpeedPenalty ?? false);
  const show = () => {
    // Start from what the server last said, not from an unsaved edit.
    setTime(player.accommodation?.time ?? null);
    setNoSpeedPenalty(player.accommodation?.noSpeedPenalty ?? false);
    setOpen(true);
  };
  return (
    <span className={styles.wrap}>
      <button
        type="button"
        className={styles.toggle}
        title={t("host.accommodation.open")}
        aria-label={`${t("host.accommodation.open")}: ${player.nickname}`}
        aria-expanded={open}
        onClick={() => (open ? setOpen(false) : show())}
        data-testid="accommodation-toggle"
      >
        {/* A drawn clock, not the ⏱ emoji: projectors' fonts often lack it (a blank box). */}
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
          <circle cx="12" cy="13" r="8" />
          <path d="M12 9v4l2.5 2.5M9.5 2.5h5" />
        </svg>
      </button>
      {open && (
        <form
          className={styles.panel}
          role="dialog"
          aria-label={t("host.accommodation.title", { name: player.nickname })}
          data-testid="accommodation-form"
          onSubmit={(e) => {
            e.preventDefault();
            setOpen(false);
            onSave(time === null && !noSpeedPenalty ? null : { time, noSpeedPenalty });
          }}
        >
          <p className={styles.title}>{t("host.accommodation.title", { name: player.nickname })}</p>
          <label className={styles.row}>
            {t("host.accommodation.time")}
            <select value={time ?? ""} onChange={(e) => setTime(extraTimeOf(e.target.value))} data-testid="accommodation-time">
              <option value="">{t("host.accommodation.time.none")}</option>
              {EXTRA_TIMES.map((v) => (
                <option key={v} value={v}>
                  {t(TIME_LABEL[v])}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.row}>
            <input type="checkbox" checked={noSpeedPenalty} onChange={(e) => setNoSpeedPenalty(e.target.checked)} data-testid="accommodation-no-speed" />
            {t("host.accommodation.noSpeedPenalty")}
          </label>
          <p className={styles.hint}>{t("host.accommodation.hint")}</p>
          <div className={styles.actions}>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t("host.accommodation.cancel")}
            </button>
            <button type="submit" className="button button-primary" data-testid="accommodation-save">
              {t("host.accommodation.save")}
            </button>
          </div>
        </form>
      )}
    </span>
  );
}
