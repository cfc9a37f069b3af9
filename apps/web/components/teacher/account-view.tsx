"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "../../lib/i18n";
import { Field, FormError } from "./field";
import { newPasswordProblem, PASSWORD_MAX } from "./password-rules";
import { teacherApi } from "./teacher-api";
import { useApiError } from "./teacher-errors";
import { useSignedOut, useTeacher } from "./teacher-page";
import styles from "./teacher.module.css";

/** The signed-in teacher's own account: change the password, sign out here or everywhere. */
export function AccountView() {
  const { t } = useI18n();
  const teacher = useTeacher();
  return (
    <div className={styles.stack}>
      <p className={styles.lead} data-testid="signed-in-as">
        {t("teacher.account.signedInAs", { name: teacher.name, email: teacher.email })}
      </p>
      <ChangePassword email={teacher.email} />
      <Sessions />
    </div>
  );
}

function ChangePassword({ email }: { email: string }) {
  const { t } = useI18n();
  const text = useApiError();
  const signedOut = useSignedOut();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [revokeOthers, setRevokeOthers] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setDone(false);
    const local = current === "" ? "REQUIRED" : newPasswordProblem(next, repeat);
    setProblem(local);
    if (local) return;
    setBusy(true);
    const r = await teacherApi.changePassword({ currentPassword: current, newPassword: next, revokeOtherSessions: revokeOthers });
    setBusy(false);
    if (!r.ok) {
      if (r.error.status === 401 && r.error.reason !== "INVALID_PASSWORD") return signedOut();
      return setProblem(r.error.reason);
    }
    setCurrent("");
    setNext("");
    setRepeat("");
    setDone(true);
  }

  return (
    <form className={`card ${styles.form}`} onSubmit={(e) => void submit(e)} noValidate aria-busy={busy} data-testid="change-password">
      <h2>{t("teacher.account.password")}</h2>
      {/* For password managers: which account this new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly className={styles.srOnly} tabIndex={-1} aria-hidden="true" />
      <Field label={t("teacher.account.current")} type="password" name="current-password" autoComplete="current-password" required maxLength={PASSWORD_MAX} value={current} onChange={(e) => setCurrent(e.target.value)} />
      <div className={styles.grid2}>
        <div>
          <Field label={t("teacher.account.newPassword")} type="password" name="new-password" autoComplete="new-password" required maxLength={PASSWORD_MAX} value={next} onChange={(e) => setNext(e.target.value)} />
        </div>
        <div>
          <Field label={t("teacher.account.repeat")} type="password" name="repeat-password" autoComplete="new-password" required maxLength={PASSWORD_MAX} value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </div>
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={revokeOthers} onChange={(e) => setRevokeOthers(e.target.checked)} />
        {t("teacher.account.revokeOthers")}
      </label>
      <FormError code={problem} text={text} />
      {done && (
        <p className={styles.ok} role="status" data-testid="password-changed">
          {t("teacher.account.changed")}
        </p>
      )}
      <div className={styles.row}>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("teacher.account.changing") : t("teacher.account.change")}
        </button>
      </div>
    </form>
  );
}

function Sessions() {
  const { t } = useI18n();
  const text = useApiError();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function leave(everywhere: boolean) {
    if (everywhere && !window.confirm(t("teacher.account.signOutEverywhere.confirm"))) return;
    setBusy(true);
    setProblem(null);
    // Everywhere: every session of this account ends, this one included (better-auth revoke-sessions).
    const r = everywhere ? await teacherApi.signOutEverywhere() : await teacherApi.signOut();
    if (!r.ok && r.error.status !== 401) {
      setBusy(false);
      return setProblem(r.error.reason);
    }
    router.replace("/signin");
  }

  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("teacher.account.sessions")}</h2>
      <p className={`muted ${styles.intro}`}>{t("teacher.account.sessionsHint")}</p>
      <FormError code={problem} text={text} />
      <div className={styles.row}>
        <button type="button" className="button" onClick={() => void leave(false)} disabled={busy} data-testid="account-sign-out">
          {t("teacher.account.signOut")}
        </button>
        <button type="button" className={`button ${styles.danger}`} onClick={() => void leave(true)} disabled={busy} data-testid="sign-out-everywhere">
          {t("teacher.account.signOutEverywhere")}
        </button>
      </div>
    </section>
  );
}
