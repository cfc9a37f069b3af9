"use client";

import { optionLetter } from "@lousa/game";
import { richTextPlain } from "@lousa/protocol";
import type { QuestionReportRow } from "@lousa/reports";
import { useI18n } from "../../lib/i18n";
import type { MessageKey } from "../../lib/messages";
import { KINDS } from "../editor/kinds";
import { RichText } from "../rich-text/rich-text";
import { SliderBars, sliderOf } from "./slider-bars";
import styles from "./report.module.css";

const FLAG_KEYS: Record<string, MessageKey> = { "too-hard": "report.flag.too-hard", "too-easy": "report.flag.too-easy", misleading: "report.flag.misleading" };

export interface Formats {
  percent(n: number): string;
  decimal(n: number): string;
  seconds(ms: number | null): string;
}

/**
 * One question in the report's table. A poll is asked, not graded (`graded: false`): its vote, and no
 * difficulty, discrimination, distractor or flags. Ordering shows its right order, each item with how
 * many put it in its place; type-answer, its accepted answers with how many typed each and the common
 * wrong answers; a slider, its right value and a histogram of the guesses; the other kinds, how many
 * chose each option. Slides never come (the server leaves them out of reports). `showFlags` is off for a
 * class too small to judge: the page says why once, above the table, instead of an empty column.
 */
export function QuestionRow({ q, format, showFlags = true }: { q: QuestionReportRow; format: Formats; showFlags?: boolean }) {
  const { t } = useI18n();
  const none = "—";
  // Type-answer has no wrong options: its "distractor" is the wrong text typed most.
  const typedDistractor = q.type === "typeAnswer" ? wrongTexts(q)[0] : undefined;
  const slider = q.type === "slider" ? sliderOf(q) : null;
  return (
    <tr id={`q${q.index + 1}`} className={q.flags.length > 0 ? "row-flagged" : ""} data-testid={`report-q${q.index}`} data-graded={q.graded}>
      <td>{q.index + 1}</td>
      <td>
        <RichText text={q.prompt} phrasing />
        {q.type !== "single" && <span className={styles.kind}>{t(KINDS[q.type].label)}</span>}
        {!q.graded ? (
          <Votes q={q} />
        ) : q.type === "ordering" ? (
          <RightOrder q={q} />
        ) : q.type === "typeAnswer" ? (
          <TypedAnswers q={q} />
        ) : slider ? (
          <SliderBars q={q} slider={slider} />
        ) : (
          <OptionBars q={q} />
        )}
      </td>
      <td className="num">{q.graded ? format.percent(q.percentCorrect) : none}</td>
      <td className="num">{q.graded && q.discrimination !== null ? format.decimal(q.discrimination) : none}</td>
      <td>
        {q.topDistractor ? (
          <>
            {optionLetter(q.topDistractor.option)}) <RichText text={q.options[q.topDistractor.option] ?? ""} phrasing wrapBlocks /> ({q.topDistractor.count})
          </>
        ) : typedDistractor ? (
          <span data-testid="report-typed-distractor">
            “{typedDistractor.text}” ({typedDistractor.count})
          </span>
        ) : (
          none
        )}
      </td>
      <td className="num">{format.seconds(q.medianResponseMs)}</td>
      {showFlags && (
        <td>
          {q.flags.map((f) => (
            <span key={f} className={`flag flag-${f}`}>
              {t(FLAG_KEYS[f] ?? "report.flags")}
            </span>
          ))}
        </td>
      )}
    </tr>
  );
}

/** How many chose each option, the right ones in green. */
function OptionBars({ q }: { q: QuestionReportRow }) {
  return (
    <div className="mini-bars" aria-hidden="true">
      {q.options.map((o, i) => (
        <span key={i} className={q.correctOptions.includes(i) ? "mini-right" : "mini-wrong"} style={{ flexGrow: Math.max(q.optionCounts[i] ?? 0, 0.05) }} title={`${optionLetter(i)}) ${richTextPlain(o)}: ${q.optionCounts[i] ?? 0}`}>
          {optionLetter(i)} {q.optionCounts[i] ?? 0}
        </span>
      ))}
    </div>
  );
}

/** A poll's vote: every option in one neutral tone (none is right), with its text, since nothing else explains the row. */
function Votes({ q }: { q: QuestionReportRow }) {
  const { t } = useI18n();
  return (
    <>
      <p className={styles.note}>{t("report.poll")}</p>
      <ul className={styles.votes} data-testid="report-votes">
        {q.options.map((o, i) => (
          <li key={i}>
            <span className={styles.voteText}>
              {optionLetter(i)}) <RichText text={o} phrasing wrapBlocks />
            </span>
            <span className={styles.voteBar} style={{ width: `${(100 * (q.optionCounts[i] ?? 0)) / Math.max(1, ...q.optionCounts)}%` }} aria-hidden="true" />
            <strong className={styles.voteCount}>{q.optionCounts[i] ?? 0}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The right order of an ordering question, each item with how many players put it in its place. */
function RightOrder({ q }: { q: QuestionReportRow }) {
  const { t } = useI18n();
  return (
    <>
      <p className={styles.note}>{t("report.ordering")}</p>
      <ol className={styles.order} data-testid="report-order">
        {q.correctOptions.map((item, k) => (
          <li key={k}>
            {optionLetter(item)}) <RichText text={q.options[item] ?? ""} phrasing wrapBlocks /> <strong>({q.optionCounts[item] ?? 0})</strong>
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * A type-answer question: each accepted answer with how many typed it, then the wrong answers typed most
 * (the row's "distractors": there are no wrong options to name in the distractor column).
 */
function TypedAnswers({ q }: { q: QuestionReportRow }) {
  const { t } = useI18n();
  const wrong = wrongTexts(q);
  return (
    <>
      <p className={styles.note}>{t("report.typeAnswer")}</p>
      <ul className={styles.typed} data-testid="report-accepted">
        {q.options.map((o, i) => (
          <li key={i} className={styles.typedRight}>
            ✓ {o} <strong>({q.optionCounts[i] ?? 0})</strong>
          </li>
        ))}
      </ul>
      {wrong.length > 0 && (
        <>
          <p className={styles.note}>{t("report.typeAnswer.wrong")}</p>
          <ul className={styles.typed} data-testid="report-wrong-typed">
            {wrong.map((w, i) => (
              <li key={i}>
                ✗ {w.text} <strong>({w.count})</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * The row's common wrong answers, checked field by field: the report arrives over the network with only a
 * shallow check (report-page's isReport), and a server from before type-answer sends no such field, in
 * which case the row simply shows none.
 */
function wrongTexts(q: QuestionReportRow): { text: string; count: number }[] {
  const found: unknown = "topWrongTexts" in q ? q.topWrongTexts : undefined;
  if (!Array.isArray(found)) return [];
  return found.flatMap((w: unknown) => (typeof w === "object" && w !== null && "text" in w && "count" in w && typeof w.text === "string" && typeof w.count === "number" ? [{ text: w.text, count: w.count }] : []));
}
