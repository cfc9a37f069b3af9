"use client";

import { useEffect, type ReactNode } from "react";
import { Brand } from "../brand";
import { LangSwitch } from "../lang-switch";
import styles from "./teacher.module.css";

/** The signed-out pages (sign-in, first-run setup): the site's header and one narrow card, like the join page. */
export function AuthLayout({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Lousa`;
  }, [title]);
  return (
    <main className={`page ${styles.authPage}`}>
      <header className="topbar">
        <Brand />
        <LangSwitch />
      </header>
      {children}
      {footer}
    </main>
  );
}
