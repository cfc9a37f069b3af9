"use client";

import { useEffect, useState, type FormEvent } from "react";
import type { HomeworkInfo } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { ClassListPicker, IdentifierField } from "../join-identity";
import { NicknameField, useNicknameDraft } from "../nickname-field";
import { formatWhen } from "./homework-format";
import { HomeworkRules } from "./homework-rules";
import styles from "./homework.module.css";
import { TAKEN_CODES, type Homework } from "./use-homework";

/** How often the start screen reads the class list again while a name on it is taken. */
const TAKEN_REFRESH_MS = 8000;

const isTaken = (code: string): code is "NICKNAME_TAKEN" | "CLASS_ENTRY_TAKEN" | "IDENTIFIER_TAKEN" => TAKEN_CODES.has(code);

/**
 * The link's first screen: what the homework is (bank, questions, dates), its rules in plain words, and —
 * while it is open — who the student is, as a live game's join asks it (a nickname, typed or drawn with
 * "Sortear"; the teacher's identifier; their name on the class list).
 */
export function HomeworkStart({ info, hw }: { info: HomeworkInfo; hw: Homework }) {
  const { t, error, locale } = useI18n();
  const name = useNicknameDraft(info.nicknames === "generated");
  const { nickname } = name;
  const [identifier, setIdentifier] = useState("");
  const [classEntry, setClassEntry] = useState<number | null>(null);
  const sending = hw.sending.state === "sending";
  const problem = hw.sending.state === "failed" && hw.sending.action.kind === "start" ? hw.sending.error : null;

  // Not open yet: the page asks again once the opening time comes (a device clock that runs ahead of the
  // server's only costs another look a little later, never a loop: at least 5 s apart).
  const { reload } = hw;
  useEffect(() => {
    if (info.window !== "upcoming") return;
    const timer = window.setTimeout(reload, Math.min(Math.max(info.opensAt - Date.now() + 500, 5000), 2_147_483_647));
    return () => window.clearTimeout(timer);
  }, [info.window, info.opensAt, reload]);

  // A name on the class list taken by another device — maybe the student's own lost phone, until the
  // teacher releases it: the list is read again every few seconds, so a release (or a name just taken)
  // shows without a reload that would empty the form.
  const { refreshInfo } = hw;
  const someTaken = info.window === "open" && (info.classList?.some((e) => e.taken) ?? false);
  useEffect(() => {
    if (!someTaken) return;
    const timer = window.setInterval(refreshInfo, TAKEN_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [someTaken, refreshInfo]);

  function start(e: FormEvent) {
    e.preventDefault();
    hw.run({
      kind: "start",
      body: {
        nickname,
        ...(info.identifierLabel ? { identifier } : {}),
        ...(info.classList && classEntry !== null ? { classEntry } : {}),
      },
    });
  }

  return (
    <div className={`card ${styles.start}`} data-testid="hw-start" data-window={info.window}>
      <p className="eyebrow">{t("hw.eyebrow")}</p>
      <h1 className={styles.title} data-testid="hw-title">
        {info.bankTitle}
      </h1>
      <p className={styles.meta}>
        <span>{t("hw.questions", { n: info.questionCount })}</span>
        <span>{info.window === "upcoming" ? t("hw.opensAt", { date: formatWhen(locale, info.opensAt) }) : info.window === "open" ? t("hw.closesAt", { date: formatWhen(locale, info.closesAt) }) : t("hw.closedAt", { date: formatWhen(locale, info.closesAt) })}</span>
      </p>
      {info.window !== "open" && (
        <div className={styles.notOpen} role="status" data-testid="hw-not-open">
          <p className="big-text">{t(info.window === "upcoming" ? "hw.upcoming" : "hw.closed")}</p>
          {info.window === "upcoming" && (
            <button type="button" className="button button-primary" onClick={hw.reload}>
              {t("hw.reload")}
            </button>
          )}
        </div>
      )}
      <HomeworkRules info={info} />
      {info.window === "open" && (
        <form className={styles.form} onSubmit={start}>
          <NicknameField draft={name} />
          {info.classList && <ClassListPicker entries={info.classList} value={classEntry} onChange={setClassEntry} />}
          {someTaken && !problem && (
            <p className="muted small" data-testid="hw-taken-hint">
              {t("hw.taken.listHint")}
            </p>
          )}
          {info.identifierLabel && <IdentifierField label={info.identifierLabel} value={identifier} onChange={setIdentifier} />}
          {problem && (
            <div className={`error ${styles.taken}`} role="alert" data-testid="hw-error" data-code={problem.code}>
              {/* Taken by another device: maybe the student's own, lost — the teacher can release it. */}
              {isTaken(problem.code) ? (
                <>
                  <p>{t(`hw.taken.${problem.code}`)}</p>
                  <p className={styles.takenHint} data-testid="hw-release-hint">{t("hw.taken.release")}</p>
                </>
              ) : (
                <p>{error(problem)}</p>
              )}
            </div>
          )}
          <button type="submit" className="button button-primary button-big" disabled={sending || name.rolling !== null || nickname.trim() === "" || (info.classList !== null && classEntry === null)} data-testid="hw-begin">
            {sending ? t("hw.starting") : t("hw.start")}
          </button>
        </form>
      )}
    </div>
  );
}
