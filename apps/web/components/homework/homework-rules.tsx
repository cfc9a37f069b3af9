"use client";

import type { HomeworkInfo } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import styles from "./homework.module.css";

/** The teacher's settings in plain words, before the student starts: time, points, attempts, answers. */
export function HomeworkRules({ info }: { info: HomeworkInfo }) {
  const { t } = useI18n();
  const timed = info.timeLimit === "question";
  return (
    <section className={styles.rules} aria-labelledby="hw-rules">
      <h2 id="hw-rules" className={styles.rulesTitle}>
        {t("hw.rules")}
      </h2>
      <ul data-testid="hw-rules">
        <li>{t(timed ? "hw.rules.time.question" : "hw.rules.time.none")}</li>
        {/* Speed only counts against a clock (speedPointsApply). */}
        <li>{t(timed && info.speedPoints ? "hw.rules.speed" : "hw.rules.noSpeed")}</li>
        <li>{info.attempts === 1 ? t("hw.rules.attempts.single") : t(`hw.rules.attempts.${info.counts}`, { n: info.attempts })}</li>
        <li>{t(`hw.rules.answers.${info.showAnswers}`)}</li>
        <li>{t("hw.rules.resume")}</li>
      </ul>
    </section>
  );
}
