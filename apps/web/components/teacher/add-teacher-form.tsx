"use client";

import { useState, type FormEvent } from "react";
import { useI18n } from "../../lib/i18n";
import { Field, FormError } from "./field";
import { emailProblem, newPasswordProblem, PASSWORD_MAX } from "./password-rules";
import { teacherApi } from "./teacher-api";
import { useApiError } from "./teacher-errors";
import styles from "./teacher.module.css";

/**
 * The admin adds a teacher with an initial password, handed over in person (there is no e-mail sending:
 * a school server often can't). The server applies the same rules as for the first account.
 */
export function AddTeacherForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useI18n();
  const text = useApiError();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [admin, setAdmin] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setAdded(null);
    const local = name.trim() === "" ? "REQUIRED" : (emailProblem(email) ?? newPasswordProblem(password));
    setProblem(local);
    if (local) return;
    setBusy(true);
    const r = await teacherApi.addTeacher({ name: name.trim(), email: email.trim(), password, role: admin ? "admin" : "user" });
    setBusy(false);
    if (!r.ok) return setProblem(r.error.reason);
    setAdded(name.trim());
    setName("");
    setEmail("");
    setPassword("");
    setAdmin(false);
    onAdded();
  }

  return (
    <form className={`card ${styles.form}`} onSubmit={(e) => void submit(e)} noValidate aria-busy={busy} data-testid="add-teacher">
      <h2>{t("teacher.teachers.add")}</h2>
      <div className={styles.grid2}>
        <div>
          <Field label={t("teacher.name")} name="teacher-name" autoComplete="off" required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div>
          <Field label={t("teacher.email")} type="email" name="teacher-email" inputMode="email" autoComplete="off" required maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
      </div>
      {/* new-password: a password manager may offer a strong one, and won't fill in the admin's own. */}
      <Field label={t("teacher.teachers.initialPassword")} type="text" name="teacher-password" autoComplete="new-password" spellCheck={false} required maxLength={PASSWORD_MAX} value={password} onChange={(e) => setPassword(e.target.value)} />
      <label className={styles.check}>
        <input type="checkbox" checked={admin} onChange={(e) => setAdmin(e.target.checked)} />
        {t("teacher.teachers.makeAdmin")}
      </label>
      <FormError code={problem} text={text} />
      {added && (
        <p className={styles.ok} role="status" data-testid="teacher-added">
          {t("teacher.teachers.added", { name: added })}
        </p>
      )}
      <div className={styles.row}>
        <button type="submit" className="button button-primary" disabled={busy} data-testid="add-teacher-submit">
          {busy ? t("teacher.teachers.adding") : t("teacher.teachers.add")}
        </button>
      </div>
    </form>
  );
}
