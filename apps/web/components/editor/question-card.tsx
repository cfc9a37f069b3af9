"use client";

import { useState, type Dispatch } from "react";
import { kindOf } from "@lousa/game";
import { QUESTION_LIMITS, type QuestionDraft } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import type { EditorAction, EditorItem } from "./editor-state";
import { FieldIssues, invalidProps } from "./field-issues";
import type { IssueField } from "./issues";
import { isQuestionType, KIND_ORDER, KINDS, type Language } from "./kinds";
import { droppedOptions } from "./kinds/options-ops";
import { withoutForeignFields } from "./kinds/kind-fields";
import { QuestionImage } from "./question-image";
import { QuestionPreview } from "./question-preview";
import styles from "./editor.module.css";

const POINTS: readonly QuestionDraft["pointsMode"][] = ["standard", "double", "none"];
const isPoints = (v: string): v is QuestionDraft["pointsMode"] => (POINTS as readonly string[]).includes(v);

export interface QuestionCardProps {
  readonly item: EditorItem;
  readonly index: number;
  readonly language: Language;
  readonly dispatch: Dispatch<EditorAction>;
  /** Messages at one of this question's fields (empty when nothing to say, or not yet touched). */
  issuesAt(field: IssueField): readonly string[];
  /** Says something to screen readers and offers undo (the editor's toast). */
  announce(text: string, undo?: () => void): void;
}

/** One question's form: type, prompt, its kind's options, explanation, time and points, and a preview. */
export function QuestionCard({ item, index, language, dispatch, issuesAt, announce }: QuestionCardProps) {
  const { t } = useI18n();
  const [preview, setPreview] = useState(false);
  const q = item.question;
  const kind = KINDS[q.type];
  const { scored, answerable } = kindOf(q.type);
  const id = (part: string) => `editor-q${index}-${part}`;
  const change = (question: QuestionDraft) => dispatch({ type: "update", key: item.key, question });
  // A type change can throw typed options away (four ordering items become True/False): it happens at
  // once, like a delete, and the toast offers "Desfazer" to put the previous question back.
  const changeType = (type: QuestionDraft["type"]) => {
    // The kinds spread the question they convert: a field only one kind knows goes here, once.
    const next = withoutForeignFields(KINDS[type].convert(q, language));
    change(next);
    const dropped = droppedOptions(q, next).length;
    if (dropped > 0) announce(t("editor.convertDropped", { i: index + 1, n: dropped }), () => change(q));
    else if (q.slider && !next.slider) announce(t("media.slider.dropped", { i: index + 1 }), () => change(q));
  };
  const field = (f: IssueField) => ({ messages: issuesAt(f), issuesId: id(`${f}-issues`) });
  const prompt = field("prompt");
  const time = field("timeLimitSec");
  const explanation = field("explanation");

  return (
    <div className={styles.questionBody}>
      <div className={styles.row}>
        <label className={styles.grow}>
          {t("editor.type")}
          <select
            id={id("type")}
            className="input"
            value={q.type}
            onChange={(e) => isQuestionType(e.target.value) && e.target.value !== q.type && changeType(e.target.value)}
            data-testid={`q${index}-type`}
          >
            {KIND_ORDER.map((k) => (
              <option key={k} value={k}>
                {t(KINDS[k].label)}
              </option>
            ))}
          </select>
        </label>
        {/* A slide has no clock and no points: the schema keeps the fields (for a conversion back), the editor hides them. */}
        {answerable && (
          <>
            <label className={styles.small}>
              {t("editor.time")}
              <input
                id={id("timeLimitSec")}
                className="input"
                type="number"
                inputMode="numeric"
                min={QUESTION_LIMITS.minTimeSec}
                max={QUESTION_LIMITS.maxTimeSec}
                step={1}
                // An empty box is 0 (out of range, so it is reported) rather than NaN, which JSON would lose.
                value={Number.isFinite(q.timeLimitSec) && q.timeLimitSec !== 0 ? q.timeLimitSec : ""}
                onChange={(e) => change({ ...q, timeLimitSec: e.target.value === "" ? 0 : Math.round(Number(e.target.value)) || 0 })}
                data-testid={`q${index}-time`}
                {...invalidProps(time.messages, time.issuesId)}
              />
            </label>
            <label className={styles.small}>
              {t("editor.points")}
              <select
                id={id("pointsMode")}
                className="input"
                value={q.pointsMode}
                onChange={(e) => isPoints(e.target.value) && change({ ...q, pointsMode: e.target.value })}
                // A poll scores nothing whatever its mode; the mode stays in the draft for a conversion back.
                disabled={!scored}
                aria-describedby={scored ? undefined : id("points-note")}
                data-testid={`q${index}-points`}
              >
                {POINTS.map((p) => (
                  <option key={p} value={p}>
                    {t(`editor.points.${p}`)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
      </div>
      {answerable && !scored && (
        <p id={id("points-note")} className={`${styles.hint} ${styles.pointsNote}`} data-testid={`q${index}-points-note`}>
          {t("editor.poll.noPoints")}
        </p>
      )}
      <FieldIssues id={time.issuesId} messages={time.messages} />
      <label>
        {t(kind.promptLabel ?? "editor.prompt")}
        <textarea id={id("prompt")} className={`input ${styles.prompt}`} rows={2} value={q.prompt} onChange={(e) => change({ ...q, prompt: e.target.value })} data-testid={`q${index}-prompt`} {...invalidProps(prompt.messages, prompt.issuesId)} />
      </label>
      <FieldIssues id={prompt.issuesId} messages={prompt.messages} />
      <kind.OptionsEditor question={q} index={index} language={language} onChange={change} issuesAt={issuesAt} />
      <QuestionImage question={q} index={index} onChange={change} issuesAt={issuesAt} announce={announce} />
      {/* A slide's explanation is its text, edited by its own editor above. */}
      {answerable && (
        <>
          <label>
            {t("editor.explanation")}
            <textarea id={id("explanation")} className="input" rows={2} value={q.explanation} onChange={(e) => change({ ...q, explanation: e.target.value })} data-testid={`q${index}-explanation`} {...invalidProps(explanation.messages, explanation.issuesId)} />
          </label>
          <FieldIssues id={explanation.issuesId} messages={explanation.messages} />
        </>
      )}
      <div className={styles.row}>
        <button type="button" className="button" aria-expanded={preview} onClick={() => setPreview((p) => !p)} data-testid={`q${index}-preview`}>
          👁 {t(preview ? "editor.preview.hide" : "editor.preview.show")}
        </button>
      </div>
      {preview && <QuestionPreview question={q} index={index} />}
    </div>
  );
}
