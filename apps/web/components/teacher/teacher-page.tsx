"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import type { Teacher } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import type { MessageKey } from "../../lib/messages";
import { Brand } from "../brand";
import { LangSwitch } from "../lang-switch";
import { teacherApi } from "./teacher-api";
import { setupPath, signInPath } from "./next-path";
import styles from "./teacher.module.css";

interface TeacherContextValue {
  readonly teacher: Teacher;
  /** Sends the browser to sign in (and back here after): for a child whose request answered 401. */
  readonly signedOut: () => void;
}

const TeacherContext = createContext<TeacherContextValue | null>(null);

/** The signed-in teacher, for components inside a TeacherPage. */
export function useTeacher(): Teacher {
  return useTeacherContext().teacher;
}

/** Call when a request answers 401 NOT_SIGNED_IN (a session ended elsewhere): back to sign-in, then here. */
export function useSignedOut(): () => void {
  return useTeacherContext().signedOut;
}

function useTeacherContext(): TeacherContextValue {
  const ctx = useContext(TeacherContext);
  if (!ctx) throw new Error("useTeacher outside TeacherPage");
  return ctx;
}

type Load = { readonly state: "loading" } | { readonly state: "failed" } | { readonly state: "ready"; readonly teacher: Teacher };

const NAV: ReadonlyArray<{ readonly href: string; readonly key: MessageKey; readonly adminOnly?: boolean }> = [
  { href: "/library", key: "teacher.nav.library" },
  { href: "/host", key: "teacher.nav.newGame" },
  { href: "/host/history", key: "teacher.nav.history" },
  { href: "/assignments", key: "teacher.nav.assignments" },
  { href: "/teachers", key: "teacher.nav.teachers", adminOnly: true },
];

/** The current page's path and query, to come back to after signing in. */
function here(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/**
 * Every signed-in teacher page: asks the server who is signed in (GET /api/me, never cached, so a
 * session ended elsewhere shows at the next page), and until it knows shows only the page's shape. A
 * signed-out visitor is sent to sign in (or, on a fresh install, to the first-run setup) and comes back
 * here after. Children read the teacher with `useTeacher()`. The title is the page's h1: children's
 * headings start at h2.
 */
export function TeacherPage({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);

  const signedOut = useCallback(() => {
    void teacherApi.setupState().then((r) => {
      router.replace(r.ok && r.data.needsSetup ? setupPath(here()) : signInPath(here()));
    });
  }, [router]);

  useEffect(() => {
    let current = true;
    setLoad({ state: "loading" });
    void teacherApi.me().then((r) => {
      if (!current) return;
      if (r.ok) setLoad({ state: "ready", teacher: r.data });
      else if (r.error.status === 401) signedOut();
      else setLoad({ state: "failed" });
    });
    return () => {
      current = false;
    };
  }, [attempt, signedOut]);

  useEffect(() => {
    document.title = `${title} · Lousa`;
  }, [title]);

  const className = `page ${styles.page} ${wide ? styles.wide : ""}`;
  if (load.state !== "ready") {
    return (
      <main className={className} aria-busy={load.state === "loading"}>
        <header className={styles.header}>
          <Brand />
          <span className="spacer" />
          <LangSwitch />
        </header>
        {load.state === "loading" ? (
          <div className={styles.skeleton} data-testid="teacher-loading">
            <span className={styles.srOnly} role="status">
              {t("teacher.loading")}
            </span>
            <div className={styles.skelBar} style={{ width: "40%" }} />
            <div className={styles.skelCard} />
          </div>
        ) : (
          <div className="card center" role="alert">
            <p>{t("teacher.loadFailed")}</p>
            <button type="button" className="button button-primary" onClick={() => setAttempt((n) => n + 1)}>
              {t("teacher.retry")}
            </button>
          </div>
        )}
      </main>
    );
  }
  return (
    <TeacherContext.Provider value={{ teacher: load.teacher, signedOut }}>
      <main className={className}>
        <TeacherHeader teacher={load.teacher} />
        <h1 className={styles.title}>{title}</h1>
        {children}
      </main>
    </TeacherContext.Provider>
  );
}

function TeacherHeader({ teacher }: { teacher: Teacher }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const router = useRouter();
  const [leaving, setLeaving] = useState(false);

  async function leave() {
    setLeaving(true);
    await teacherApi.signOut();
    router.replace("/signin");
  }

  return (
    <header className={styles.header}>
      <Brand />
      <nav className={styles.nav} aria-label={t("teacher.nav.label")}>
        {NAV.filter((n) => !n.adminOnly || teacher.admin).map((n) => (
          <Link key={n.href} href={n.href} aria-current={pathname === n.href ? "page" : undefined} data-testid={`nav-${n.href.slice(1).replace("/", "-")}`}>
            {t(n.key)}
          </Link>
        ))}
      </nav>
      <div className={styles.navEnd}>
        <Link href="/account" className={styles.me} aria-label={t("teacher.nav.account", { name: teacher.name })} aria-current={pathname === "/account" ? "page" : undefined} data-testid="nav-account">
          {teacher.name}
        </Link>
        <LangSwitch />
        <button type="button" onClick={() => void leave()} disabled={leaving} data-testid="sign-out">
          {t("teacher.nav.signOut")}
        </button>
      </div>
    </header>
  );
}
