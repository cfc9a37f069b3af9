"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import type { GameReport, PlayerReportRow } from "@lousa/reports";
import { useI18n } from "../../lib/i18n";
import { identifierErrorMessage, type IdentifierCheck } from "./gradebook";
import type { Formats } from "./question-row";
import styles from "./report.module.css";
import { useIdentifierDrafts, type RowStatus } from "./use-identifier-drafts";

interface Props {
  /** "Jogadores" for a live game, "Estudantes" for an assignment (report-source's words). */
  readonly title: string;
  readonly report: GameReport;
  readonly scale: number;
  readonly format: Formats;
  readonly hostSecret: string | null;
  /** Identifiers can be typed in once it is over (a live game's route; an assignment has none). */
  readonly editable: boolean;
  /** The identifier column is editable (opened here or from the downloads' explanation). */
  readonly editing: boolean;
  readonly onEditingChange: (editing: boolean) => void;
  readonly onSaved: (playerId: string, identifier: string | null) => void;
}

type Summary = { readonly text: string; readonly failed: boolean } | null;

/**
 * The players' table. Once the game is over the teacher can edit the identifier column in place (one
 * form: Tab through the fields, Enter or the button saves every changed one). Opening the editor puts the
 * focus on the first field; closing it returns the focus to the button that opened it. The outcome of a
 * save is announced once; each field's own error is tied to it (aria-invalid, aria-describedby).
 */
export function PlayersSection({ title, report, scale, format, hostSecret, editable, editing, onEditingChange, onSaved }: Props) {
  const { t, error, number } = useI18n();
  const translate = (p: Exclude<IdentifierCheck, { ok: true }> | { reason: string }): string => {
    if ("problem" in p) return p.problem === "tooLong" ? t("report.ids.error.tooLong", { n: p.length }) : t("report.ids.error.invisible");
    const m = identifierErrorMessage(p.reason);
    return "key" in m ? t(m.key) : error(m.code);
  };
  const drafts = useIdentifierDrafts(report.game.id, hostSecret, onSaved, translate);
  const [summary, setSummary] = useState<Summary>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const wasEditing = useRef(editing);

  useEffect(() => {
    if (editing && !wasEditing.current) tableRef.current?.querySelector<HTMLInputElement>("input")?.focus();
    if (!editing && wasEditing.current) toggleRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const g = report.game;
  const gameOver = g.endedAt !== null;
  const hasNames = report.players.some((p) => p.realName);
  const showIds = editing || report.players.some((p) => p.identifier);
  const idLabel = g.identifierLabel ?? t("report.identifier");
  // A player's correct answers are out of the graded questions: a poll has no right answer to count.
  const gradedPlayed = report.questions.filter((q) => q.graded).length;

  const close = () => {
    drafts.reset();
    setSummary(null);
    onEditingChange(false);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (drafts.saving) return;
    setSummary({ text: t("report.ids.saving"), failed: false });
    const r = await drafts.saveAll(report.players);
    if (r.failed > 0) {
      setSummary({ text: t("report.ids.failed", { n: r.failed }), failed: true });
      if (r.firstFailed) document.getElementById(fieldId(r.firstFailed))?.focus();
    } else setSummary({ text: r.saved > 0 ? t("report.ids.savedAll", { n: r.saved }) : t("report.ids.unchanged"), failed: false });
  };

  const table = (
    <table className="table" data-testid="players-table" ref={tableRef}>
      <thead>
        <tr>
          <th className="num">{t("report.rank")}</th>
          <th>{t("report.nickname")}</th>
          {hasNames && <th>{t("report.name")}</th>}
          {showIds && <th>{idLabel}</th>}
          <th className="num">{t("report.score")}</th>
          <th className="num">{t("report.correct")}</th>
          <th className="num">{t("report.percent")}</th>
          <th className="num">{t("report.avgTime")}</th>
          <th className="num">{t("report.grade", { scale })}</th>
        </tr>
      </thead>
      <tbody>
        {report.players.map((p) => (
          <tr key={p.playerId}>
            <td className="num">{p.rank}</td>
            <td>
              {p.nickname}
              {p.accommodatedAnswers > 0 && (
                <span className={styles.accommodated} title={t("report.accommodated", { n: p.accommodatedAnswers })} aria-label={t("report.accommodated", { n: p.accommodatedAnswers })} data-testid="report-accommodated">
                  {" "}⏱
                </span>
              )}
            </td>
            {hasNames && <td>{p.realName}</td>}
            {showIds && (editing ? <IdentifierCell player={p} label={t("report.ids.field", { label: idLabel, name: p.realName ?? p.nickname })} value={drafts.draftOf(p)} status={drafts.statusOf(p.playerId)} onChange={(v) => drafts.edit(p.playerId, v)} /> : <td>{p.identifier}</td>)}
            <td className="num">{number(p.score)}</td>
            <td className="num">
              {p.correct}/{gradedPlayed}
            </td>
            <td className="num">{format.percent(p.percentCorrect)}</td>
            <td className="num">{format.seconds(p.averageResponseMs)}</td>
            <td className="num grade">{format.decimal(p.grade)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className="card" aria-labelledby="players-title" data-testid="players-section">
      <div className={styles.playersHead}>
        <h2 id="players-title">{title}</h2>
        {gameOver && editable && (
          <button type="button" ref={toggleRef} className="button button-quiet-dark" aria-expanded={editing} onClick={() => (editing ? close() : onEditingChange(true))} data-testid="ids-toggle">
            {editing ? t("report.ids.close") : t("report.ids.edit")}
          </button>
        )}
      </div>
      {editing ? (
        <form onSubmit={(e) => void submit(e)} noValidate aria-describedby="ids-hint" data-testid="ids-form">
          <p id="ids-hint" className={`muted small ${styles.idHint}`}>
            {t("report.ids.hint")}
          </p>
          {table}
          <div className={styles.idBar}>
            <button type="submit" className="button button-primary" aria-disabled={drafts.saving} data-testid="ids-save">
              {drafts.saving ? t("report.ids.saving") : t("report.ids.save")}
            </button>
            {/* Always in the page, so screen readers hear what is put in it (a failure also moves the focus to its field). */}
            <p role="status" className={`${styles.idSummary} ${summary?.failed ? styles.idError : styles.idSaved}`} data-testid="ids-summary">
              {summary?.text}
            </p>
          </div>
        </form>
      ) : (
        table
      )}
    </section>
  );
}

const fieldId = (playerId: string) => `id-field-${playerId}`;

function IdentifierCell({ player, label, value, status, onChange }: { player: PlayerReportRow; label: string; value: string; status: RowStatus; onChange: (v: string) => void }) {
  const { t } = useI18n();
  const id = fieldId(player.playerId);
  const statusText = status.state === "error" ? status.message : status.state === "saving" ? t("report.ids.saving") : status.state === "saved" ? `✓ ${t("report.ids.saved")}` : status.state === "cleared" ? t("report.ids.cleared") : "";
  return (
    <td className={styles.idCell}>
      <input id={id} className={`input ${styles.idInput}`} value={value} onChange={(e) => onChange(e.target.value)} aria-label={label} aria-invalid={status.state === "error"} aria-describedby={`${id}-status`} autoComplete="off" spellCheck={false} data-testid={`id-input-${player.nickname}`} />
      <span id={`${id}-status`} className={`${styles.idStatus} ${status.state === "error" ? styles.idError : styles.idSaved}`} data-testid={`id-status-${player.nickname}`}>
        {statusText}
      </span>
    </td>
  );
}
