"use client";

import { richTextPlain } from "@lousa/protocol";
import type { QuestionReportRow } from "@lousa/reports";
import { useI18n } from "../../lib/i18n";

/**
 * One bar per question, height = % who got it right. Red: too hard; grey: too easy; a warning mark:
 * misleading (the strongest students missed it more than the weakest). Clicking a bar jumps to its row.
 */
export function DifficultyChart({ questions: all }: { questions: readonly QuestionReportRow[] }) {
  const { t } = useI18n();
  // Polls have no difficulty: they are left out, and each bar keeps its question's number.
  const questions = all.filter((q) => q.graded);
  const w = Math.max(480, questions.length * 44);
  const h = 220;
  const barW = 28;
  return (
    <svg viewBox={`0 0 ${w} ${h + 40}`} className="chart" role="group" aria-label={t("report.difficulty")} data-testid="difficulty-chart">
      {[0, 0.25, 0.5, 0.75, 1].map((v) => (
        <g key={v}>
          <line x1={30} x2={w} y1={h - v * (h - 20)} y2={h - v * (h - 20)} className="grid" />
          <text x={0} y={h - v * (h - 20) + 4} className="axis">
            {Math.round(v * 100)}%
          </text>
        </g>
      ))}
      {questions.map((q, i) => {
        const x = 40 + i * 44;
        const barH = Math.max(2, q.percentCorrect * (h - 20));
        const cls = q.flags.includes("too-hard") ? "bar-hard" : q.flags.includes("too-easy") ? "bar-easy" : "bar-ok";
        return (
          <a key={q.index} href={`#q${q.index + 1}`}>
            <rect x={x} y={h - barH} width={barW} height={barH} rx={4} className={cls}>
              <title>{`${q.index + 1}. ${richTextPlain(q.prompt)} — ${Math.round(q.percentCorrect * 100)}%`}</title>
            </rect>
            {q.flags.includes("misleading") && (
              <text x={x + barW / 2} y={h - barH - 6} textAnchor="middle" className="warn">
                ⚠
              </text>
            )}
            <text x={x + barW / 2} y={h + 18} textAnchor="middle" className="axis">
              {q.index + 1}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
