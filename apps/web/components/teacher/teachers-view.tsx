"use client";

import { useCallback, useEffect, useState, type FormEvent } from "react";
import type { ApiResult } from "../../lib/api";
import { useI18n } from "../../lib/i18n";
import { AddTeacherForm } from "./add-teacher-form";
import { FormError } from "./field";
import { newPasswordProblem, PASSWORD_MAX } from "./password-rules";
import { teacherApi, type TeacherAccount } from "./teacher-api";
import { useApiError } from "./teacher-errors";
import { useSignedOut, useTeacher } from "./teacher-page";
import styles from "./teacher.module.css";

/** What the last action did, said once under the list (role="status"). */
type Outcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly code: string };

/** The admin's page: every teacher account, add one, reset a password, sign someone out everywhere, remove. */
export function TeachersView() {
  const { t } = useI18n();
  const me = useTeacher();
  const text = useApiError();
  const signedOut = useSignedOut();
  const [accounts, setAccounts] = useState<TeacherAccount[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [resetFor, setResetFor] = useState<TeacherAccount | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const r = await teacherApi.accounts();
    if (r.ok) return setAccounts(r.data);
    if (r.error.status === 401) return signedOut();
    setOutcome({ ok: false, code: r.error.reason });
  }, [signedOut]);

  useEffect(() => {
    if (me.admin) void reload();
  }, [me.admin, reload]);

  if (!me.admin) return <p className="card">{t("teacher.teachers.notAdmin")}</p>;

  async function act(call: (userId: string) => Promise<ApiResult<unknown>>, who: TeacherAccount, done: string) {
    setBusy(true);
    setOutcome(null);
    const r = await call(who.id);
    setBusy(false);
    if (!r.ok) return setOutcome({ ok: false, code: r.error.reason });
    setOutcome({ ok: true, text: done });
    void reload();
  }
  const signOutEverywhere = (who: TeacherAccount) => void act(teacherApi.signOutTeacher, who, t("teacher.teachers.signedOut", { name: who.name }));
  const remove = (who: TeacherAccount) => {
    if (window.confirm(t("teacher.teachers.remove.confirm", { name: who.name }))) void act(teacherApi.removeTeacher, who, t("teacher.teachers.removed", { name: who.name }));
  };

  return (
    <div className={styles.stack}>
      <section className="card" aria-labelledby="teachers-list">
        <h2 id="teachers-list" className={styles.srOnly}>
          {t("teacher.teachers.title")}
        </h2>
        {accounts === null ? (
          <p className="muted">{t("teacher.loading")}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className="table" data-testid="teachers-table">
              <thead>
                <tr>
                  <th>{t("teacher.name")}</th>
                  <th>{t("teacher.email")}</th>
                  <th>{t("teacher.teachers.role")}</th>
                  <th>{t("teacher.teachers.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((a) => (
                  <tr key={a.id} data-testid={`teacher-row-${a.email}`}>
                    <td>
                      {a.name} {a.id === me.id && <span className="muted small">({t("teacher.teachers.you")})</span>}
                    </td>
                    <td>{a.email}</td>
                    <td>
                      <span className={`${styles.badgeSmall} ${a.admin ? styles.badgeAdmin : ""}`}>{a.admin ? t("teacher.teachers.admin") : t("teacher.teachers.teacher")}</span>
                    </td>
                    <td>
                      {a.id !== me.id && (
                        <div className={styles.actions}>
                          <button type="button" className="button" disabled={busy} onClick={() => setResetFor(a)} aria-expanded={resetFor?.id === a.id}>
                            {t("teacher.teachers.reset")}
                          </button>
                          <button type="button" className="button" disabled={busy} onClick={() => signOutEverywhere(a)} data-testid="revoke-teacher">
                            {t("teacher.teachers.signOut")}
                          </button>
                          <button type="button" className={`button ${styles.danger}`} disabled={busy} onClick={() => remove(a)} data-testid="remove-teacher">
                            {t("teacher.teachers.remove")}
                          </button>
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {resetFor && (
          <ResetPassword
            who={resetFor}
            onDone={(o) => {
              setResetFor(null);
              setOutcome(o);
            }}
            onCancel={() => setResetFor(null)}
          />
        )}
        {outcome && (
          <div className={styles.outcome}>
            {outcome.ok ? (
              <p className={styles.ok} role="status" data-testid="teachers-outcome">
                {outcome.text}
              </p>
            ) : (
              <FormError code={outcome.code} text={text} />
            )}
          </div>
        )}
      </section>
      <AddTeacherForm onAdded={() => void reload()} />
    </div>
  );
}

function ResetPassword({ who, onDone, onCancel }: { who: TeacherAccount; onDone: (o: Outcome) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const text = useApiError();
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = newPasswordProblem(password);
    setProblem(local);
    if (local || busy) return;
    setBusy(true);
    const r = await teacherApi.setPassword(who.id, password);
    setBusy(false);
    if (!r.ok) return setProblem(r.error.reason);
    onDone({ ok: true, text: t("teacher.teachers.resetDone", { name: who.name }) });
  }

  return (
    <form className={styles.inlineForm} onSubmit={(e) => void submit(e)} noValidate data-testid="reset-password">
      <label>
        {t("teacher.teachers.resetFor", { name: who.name })}
        <input className="input" type="text" autoComplete="new-password" spellCheck={false} autoFocus maxLength={PASSWORD_MAX} value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <button type="submit" className="button button-primary" disabled={busy}>
        {t("teacher.teachers.resetSave")}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t("teacher.cancel")}
      </button>
      <div className={styles.outcome}>
        <FormError code={problem} text={text} />
      </div>
    </form>
  );
}
