"use client";

import { useState, type FormEvent } from "react";
import { useI18n } from "../../lib/i18n";
import { TYPED_ANSWER_MAX, typedAnswer } from "./type-answer-logic";
import styles from "./type-answer.module.css";

/**
 * The phone's answer to a type-answer question: one big text field and "Enviar". Phone keyboards must not
 * "help": no auto-capital, autocorrect or spellcheck (they would turn "ls" into "Is" or "LS"), and the
 * keyboard's action key says send. While the answer is on its way (`sent`), the field shows it, locked.
 */
export function TypeAnswerPad({ sent, onText }: { sent: string | null; onText(text: string): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState("");
  const busy = sent !== null;
  const text = typedAnswer(draft);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy && text !== null) onText(text);
  };

  return (
    <form className={styles.form} onSubmit={submit} data-testid="type-answer-form">
      <label className={styles.label} htmlFor="type-answer-input">
        {t("player.typeAnswer.label")}
      </label>
      <input
        id="type-answer-input"
        className={`input ${styles.input}`}
        type="text"
        value={busy ? sent : draft}
        onChange={(e) => setDraft(e.target.value)}
        maxLength={TYPED_ANSWER_MAX}
        placeholder={t("player.typeAnswer.placeholder")}
        autoCapitalize="none"
        autoCorrect="off"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="send"
        readOnly={busy}
        data-testid="type-answer-input"
      />
      <button type="submit" className={`button button-primary button-big ${styles.send}`} disabled={busy || text === null} data-testid="answer-submit">
        {t("player.typeAnswer.send")}
      </button>
    </form>
  );
}
