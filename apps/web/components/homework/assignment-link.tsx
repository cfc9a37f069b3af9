"use client";

import { useState } from "react";
import { homeworkApi } from "../../lib/homework-api";
import { useI18n } from "../../lib/i18n";
import styles from "./assignment.module.css";

/** The link students open, big enough to read off a projector, its QR code, and a copy button. */
export function AssignmentLink({ code, link }: { code: string; link: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const cut = link.lastIndexOf("/hw/");
  const origin = cut > 0 ? link.slice(0, cut) : "";
  const path = cut > 0 ? link.slice(cut) : link;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (plain http on the school network): the browser's own box lets the teacher copy it.
      window.prompt(t("assign.detail.link"), link);
    }
  };
  return (
    <section className={`card ${styles.linkCard}`} aria-labelledby="link-title">
      <img className={styles.qr} src={homeworkApi.qrPath(code)} alt={t("assign.detail.qr")} width={240} height={240} data-testid="assignment-qr" />
      <div className={styles.linkText}>
        <h2 id="link-title" className={styles.linkTitle}>
          {t("assign.detail.link")}
        </h2>
        <p className={styles.link} data-testid="assignment-link">
          {/* Broken before "/hw/", never inside the code a student types from the board. */}
          <span className={styles.nowrap}>{origin}</span>
          <wbr />
          <span className={styles.nowrap}>{path}</span>
        </p>
        <button type="button" className="button button-primary" onClick={() => void copy()} data-testid="assignment-copy">
          {copied ? t("assign.detail.copied") : t("assign.detail.copy")}
        </button>
      </div>
    </section>
  );
}
