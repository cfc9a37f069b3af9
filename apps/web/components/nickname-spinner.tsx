"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { drawNickname } from "@lousa/game";
import { useI18n } from "../lib/i18n";
import styles from "./nickname-spinner.module.css";

/** How many times a student may draw (the "spin three times"); after that the last name stays. */
export const MAX_SPINS = 3;

/** Names flashed before the draw settles: a slot-machine feel, short enough not to slow anyone down. */
const ROLL_FRAMES = 6;
const ROLL_MS = 70;

function reducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
}

interface Props {
  /** The nickname field itself (the form owns its value): shown beside the button. */
  readonly children: ReactNode;
  /** Draws used so far. */
  readonly spins: number;
  /** The last drawn name, announced to screen readers; null before any draw. */
  readonly drawn: string | null;
  readonly onDrawn: (name: string) => void;
  /** While a name rolls, the field shows the passing names. */
  readonly onRolling: (name: string | null) => void;
}

/**
 * The "Sortear" button beside the nickname field: draws an "adjective + animal" name in the page's
 * language, up to MAX_SPINS times, and says the result in an aria-live region (a changed input value
 * is not announced by screen readers).
 */
export function NicknameSpinner({ children, spins, drawn, onDrawn, onRolling }: Props) {
  const { t, locale } = useI18n();
  const [rolling, setRolling] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearInterval(timer.current);
  }, []);

  const left = MAX_SPINS - spins;

  function spin() {
    if (rolling || left <= 0) return;
    if (reducedMotion()) return onDrawn(drawNickname(locale));
    setRolling(true);
    let frame = 0;
    timer.current = setInterval(() => {
      frame += 1;
      if (frame < ROLL_FRAMES) return onRolling(drawNickname(locale));
      if (timer.current) clearInterval(timer.current);
      timer.current = null;
      setRolling(false);
      onRolling(null);
      onDrawn(drawNickname(locale));
    }, ROLL_MS);
  }

  return (
    <>
      <div className={styles.row}>
        {children}
        <button type="button" className={`button ${styles.draw}`} onClick={spin} disabled={rolling || left <= 0} data-testid="nickname-draw" aria-describedby="nickname-spins">
          {spins === 0 ? t("nickname.draw") : t("nickname.drawAgain")}
        </button>
      </div>
      <p className={`muted small ${styles.status}`}>
        <span aria-live="polite" data-testid="nickname-drawn" className={styles.drawn}>
          {drawn !== null && !rolling ? t("nickname.drawn", { name: drawn }) : ""}
        </span>{" "}
        <span id="nickname-spins" data-testid="nickname-spins">
          {spins === 0 ? "" : left === 0 ? t("nickname.noSpinsLeft") : left === 1 ? t("nickname.spinsLeft.one") : t("nickname.spinsLeft", { n: left })}
        </span>
      </p>
    </>
  );
}
