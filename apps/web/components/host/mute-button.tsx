"use client";

import { useI18n } from "../../lib/i18n";
import { unlockAudio, useMuted } from "../../lib/sound/use-sound";
import { SpeakerIcon } from "./icons";

/** The projector's sound on/off; the choice is remembered in this browser (lib/sound/mute-store.ts). */
export function MuteButton() {
  const { t } = useI18n();
  const [muted, setMuted] = useMuted();
  const toggle = (e: React.MouseEvent<HTMLButtonElement>) => {
    // Turning sound on is a gesture: a context the browser held suspended can start now.
    unlockAudio();
    setMuted(!muted);
    // Clicked with the mouse: let go of the focus, so a later Space (meant for the game, or pressed during
    // a question, when Space is not the pause shortcut) doesn't toggle the sound again. A keyboard user
    // (detail 0) keeps it.
    if (e.detail > 0) e.currentTarget.blur();
  };
  return (
    <button type="button" className="button button-quiet mute-button" onClick={toggle} aria-pressed={muted} aria-label={t("host.sound.mute")} title={muted ? t("host.sound.unmute") : t("host.sound.mute")} data-testid="mute-toggle">
      <SpeakerIcon muted={muted} />
    </button>
  );
}
