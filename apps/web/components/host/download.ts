"use client";

import { DEFAULT_LOCALE, isLocale, type Locale } from "../../lib/messages";
import { reportHeaders, reportPath, type ReportSource } from "../report/report-source";

/**
 * The language the viewer reads the page in. The I18nProvider keeps <html lang> equal to its locale (the
 * layout renders both from the same cookie, the language switch updates both), so this is the same value
 * useI18n() gives, also where a download starts outside a component (the podium's handler).
 */
function viewerLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/**
 * Downloads a results file with the host secret in the Authorization header (never in a URL, which
 * would end up in logs and browser history) or, without one, the teacher's session cookie (a game this
 * browser did not host is still its creator's; an assignment is always read with it), then hands the file
 * to the browser.
 */
async function downloadFile(path: string, headers: Record<string, string>): Promise<boolean> {
  const res = await fetch(path, { headers, credentials: "same-origin" });
  if (!res.ok) return false;
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "lousa-results";
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/**
 * One results file (`results.csv`, `export.xlsx`, `moodle.csv`…) of a game or an assignment in the viewer's
 * language: the server picks the headers and, for a CSV, the separator and decimal mark Excel expects in
 * that language (";" and decimal comma in Portuguese, else Brazilian Excel opens it as one column). Every
 * download of the host and report screens goes through here, so they all ask the same way.
 */
export function downloadReportFile(source: ReportSource, file: string, params: Readonly<Record<string, string>> = {}): Promise<boolean> {
  const query = new URLSearchParams({ ...params, locale: viewerLocale() });
  return downloadFile(`${reportPath(source, file)}?${query.toString()}`, reportHeaders(source));
}

/** A live game's file (the podium's and the report's). */
export function downloadGameFile(gameId: string, file: string, hostSecret: string | null, params: Readonly<Record<string, string>> = {}): Promise<boolean> {
  return downloadReportFile({ kind: "game", gameId, hostSecret }, file, params);
}

/** The podium's download: one row per student, every question. */
export function downloadResults(gameId: string, hostSecret: string | null): Promise<boolean> {
  return downloadGameFile(gameId, "results.csv", hostSecret);
}
