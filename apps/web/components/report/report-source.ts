/**
 * Whose report a report page shows: a live game's (read with its host key when this browser holds it, else
 * the teacher's session) or a homework assignment's (the session). Both answer the same report JSON and the
 * same files under their own path, so one page and one download serve both.
 */
export type ReportSource = { readonly kind: "game"; readonly gameId: string; readonly hostSecret: string | null } | { readonly kind: "assignment"; readonly assignmentId: string };

/** `/api/games/<id>/<file>` or `/api/assignments/<id>/<file>`. */
export function reportPath(source: ReportSource, file: string): string {
  return source.kind === "game" ? `/api/games/${encodeURIComponent(source.gameId)}/${file}` : `/api/assignments/${encodeURIComponent(source.assignmentId)}/${file}`;
}

/** The host key in the Authorization header (never in a URL); the session cookie goes along anyway. */
export function reportHeaders(source: ReportSource): Record<string, string> {
  return source.kind === "game" && source.hostSecret ? { authorization: `Bearer ${source.hostSecret}` } : {};
}

/** Identifiers typed in after the end and the full JSON archive: live games' routes only (none for assignments). */
export const gameOnly = (source: ReportSource): source is Extract<ReportSource, { kind: "game" }> => source.kind === "game";

/**
 * The words a report uses for its people and its questions: a live game's players and questions played,
 * an assignment's students (nobody "plays" homework) and its questions.
 */
export function reportWords(source: ReportSource): { readonly people: "report.players" | "report.students"; readonly summaryPeople: "report.summary.players" | "report.summary.students" } {
  return source.kind === "game" ? { people: "report.players", summaryPeople: "report.summary.players" } : { people: "report.students", summaryPeople: "report.summary.students" };
}
