"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import type { BankSummary, ProtocolError } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { getSocket, send } from "../../lib/socket";
import { parseClassList, type ClassListLine } from "../../lib/class-list";
import { saveHostSeat } from "../../lib/storage";
import { Brand } from "../brand";
import { LangSwitch } from "../lang-switch";

type PointsChoice = "bank" | "standard" | "double" | "none";
const TIME_CHOICES = [null, 10, 20, 30, 60] as const;

function isBankList(value: unknown): value is BankSummary[] {
  return Array.isArray(value) && value.every((b) => typeof b === "object" && b !== null && "id" in b && "title" in b);
}

/** The teacher picks a bank and options; creating the game leads to the lobby on the projector. */
export function HostSetup() {
  const { t, error } = useI18n();
  const router = useRouter();
  const [banks, setBanks] = useState<BankSummary[] | null>(null);
  const [bankId, setBankId] = useState<string>("");
  const [points, setPoints] = useState<PointsChoice>("bank");
  const [time, setTime] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProtocolError | null>(null);
  const [askId, setAskId] = useState(false);
  const [idLabel, setIdLabel] = useState("");
  const [classList, setClassList] = useState<ClassListLine[] | null>(null);
  const [classListError, setClassListError] = useState<string | null>(null);

  async function readClassList(file: File | undefined) {
    setClassListError(null);
    if (!file) return setClassList(null);
    const parsed = parseClassList(await file.text());
    if (parsed.ok) setClassList(parsed.lines);
    else {
      setClassList(null);
      setClassListError(t("host.setup.classList.bad", { lines: parsed.badLines.slice(0, 5).join(", ") }));
    }
  }

  useEffect(() => {
    void fetch("/api/banks")
      .then((r) => r.json())
      .then((list: unknown) => {
        if (!isBankList(list)) return;
        setBanks(list);
        setBankId((current) => current || (list[0]?.id ?? ""));
      });
  }, []);

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    const label = askId ? idLabel.trim() || t("host.setup.identity.default") : null;
    const identity = label !== null || classList ? { label, classList } : undefined;
    const r = await send(getSocket(), "host:create", { bankId, settings: { pointsMode: points, timeLimitSec: time }, ...(identity ? { identity } : {}) });
    if (!r.ok) {
      setBusy(false);
      return setProblem(r.error);
    }
    saveHostSeat({ pin: r.data.pin, gameId: r.data.gameId, hostSecret: r.data.hostSecret });
    router.push(`/host/${r.data.pin}`);
  }

  return (
    <main className="page page-host-setup">
      <header className="topbar">
        <Brand />
        <LangSwitch />
      </header>
      <form className="card setup-card" onSubmit={(e) => void create(e)}>
        <div className="setup-head">
          <h1>{t("host.setup.title")}</h1>
          <a href="/host/history" className="button button-quiet-dark" data-testid="history-link">
            {t("history.title")}
          </a>
        </div>
        <fieldset>
          <legend>{t("host.setup.bank")}</legend>
          {!banks && <p className="muted">{t("host.setup.loading")}</p>}
          <div className="bank-list">
            {banks?.map((b) => (
              <label key={b.id} className={`bank-option ${bankId === b.id ? "bank-selected" : ""}`} data-testid={`bank-${b.id}`}>
                <input type="radio" name="bank" value={b.id} checked={bankId === b.id} onChange={() => setBankId(b.id)} />
                <span className="bank-title">{b.title}</span>
                <span className="bank-meta">{t("host.setup.questions", { n: b.questionCount })}</span>
                <span className="bank-desc">{b.description}</span>
              </label>
            ))}
          </div>
        </fieldset>
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
        <fieldset className="identity-box">
          <legend>{t("host.setup.identity")}</legend>
          <label className="check">
            <input type="checkbox" checked={askId} onChange={(e) => setAskId(e.target.checked)} data-testid="ask-identifier" />
            {t("host.setup.identity.ask")}
          </label>
          {askId && (
            <input
              className="input"
              value={idLabel}
              maxLength={40}
              placeholder={t("host.setup.identity.default")}
              onChange={(e) => setIdLabel(e.target.value)}
              aria-label={t("host.setup.identity.label")}
              data-testid="identifier-label"
            />
          )}
          <label className="file-label">
            {t("host.setup.classList")}
            <input type="file" accept=".csv,.txt,text/csv" onChange={(e) => void readClassList(e.target.files?.[0])} data-testid="class-list" />
          </label>
          <p className="muted small">{classList ? t("host.setup.classList.count", { n: classList.length }) : t("host.setup.classList.hint")}</p>
          {classListError && <p className="error">{classListError}</p>}
          <p className="muted small">{t("host.setup.identity.private")}</p>
        </fieldset>
        {problem && (
          <p className="error" role="alert">
            {error(problem)}
          </p>
        )}
        <button type="submit" className="button button-primary button-big" disabled={busy || !bankId} data-testid="create-game">
          {t("host.setup.create")}
        </button>
      </form>
    </main>
  );
}
