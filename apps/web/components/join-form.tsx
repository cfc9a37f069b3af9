"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { drawNickname } from "@lousa/game";
import type { JoinRequirements, ProtocolError } from "@lousa/protocol";
import { TeamPicker } from "./team-picker";
import { useI18n } from "../lib/i18n";
import { getSocket, send } from "../lib/socket";
import { deviceId, savePlayerSeat } from "../lib/storage";
import { Brand } from "./brand";
import { LangSwitch } from "./lang-switch";
import { ClassListPicker, IdentifierField } from "./join-identity";
import { NicknameField, useNicknameDraft } from "./nickname-field";

/**
 * Whether the game takes only drawn nicknames. Read with `in` so this page works with a server that
 * doesn't say (an older one: typed nicknames), without a cast on what came over the network.
 */
/** How many teams the student picks from (0: no teams, or the game draws them). */
function pickedTeams(needs: JoinRequirements | null): number {
  return needs !== null && "teams" in needs && needs.teams?.assignment === "pick" ? needs.teams.count : 0;
}

function generatedOnly(needs: JoinRequirements | null): boolean {
  return needs !== null && "nicknames" in needs && needs.nicknames === "generated";
}

/** Home: a phone joins with PIN + nickname (PIN prefilled from the QR link); teachers find the way to host. */
export function JoinForm() {
  const { t, error, locale } = useI18n();
  const router = useRouter();
  const params = useSearchParams();
  const [pin, setPin] = useState(params.get("pin")?.replace(/\D/g, "").slice(0, 6) ?? "");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProtocolError | null>(null);
  const nicknameRef = useRef<HTMLInputElement>(null);
  const [needs, setNeeds] = useState<JoinRequirements | null>(null);
  const [identifier, setIdentifier] = useState("");
  const [classEntry, setClassEntry] = useState<number | null>(null);
  const [team, setTeam] = useState<number | null>(null);
  // A game of drawn names: a name typed before the PIN was known can't be used, so it goes.
  const name = useNicknameDraft(generatedOnly(needs));
  const { nickname } = name;

  // Once the PIN is complete, ask what this game wants from a student (an identifier, a name from the list).
  useEffect(() => {
    setNeeds(null);
    if (pin.length !== 6) return;
    let current = true;
    void send(getSocket(), "player:lookup", { pin }).then((r) => {
      if (!current) return;
      if (r.ok) setNeeds(r.data);
      else if (r.error.code === "GAME_NOT_FOUND" || r.error.code === "GAME_OVER") setProblem(r.error);
    });
    return () => {
      current = false;
    };
  }, [pin]);

  useEffect(() => {
    if (pin.length === 6) nicknameRef.current?.focus();
    // Only on first render: the QR link brings the PIN, the student types the name.
  }, []);

  async function join(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    const result = await send(getSocket(), "player:join", {
      pin,
      nickname,
      deviceId: deviceId(),
      ...(needs?.identifierLabel ? { identifier } : {}),
      ...(needs?.classList && classEntry !== null ? { classEntry } : {}),
      ...(pickedTeams(needs) > 0 && team !== null ? { team } : {}),
    });
    if (!result.ok) {
      // Someone already has this drawn name: draw another for free (it doesn't use up a spin), so a
      // student out of draws in a drawn-names game is never stuck.
      if (result.error.code === "NICKNAME_TAKEN" && name.drawn !== null && nickname === name.drawn) name.redraw(drawNickname(locale));
      setProblem(result.error);
      setBusy(false);
      return;
    }
    savePlayerSeat({ pin, rejoinToken: result.data.rejoinToken, nickname: result.data.snapshot.you.nickname });
    router.push(`/play/${pin}`);
  }

  return (
    <main className="page page-join">
      <header className="topbar">
        <Brand />
        <LangSwitch />
      </header>
      <p className="tagline">{t("app.tagline")}</p>
      <form className="card join-card" onSubmit={(e) => void join(e)}>
        <h1>{t("home.join.title")}</h1>
        <label htmlFor="pin">{t("home.pin")}</label>
        <input
          id="pin"
          name="pin"
          inputMode="numeric"
          autoComplete="off"
          pattern="\d{6}"
          maxLength={6}
          required
          className="input input-pin"
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, "").slice(0, 6))}
          placeholder="123456"
        />
        <NicknameField draft={name} inputRef={nicknameRef} />
        {needs?.classList && <ClassListPicker entries={needs.classList} value={classEntry} onChange={setClassEntry} />}
        {pickedTeams(needs) > 0 && <TeamPicker count={pickedTeams(needs)} value={team} onChange={setTeam} />}
        {needs?.identifierLabel && <IdentifierField label={needs.identifierLabel} value={identifier} onChange={setIdentifier} />}
        {problem && (
          <p className="error" role="alert" data-testid="join-error" data-code={problem.code}>
            {error(problem)}
          </p>
        )}
        <button type="submit" className="button button-primary button-big" disabled={busy || name.rolling !== null || pin.length !== 6 || nickname.trim() === ""}>
          {busy ? t("home.joining") : t("home.join")}
        </button>
      </form>
      <p className="host-link">
        {t("home.host.title")} <Link href="/host">{t("home.host.link")}</Link>
      </p>
    </main>
  );
}
