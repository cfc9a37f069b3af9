"use client";

import { useI18n } from "../../lib/i18n";
import styles from "./homework.module.css";
import type { Sending } from "./use-homework";

/**
 * A request that did not go through. Offline: nothing reached the server (it stores before it answers),
 * so the same request can be sent again as it was. Refused: the server's reason (the screen already shows
 * the state it read afresh).
 */
export function NotSent({ failed, onAgain }: { failed: Extract<Sending, { state: "failed" }>; onAgain(): void }) {
  const { t, error } = useI18n();
  const offline = failed.error.code === "OFFLINE";
  return (
    <div className={`error ${styles.notSent}`} role="alert" data-testid="hw-not-sent" data-code={failed.error.code}>
      <p className={styles.notSentText}>{offline ? t("hw.notSent") : error(failed.error)}</p>
      {offline && (
        <button type="button" className="button" onClick={onAgain} data-testid="hw-again">
          {t("hw.tryAgain")}
        </button>
      )}
    </div>
  );
}
