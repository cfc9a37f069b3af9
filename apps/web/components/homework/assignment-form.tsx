"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ASSIGNMENT_LIMITS, ATTEMPT_RULES, DEFAULT_ASSIGNMENT_SETTINGS, type AnswerVisibility, type AttemptRule } from "@lousa/game";
import type { ApiError } from "../../lib/api";
import { assignmentsApi } from "../../lib/homework-api";
import { useI18n } from "../../lib/i18n";
import { identityOf, IdentitySetup, NO_IDENTITY, type IdentityChoice } from "../host/identity-setup";
import { DEFAULT_NICKNAME_CHOICE, NicknameSetup, type NicknameChoice } from "../host/nickname-setup";
import { BankPicker } from "../teacher/bank-picker";
import { useBankChoice } from "../teacher/use-bank-choice";
import { useSignedOut } from "../teacher/teacher-page";
import teacher from "../teacher/teacher.module.css";
import { defaultWindow, fromLocalInput, windowFits } from "./assignment-dates";
import styles from "./assignment.module.css";

const ATTEMPT_COUNTS = Array.from({ length: ASSIGNMENT_LIMITS.maxAttempts }, (_, i) => i + 1);
const isRule = (v: string): v is AttemptRule => (ATTEMPT_RULES as readonly string[]).includes(v);

/**
 * "Nova tarefa": a bank (the library's "Passar como tarefa" brings it as ?bank=), the dates (open now, due in
 * a week), time per question or none, speed points (only against a clock), when the right answers show,
 * attempts and which counts, nicknames and the identity box of Novo jogo. Creating leads to its page.
 */
export function AssignmentForm() {
  const { t, error } = useI18n();
  const router = useRouter();
  const signedOut = useSignedOut();
  const [dates, setDates] = useState(() => defaultWindow(Date.now()));
  const [timed, setTimed] = useState(DEFAULT_ASSIGNMENT_SETTINGS.timeLimit === "question");
  const [speed, setSpeed] = useState(DEFAULT_ASSIGNMENT_SETTINGS.speedPoints);
  const [showAnswers, setShowAnswers] = useState<AnswerVisibility>(DEFAULT_ASSIGNMENT_SETTINGS.showAnswers);
  const [attempts, setAttempts] = useState(DEFAULT_ASSIGNMENT_SETTINGS.attempts);
  const [counts, setCounts] = useState<AttemptRule>(DEFAULT_ASSIGNMENT_SETTINGS.counts);
  const [nicknames, setNicknames] = useState<NicknameChoice>(DEFAULT_NICKNAME_CHOICE);
  const [identity, setIdentity] = useState<IdentityChoice>(NO_IDENTITY);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { banks, bankId, setBankId } = useBankChoice(setProblem);
  const [datesBad, setDatesBad] = useState<"span" | "past" | null>(null);


  async function create(e: FormEvent) {
    e.preventDefault();
    const opensAt = fromLocalInput(dates.opens);
    const closesAt = fromLocalInput(dates.closes);
    if (opensAt === null || closesAt === null || !windowFits(opensAt, closesAt)) return setDatesBad("span");
    // The server would take it, but nobody could ever answer it.
    if (closesAt <= Date.now()) return setDatesBad("past");
    setDatesBad(null);
    setBusy(true);
    setProblem(null);
    const who = identityOf(identity, t("host.setup.identity.default"));
    const r = await assignmentsApi.create({
      bankId,
      opensAt,
      closesAt,
      settings: { timeLimit: timed ? "question" : "none", speedPoints: timed && speed, showAnswers, attempts, counts, ...nicknames },
      ...(who ? { identity: who } : {}),
    });
    if (!r.ok) {
      setBusy(false);
      return r.error.status === 401 ? signedOut() : setProblem(r.error);
    }
    router.push(`/assignments/${encodeURIComponent(r.data.id)}`);
  }

  const radio = (name: string, checked: boolean, onPick: () => void, label: string, testId: string) => (
    <label className="check">
      <input type="radio" name={name} checked={checked} onChange={onPick} data-testid={testId} />
      {label}
    </label>
  );

  return (
    <form className="card setup-card" onSubmit={(e) => void create(e)} aria-busy={busy} data-testid="assignment-form">
      <section aria-labelledby="bank-heading">
        <div className="setup-head">
          <h2 id="bank-heading" className={teacher.sectionTitle}>
            {t("host.setup.bank")}
          </h2>
          <Link href="/library" className="button">
            {t("teacher.banks.library")}
          </Link>
        </div>
        {banks ? <BankPicker banks={banks} value={bankId} onChange={setBankId} /> : <p className="muted">{t("host.setup.loading")}</p>}
      </section>
      <fieldset className="pacing-box">
        <legend>{t("assign.new.dates")}</legend>
        <div className="setup-row">
          <label>
            {t("assign.new.opens")}
            <input type="datetime-local" className="input" required value={dates.opens} onChange={(e) => setDates((d) => ({ ...d, opens: e.target.value }))} data-testid="assignment-opens" />
          </label>
          <label>
            {t("assign.new.closes")}
            <input type="datetime-local" className="input" required value={dates.closes} onChange={(e) => setDates((d) => ({ ...d, closes: e.target.value }))} data-testid="assignment-closes" />
          </label>
        </div>
        {datesBad && (
          <p className="error" role="alert" data-testid="assignment-dates-bad">
            {t(datesBad === "past" ? "assign.new.closesPast" : "assign.new.datesBad")}
          </p>
        )}
      </fieldset>
      <div className={styles.columns}>
        <fieldset className="pacing-box">
          <legend>{t("assign.new.time")}</legend>
          <div className="pacing-choices">
            {radio("time", timed, () => setTimed(true), t("assign.new.time.question"), "assignment-timed")}
            {radio("time", !timed, () => setTimed(false), t("assign.new.time.none"), "assignment-untimed")}
          </div>
          {/* Speed only counts against a clock (speedPointsApply): without one the box is off and says why. */}
          <label className="check">
            <input type="checkbox" checked={timed && speed} disabled={!timed} onChange={(e) => setSpeed(e.target.checked)} aria-describedby="speed-hint" data-testid="assignment-speed" />
            {t("assign.new.speed")}
          </label>
          <p id="speed-hint" className="muted small">
            {t("assign.new.speed.hint")}
          </p>
        </fieldset>
        <fieldset className="pacing-box">
          <legend>{t("assign.new.answers")}</legend>
          <div className="pacing-choices">
            {radio("answers", showAnswers === "each", () => setShowAnswers("each"), t("assign.new.answers.each"), "assignment-answers-each")}
            {radio("answers", showAnswers === "after-close", () => setShowAnswers("after-close"), t("assign.new.answers.after-close"), "assignment-answers-after")}
          </div>
        </fieldset>
      </div>
      <div className="setup-row">
        <label>
          {t("assign.new.attempts")}
          <select className="input" value={attempts} onChange={(e) => setAttempts(Number(e.target.value))} data-testid="assignment-attempts">
            {ATTEMPT_COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {attempts > 1 && (
          <label>
            {t("assign.new.counts")}
            <select className="input" value={counts} onChange={(e) => isRule(e.target.value) && setCounts(e.target.value)} data-testid="assignment-counts">
              {ATTEMPT_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {t(`assign.new.counts.${rule}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <NicknameSetup value={nicknames} onChange={setNicknames} />
      <IdentitySetup value={identity} onChange={setIdentity} homework />
      {problem && (
        <p className="error" role="alert" data-testid="assignment-error">
          {error(problem)}
        </p>
      )}
      <button type="submit" className="button button-primary button-big" disabled={busy || !bankId} data-testid="assignment-create">
        {busy ? t("assign.new.creating") : t("assign.new.create")}
      </button>
    </form>
  );
}
