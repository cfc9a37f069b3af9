"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { useI18n } from "../../lib/i18n";
import { AuthLayout } from "./auth-layout";
import { Field, FormError } from "./field";
import { useAuthForm } from "./auth-form";
import { teacherApi } from "./teacher-api";
import { useApiError } from "./teacher-errors";
import styles from "./teacher.module.css";

/**
 * Teacher sign-in (better-auth, e-mail and password). A fresh install has no account yet, so it goes
 * to the first-run setup; a browser that is already signed in goes straight on to where it was headed.
 */
export function SignInForm() {
  const { t } = useI18n();
  const text = useApiError();
  const { busy, problem, submit: send } = useAuthForm("signin");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const refused = await send(null, () => teacherApi.signIn({ email: email.trim(), password }));
    if (refused?.reason === "INVALID_EMAIL_OR_PASSWORD") {
      setPassword("");
      passwordRef.current?.focus();
    }
  }

  return (
    <AuthLayout
      title={t("teacher.signin.title")}
      footer={
        <p className={styles.notice}>
          {t("teacher.signin.students")} <Link href="/">{t("teacher.signin.home")}</Link>
        </p>
      }
    >
      <form className={`card ${styles.form}`} onSubmit={(e) => void submit(e)} noValidate aria-busy={busy} data-testid="sign-in-form">
        <h1>{t("teacher.signin.title")}</h1>
        <Field label={t("teacher.email")} type="email" name="email" autoComplete="username" inputMode="email" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} maxLength={254} />
        <Field ref={passwordRef} label={t("teacher.password")} type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} maxLength={128} />
        <FormError code={problem} text={text} />
        <button type="submit" className="button button-primary button-big" disabled={busy || email.trim() === "" || password === ""} data-testid="sign-in-submit">
          {busy ? t("teacher.signin.busy") : t("teacher.signin.submit")}
        </button>
        <p className={`muted small ${styles.formNote}`}>
          {t("teacher.signin.noAccount")}
        </p>
      </form>
    </AuthLayout>
  );
}
