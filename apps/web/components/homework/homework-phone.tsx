"use client";

import { useEffect } from "react";
import { useI18n } from "../../lib/i18n";
import { Brand } from "../brand";
import { LangSwitch } from "../lang-switch";
import { HomeworkDone } from "./homework-done";
import { HomeworkQuestion } from "./homework-question";
import { HomeworkStart } from "./homework-start";
import styles from "./homework.module.css";
import { useHomework } from "./use-homework";

/** A homework link on the student's phone: start screen, the questions one by one, the hand-in. */
export function HomeworkPhone({ code }: { code: string }) {
  const { t, error } = useI18n();
  const hw = useHomework(code);
  const { screen } = hw;
  const state = screen.kind === "attempt" ? screen.state : null;
  const title = screen.kind === "attempt" ? screen.state.info.bankTitle : screen.kind === "start" ? screen.info.bankTitle : null;
  useEffect(() => {
    document.title = title ? `${title} · Lousa` : "Lousa";
  }, [title]);

  let body: React.ReactNode;
  if (screen.kind === "loading") {
    body = (
      <p className="card center" role="status" data-testid="hw-loading">
        {t("hw.loading")}
      </p>
    );
  } else if (screen.kind === "failed") {
    const lost = screen.error.code === "HOMEWORK_TOKEN_INVALID";
    body = (
      <div className="card center" data-testid="hw-failed" data-code={screen.error.code}>
        <p className="big-text" role="alert">
          {error(screen.error)}
        </p>
        {screen.error.code !== "ASSIGNMENT_NOT_FOUND" && (
          <button type="button" className="button button-primary button-big" onClick={lost ? hw.startOver : hw.reload} data-testid="hw-reload">
            {lost ? t("hw.startOver") : t("hw.reload")}
          </button>
        )}
      </div>
    );
  } else if (screen.kind === "start") {
    body = <HomeworkStart info={screen.info} hw={hw} />;
  } else if (screen.state.step.kind === "question") {
    body = <HomeworkQuestion step={screen.state.step} attempt={screen.state.attempt.number} hw={hw} />;
  } else {
    body = <HomeworkDone state={screen.state} step={screen.state.step} hw={hw} />;
  }

  return (
    <main className={`page page-player ${styles.page}`} data-testid="hw-page">
      <header className="topbar topbar-player">
        <Brand size="small" />
        {state && (
          <span className="player-chip" data-testid="hw-student">
            <span className="player-chip-name">{state.student.nickname}</span>
          </span>
        )}
        <LangSwitch />
      </header>
      {body}
    </main>
  );
}
