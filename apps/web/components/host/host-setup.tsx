"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ProtocolError } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { getSocket, send } from "../../lib/socket";
import { saveHostSeat } from "../../lib/storage";
import { useSignedOut } from "../teacher/teacher-page";
import { BankPicker } from "../teacher/bank-picker";
import { useBankChoice } from "../teacher/use-bank-choice";
import styles from "../teacher/teacher.module.css";
import { unlockAudio } from "../../lib/sound/use-sound";
import { DEFAULT_AUTO, pacingSettings } from "./pacing";
import { PacingSetup, type PacingChoice } from "./pacing-setup";
import { DEFAULT_NICKNAME_CHOICE, NicknameSetup, type NicknameChoice } from "./nickname-setup";
import { TeamsSetup } from "./teams-setup";
import { identityOf, IdentitySetup, NO_IDENTITY, type IdentityChoice } from "./identity-setup";
import type { TeamSettings } from "@lousa/game";

type PointsChoice = "bank" | "standard" | "double" | "none";
const TIME_CHOICES = [null, 10, 20, 30, 60] as const;
/** A number field's text: empty is "not given" (NaN, so the default applies), not 0. */
const num = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));

/** The teacher picks a bank and options; creating the game leads to the lobby on the projector. */
export function HostSetup() {
  const { t, error } = useI18n();
  const router = useRouter();
  const signedOut = useSignedOut();
  const [points, setPoints] = useState<PointsChoice>("bank");
  const [time, setTime] = useState<number | null>(null);
  const [pacing, setPacing] = useState<PacingChoice>({ leaderboard: "every", everyN: "3", auto: false, revealSec: String(DEFAULT_AUTO.revealSec), leaderboardSec: String(DEFAULT_AUTO.leaderboardSec) });
  const [nicknames, setNicknames] = useState<NicknameChoice>(DEFAULT_NICKNAME_CHOICE);
  const [teams, setTeams] = useState<TeamSettings | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProtocolError | null>(null);
  const { banks, bankId, setBankId } = useBankChoice((e) => setProblem({ code: e.code === "OFFLINE" ? "OFFLINE" : "INTERNAL", message: e.reason }));
  const [identityChoice, setIdentity] = useState<IdentityChoice>(NO_IDENTITY);


  async function create(e: FormEvent) {
    e.preventDefault();
    // The teacher's click is the gesture browsers want before any sound: the lobby music can play next.
    unlockAudio();
    setBusy(true);
    setProblem(null);
    const identity = identityOf(identityChoice, t("host.setup.identity.default"));
    const r = await send(getSocket(), "host:create", { bankId, settings: { pointsMode: points, timeLimitSec: time, ...pacingSettings({ leaderboard: pacing.leaderboard, everyN: num(pacing.everyN), auto: pacing.auto, revealSec: num(pacing.revealSec), leaderboardSec: num(pacing.leaderboardSec) }), ...nicknames, teams }, ...(identity ? { identity } : {}) });
    if (!r.ok) {
      setBusy(false);
      return r.error.code === "NOT_SIGNED_IN" ? signedOut() : setProblem(r.error);
    }
    saveHostSeat({ pin: r.data.pin, gameId: r.data.gameId, hostSecret: r.data.hostSecret });
    router.push(`/host/${r.data.pin}`);
  }

  return (
    <form className="card setup-card" onSubmit={(e) => void create(e)} aria-busy={busy}>
      <section aria-labelledby="bank-heading">
        <div className="setup-head">
          <h2 id="bank-heading" className={styles.sectionTitle}>
            {t("host.setup.bank")}
          </h2>
          <Link href="/library" className="button" data-testid="library-link">
            {t("teacher.banks.library")}
          </Link>
        </div>
        {banks ? <BankPicker banks={banks} value={bankId} onChange={setBankId} /> : <p className="muted">{t("host.setup.loading")}</p>}
      </section>
      <div className="setup-row">
        <label>
          {t("host.setup.points")}
          <select className="input" value={points} onChange={(e) => setPoints(e.target.value === "standard" || e.target.value === "double" || e.target.value === "none" ? e.target.value : "bank")}>
            <option value="bank">{t("host.setup.points.bank")}</option>
            <option value="standard">{t("host.setup.points.standard")}</option>
            <option value="double">{t("host.setup.points.double")}</option>
            <option value="none">{t("host.setup.points.none")}</option>
          </select>
        </label>
        <label>
          {t("host.setup.time")}
          <select className="input" value={time ?? ""} onChange={(e) => setTime(e.target.value === "" ? null : Number(e.target.value))}>
            {TIME_CHOICES.map((s) => (
              <option key={s ?? "bank"} value={s ?? ""}>
                {s === null ? t("host.setup.time.bank") : t("host.setup.time.sec", { n: s })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PacingSetup value={pacing} onChange={setPacing} />
      <NicknameSetup value={nicknames} onChange={setNicknames} />
      <TeamsSetup value={teams} onChange={setTeams} />
      <IdentitySetup value={identityChoice} onChange={setIdentity} />
      {problem && (
        <p className="error" role="alert">
          {error(problem)}
        </p>
      )}
      <button type="submit" className="button button-primary button-big" disabled={busy || !bankId} data-testid="create-game">
        {t("host.setup.create")}
      </button>
    </form>
  );
}
