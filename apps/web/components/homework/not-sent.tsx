"use client";

import { useI18n } from "../../lib/i18n";
import styles from "./homework.module.css";
import type { Sending } from "./use-homework";

/**
 * A request that did not go through. Offline: nothing reached the server (it stores before it answers),
 * so the same request can be sent again as it was. Refused: the server's reason (the screen already shows
 * the state it read afresh; a lost token, the way back to the start screen).
 */
export function NotSent({ failed, onAgain, onStartOver }: { failed: Extract<Sending, { state: "failed" }>; onAgain(): void; onStartOver(): void }) {
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
      {/* The device's token is gone or unknown: the only way on is to start again from the link. */}
      {failed.error.code === "HOMEWORK_TOKEN_INVALID" && (
        <button type="button" className="button" onClick={onStartOver} data-testid="hw-start-over">
          {t("hw.startOver")}
        </button>
      )}
    </div>
  );
}
