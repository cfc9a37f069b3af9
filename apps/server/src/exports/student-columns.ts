import type { Cell, Column } from "./sheets";
import { labels, type ExportLocale } from "./locale";

interface Student {
  readonly nickname: string;
  readonly realName: string | null;
  readonly identifier: string | null;
}

/**
 * Who a row is about, the same way in every sheet that lists students (players, homework attempts): the
 * nickname, the class-list name when anyone has one, and the identifier under the label the teacher asked for.
 */
export function studentColumns(students: readonly Student[], identifierLabel: string | null, locale: ExportLocale): { columns: Column[]; cells(s: Student): Cell[] } {
  const L = labels(locale);
  const hasNames = students.some((s) => s.realName !== null);
  return {
    columns: [
      { header: L.nickname, width: 22, format: "text" },
      ...(hasNames ? [{ header: L.name, width: 28, format: "text" as const }] : []),
      { header: identifierLabel ?? L.identifier, width: 20, format: "text" },
    ],
    cells: (s) => [s.nickname, ...(hasNames ? [s.realName] : []), s.identifier],
  };
}

/** A moment as the sheets write it: "2026-11-28 16:21", in UTC (the header says so). */
export const utcMinute = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace("T", " ");
