"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useI18n } from "../../lib/i18n";
import { AuthLayout } from "./auth-layout";
import { Field, FormError } from "./field";
import { emailProblem, newPasswordProblem, PASSWORD_MAX } from "./password-rules";
import { useAuthForm } from "./auth-form";
import { teacherApi } from "./teacher-api";
import { useApiError } from "./teacher-errors";
import styles from "./teacher.module.css";

/**
 * First run: the server has no teacher account, so the first visitor to the teacher side creates the
 * admin one. The setup code printed on the server's terminal proves they are at (or were told by) the
 * machine running Lousa, not a student on the same Wi-Fi. Once done this page only points to sign-in.
 */
export function SetupForm() {
  const { t } = useI18n();
  const text = useApiError();
  const { busy, problem, submit: send } = useAuthForm("setup");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [code, setCode] = useState("");

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = name.trim() === "" || code.trim() === "" ? "REQUIRED" : (emailProblem(email) ?? newPasswordProblem(password, repeat));
    await send(local, () => teacherApi.setUp({ name: name.trim(), email: email.trim(), password, setupCode: code.trim() }));
  }

  return (
    <AuthLayout title={t("teacher.setup.title")}>
      <form className={`card ${styles.form}`} onSubmit={(e) => void submit(e)} noValidate aria-busy={busy} data-testid="setup-form">
        <h1>{t("teacher.setup.title")}</h1>
        <p className={`muted ${styles.intro}`}>{t("teacher.setup.intro")}</p>
        <Field label={t("teacher.name")} name="name" autoComplete="name" required autoFocus maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
        <Field label={t("teacher.email")} type="email" name="email" inputMode="email" autoComplete="username" required maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} />
        <Field label={t("teacher.password.new")} type="password" name="new-password" autoComplete="new-password" required maxLength={PASSWORD_MAX} value={password} onChange={(e) => setPassword(e.target.value)} />
        <Field label={t("teacher.password.repeat")} type="password" name="repeat-password" autoComplete="new-password" required maxLength={PASSWORD_MAX} value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        <Field
          label={t("teacher.setup.code")}
          hint={t("teacher.setup.codeHint")}
          name="setup-code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={64}
          inputClassName={styles.codeInput}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <FormError code={problem} text={text} />
        {problem === "SETUP_DONE" && (
          <p>
            <Link href="/signin">{t("teacher.setup.signIn")}</Link>
          </p>
        )}
        <button type="submit" className="button button-primary button-big" disabled={busy} data-testid="setup-submit">
          {busy ? t("teacher.setup.busy") : t("teacher.setup.submit")}
        </button>
      </form>
    </AuthLayout>
  );
}
