"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useI18n } from "../../lib/i18n";
import { AuthLayout } from "./auth-layout";
import { Field, FormError } from "./field";
import { anyBody, getJson, isSetupState, isTeacher, postJson } from "./teacher-api";
import { useApiError } from "./teacher-errors";
import { safeNext, setupPath } from "./next-path";
import styles from "./teacher.module.css";

/** Where this page was asked to return to (`?next=`), checked to be a path on this site. */
function nextFromUrl(): string {
  return safeNext(new URLSearchParams(window.location.search).get("next"));
}

/**
 * Teacher sign-in (better-auth, e-mail and password). A fresh install has no account yet, so it goes
 * to the first-run setup; a browser that is already signed in goes straight on to where it was headed.
 */
export function SignInForm() {
  const { t } = useI18n();
  const text = useApiError();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let current = true;
    void getJson("/api/setup", isSetupState).then((r) => {
      if (current && r.ok && r.data.needsSetup) router.replace(setupPath(nextFromUrl()));
    });
    void getJson("/api/me", isTeacher).then((r) => {
      if (current && r.ok) router.replace(nextFromUrl());
    });
    return () => {
      current = false;
    };
  }, [router]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setProblem(null);
    setBusy(true);
    const r = await postJson("/api/auth/sign-in/email", { email: email.trim(), password }, anyBody);
    if (r.ok) {
      // A full navigation, not a client one: every page after this reads the new session cookie fresh.
      window.location.assign(nextFromUrl());
      return;
    }
    setBusy(false);
    setProblem(r.code);
    if (r.code === "INVALID_EMAIL_OR_PASSWORD") {
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
