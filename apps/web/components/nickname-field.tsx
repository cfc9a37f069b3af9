"use client";

import { useEffect, useState, type Ref } from "react";
import { isGeneratedNickname, NICKNAME_MAX } from "@lousa/game";
import { useI18n } from "../lib/i18n";
import { NicknameSpinner } from "./nickname-spinner";

/** A nickname being chosen: typed, or drawn with the generator (three spins), as a live join and a homework ask it. */
export interface NicknameDraft {
  readonly nickname: string;
  setNickname(name: string): void;
  /** Drawn names only (the teacher's choice): the field can't be typed in. */
  readonly generated: boolean;
  readonly spins: number;
  /** The last name drawn, if any. */
  readonly drawn: string | null;
  /** The name on the spinning reel while it rolls (null: not rolling; the form waits for it). */
  readonly rolling: string | null;
  setRolling(name: string | null): void;
  /** A name the generator settled on. */
  takeDrawn(name: string): void;
  /** The drawn name was taken meanwhile: another one, free (it doesn't use up a spin), so nobody is stuck. */
  redraw(name: string): void;
}

export function useNicknameDraft(generated: boolean): NicknameDraft {
  const [nickname, setNickname] = useState("");
  const [spins, setSpins] = useState(0);
  const [drawn, setDrawn] = useState<string | null>(null);
  const [rolling, setRolling] = useState<string | null>(null);
  // Drawn names only: a name typed before the rule was known can't be used, so it goes.
  useEffect(() => {
    if (generated) setNickname((typed) => (isGeneratedNickname(typed) ? typed : ""));
  }, [generated]);
  return {
    nickname,
    setNickname,
    generated,
    spins,
    drawn,
    rolling,
    setRolling,
    takeDrawn(name) {
      setNickname(name);
      setDrawn(name);
      setSpins((n) => n + 1);
    },
    redraw(name) {
      setNickname(name);
      setDrawn(name);
    },
  };
}

/** The nickname's label, field and generator ("Sortear"), with the drawn-names-only hint. */
export function NicknameField({ draft, inputRef }: { draft: NicknameDraft; inputRef?: Ref<HTMLInputElement> }) {
  const { t } = useI18n();
  const { generated } = draft;
  return (
    <>
      <label htmlFor="nickname">{t("home.nickname")}</label>
      <NicknameSpinner spins={draft.spins} drawn={draft.drawn} onDrawn={draft.takeDrawn} onRolling={draft.setRolling}>
        <input
          id="nickname"
          name="nickname"
          ref={inputRef}
          autoComplete="nickname"
          // The engine's own limit, so the field stops where the rule does instead of refusing after the
          // tap. (The browser counts UTF-16 units: a name full of emoji stops a little earlier.)
          maxLength={NICKNAME_MAX}
          required
          // Drawn names only: the field shows the draw and can't be typed in (the server refuses
          // anything else anyway).
          readOnly={generated}
          aria-readonly={generated}
          aria-describedby={generated ? "nickname-generated" : undefined}
          placeholder={generated ? t("nickname.placeholder.generated") : undefined}
          className="input"
          value={draft.rolling ?? draft.nickname}
          onChange={(e) => draft.setNickname(e.target.value)}
          data-testid="nickname"
        />
      </NicknameSpinner>
      {generated && (
        <p id="nickname-generated" className="muted small">
          {t("nickname.generatedOnly")}
        </p>
      )}
    </>
  );
}
