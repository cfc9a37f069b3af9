"use client";

import { useEffect } from "react";
import { useI18n } from "../../lib/i18n";
import styles from "./library.module.css";
import type { Toast } from "./use-library";

/** Long enough to read and reach "Desfazer" with the keyboard; a toast with an action waits longer. */
const SHOW_MS = 6_000;
const UNDO_MS = 12_000;

/** The page's one message line (polite live region, so screen readers hear it without losing focus). */
export function ToastLine({ toast, onDismiss }: { toast: Toast | null; onDismiss(): void }) {
  const { t } = useI18n();
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, toast.undo ? UNDO_MS : SHOW_MS);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div className={styles.toastRegion} role="status" aria-live="polite">
      {toast && (
        <div className={`${styles.toast} ${toast.error ? styles.toastError : ""}`} data-testid="toast">
          <span>{toast.text}</span>
          {toast.undo && (
            <button
              type="button"
              className={styles.toastAction}
              onClick={() => {
                toast.undo?.();
                onDismiss();
              }}
              data-testid="toast-undo"
            >
              {t("library.undo")}
            </button>
          )}
          <button type="button" className={styles.toastClose} onClick={onDismiss} aria-label={t("library.close")}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
