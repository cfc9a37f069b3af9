"use client";

import type { PacingView } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { useCountdown } from "../../lib/use-countdown";
import { pacingLine } from "./pacing";
import { PauseIcon, PlayIcon } from "./icons";

/** The Pause/Continue button's test id, also how the Space shortcut recognises it (host-game.tsx). */
export const PAUSE_BUTTON = "pacing-toggle";

/**
 * When the game moves on by itself: "Próxima em 5 s" with a bar that empties, or "Pausado", and the
 * Pause/Continue button (Space or P do the same, see host-game.tsx). Nothing when the host moves it on, and nothing while a question is open (`answerable`): the server's
 * pause holds only the moving on, the question's clock keeps running, so neither "Pausado" nor a Pause
 * button would be true there. Pausing is for the reveal, the scoreboard and slides.
 */
export function PacingControl({ pacing, seq, answerable, onPause }: { pacing: PacingView | null; seq: number; answerable: boolean; onPause(paused: boolean): void }) {
  const { t } = useI18n();
  const left = useCountdown(pacing?.advanceInMs ?? null, String(seq));
  const line = pacingLine(pacing, left, answerable);
  if (!pacing?.autoAdvance || answerable) return null;
  return (
    <div className="pacing" data-testid="pacing" data-state={line.kind}>
      {line.kind === "counting" && (
        <span className="pacing-next" role="timer" data-testid="pacing-next">
          {t("host.pacing.nextIn", { n: line.seconds })}
          {/* Keyed by the push: the bar restarts with each new deadline (hidden under reduced motion). */}
          <span key={seq} className="pacing-meter" aria-hidden="true" style={{ animationDuration: `${pacing.advanceInMs ?? 0}ms` }} />
        </span>
      )}
      {line.kind === "paused" && (
        <span className="pacing-paused" data-testid="pacing-paused">
          <PauseIcon /> {t("host.pacing.paused")}
        </span>
      )}
      <button type="button" className="button pacing-button" onClick={() => onPause(!pacing.paused)} aria-pressed={pacing.paused} aria-keyshortcuts="Space P" title={t("host.pacing.keys")} data-testid={PAUSE_BUTTON}>
        {pacing.paused ? <PlayIcon /> : <PauseIcon />} {pacing.paused ? t("host.pacing.resume") : t("host.pacing.pause")}
      </button>
    </div>
  );
}
