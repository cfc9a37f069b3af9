"use client";

import type { AssignmentWindow } from "@lousa/game";
import { useI18n } from "../../lib/i18n";
import styles from "./assignment.module.css";

/** Scheduled, open or closed, as a coloured tag (the word is the information; the colour only helps). */
export function WindowBadge({ window }: { window: AssignmentWindow }) {
  const { t } = useI18n();
  return (
    <span className={`${styles.badge} ${styles[window]}`} data-testid="assignment-window" data-window={window}>
      {t(`assign.status.${window}`)}
    </span>
  );
}
