"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, type FocusEvent } from "react";
import { useI18n } from "../../lib/i18n";
import { ToastLine } from "../library/toast";
import type { Toast } from "../library/use-library";
import { useSignedOut } from "../teacher/teacher-page";
import { BankFields } from "./bank-fields";
import { EditorBar } from "./editor-bar";
import { fieldId, issueText, type IssueField } from "./issues";
import { QuestionList } from "./question-list";
import { ReadOnlyView } from "./read-only-view";
import { useBankEditor } from "./use-bank-editor";
import { useLeaveGuard, useSaveShortcut } from "./use-leave-guard";
import styles from "./editor.module.css";

let toastIds = 0;

/**
 * The bank editor (`bankId` null: a new bank). A field's problems show once the teacher has left it,
 * or everywhere after a refused save; the count at the top is always there.
 */
export function BankEditor({ bankId }: { bankId: string | null }) {
  const { t, error, locale } = useI18n();
  const router = useRouter();
  const signedOut = useSignedOut();
  const editor = useBankEditor(bankId, locale);
  const { doc, dispatch, issues, load } = editor;
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [toast, setToast] = useState<Toast | null>(null);

  useLeaveGuard(editor.dirty, t("editor.leave"));

  const focusFirst = useCallback(() => {
    const first = issues.first();
    if (!first) return;
    // Polls and ordering have no right-answer inputs: an issue with `correct` lands on their first option.
    const target = document.getElementById(fieldId(first.question, first.field, first.code)) ?? (first.question === null ? null : document.getElementById(fieldId(first.question, "options")));
    target?.focus();
  }, [issues]);

  const attemptSave = useCallback(async () => {
    if (editor.save.state === "saving" || load.state !== "ready" || (load.bank && load.bank.access !== "own")) return;
    if (issues.count > 0) {
      setShowAll(true);
      return focusFirst();
    }
    const created = await editor.saveNow();
    if (created) router.replace(`/library/${encodeURIComponent(created)}`);
  }, [editor, issues, focusFirst, load, router]);

  useSaveShortcut(() => void attemptSave());

  const saveState = editor.save;
  useEffect(() => {
    if (saveState.state === "failed" && saveState.error.code === "NOT_SIGNED_IN") signedOut();
  }, [saveState, signedOut]);

  // A field's issues show once the teacher has left it. Options and right answers are one list (any of
  // the question's boxes counts), and the slider's rules span its five boxes (any of them counts).
  const wasTouched = (question: number | null, field: IssueField): boolean => {
    if (touched.has(fieldId(question, field))) return true;
    const prefix = field === "options" || field === "correct" ? `editor-q${question}-` : field === "slider" ? `editor-q${question}-slider-` : null;
    return prefix !== null && [...touched].some((id) => id.startsWith(prefix));
  };

  const shown = (question: number | null, field: IssueField): readonly string[] => {
    if (!showAll && !wasTouched(question, field)) return [];
    return issues.at(question, field).map((code) => issueText(code, t));
  };

  const onBlur = (e: FocusEvent) => {
    const id = e.target.id;
    if (id && !touched.has(id)) setTouched((s) => new Set(s).add(id));
  };

  if (load.state === "loading") return <p className={styles.loading}>{t("editor.loading")}</p>;
  if (load.state === "failed") {
    return (
      <div className="card" role="alert">
        <p>{error(load.error.code)}</p>
        <Link href="/library" className="button">
          ← {t("editor.back")}
        </Link>
      </div>
    );
  }
  if (load.bank && load.bank.access !== "own") return <ReadOnlyView bank={load.bank} />;

  return (
    <div className={styles.editor} onBlur={onBlur} data-testid="bank-editor">
      <EditorBar editor={editor} onSave={() => void attemptSave()} onFirstIssue={() => { setShowAll(true); focusFirst(); }} />
      <BankFields doc={doc} dispatch={dispatch} issuesAt={(f) => shown(null, f)} />
      <h2 className={styles.sectionTitle}>
        {t("editor.questions")} <span className={styles.count}>({doc.items.length})</span>
      </h2>
      <QuestionList
        items={doc.items}
        language={doc.language}
        dispatch={dispatch}
        issuesAt={shown}
        issueCount={(i) => issues.inQuestion(i)}
        announce={(text, undo) => setToast({ id: ++toastIds, text, ...(undo ? { undo } : {}) })}
      />
      {shown(null, "questions").map((m) => (
        <p key={m} className="error">
          {m}
        </p>
      ))}
      <ToastLine toast={toast} onDismiss={() => setToast(null)} />
    </div>
  );
}
