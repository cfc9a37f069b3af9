import { Router, type Request, type RequestHandler, type Response } from "express";
import { z } from "zod";
import { buildReport, DEFAULT_GRADING, type GameReport, type GradingOptions, type ReportInput } from "@lousa/reports";
import { sheetToCsv } from "../exports/csv";
import { classroomCsv, moodleCsv } from "../exports/lms";
import { csvRequest, exportLocale, type ExportLocale } from "../exports/locale";
import { buildSheets, type Sheet } from "../exports/sheets";
import { sheetsToXlsx } from "../exports/xlsx";
import { sendError } from "./host-auth";
import { resultsCsv } from "./results-csv";

/**
 * What a set of results is built from, a live game's or a homework's, loaded for someone allowed to see
 * it: the one report input every route below turns into the same report and the same files.
 */
export interface Results {
  readonly input: ReportInput;
  /** File names without extension: lousa-<PIN or code>-<date>. */
  readonly fileBase: string;
  /** Tables only this kind of results has (a homework's attempts), after the common ones. */
  readonly extraSheets: (report: GameReport, locale: ExportLocale) => Sheet[];
}

/** Loads the results a request names, or answers 401/403/404 itself and gives null. */
export type ResultsLoader = (req: Request, res: Response) => Promise<Results | null>;

export const fileBase = (id: string, at: number) => `lousa-${id}-${new Date(at).toISOString().slice(0, 10)}`;

const gradingQuery = z.object({
  scale: z.coerce.number().positive().max(1000).optional(),
  decimals: z.coerce.number().int().min(0).max(2).optional(),
});

/** The grade scale a request asks for (?scale=&decimals=), or the default. */
export function grading(query: unknown): GradingOptions {
  const q = gradingQuery.safeParse(query);
  return q.success ? { scale: q.data.scale ?? DEFAULT_GRADING.scale, decimals: q.data.decimals ?? DEFAULT_GRADING.decimals } : DEFAULT_GRADING;
}

export function download(res: Response, type: string, filename: string, body: string | Buffer): void {
  res.type(type).set("Content-Disposition", `attachment; filename="${filename}"`).set("Cache-Control", "no-store").send(body);
}

function sheetsOf(results: Results, report: GameReport, locale: ExportLocale): Sheet[] {
  return [...buildSheets(report, results.input.answers, locale), ...results.extraSheets(report, locale)];
}

/**
 * The report and the exports under `prefix` (/games/:gameId, /assignments/:id): one set of handlers,
 * so a homework's files are a live game's by construction, whoever loads them.
 */
export function resultsRoutes(prefix: string, load: ResultsLoader): Router {
  const r = Router();

  r.get(`${prefix}/results.csv`, async (req, res) => {
    const results = await load(req, res);
    // The podium asks in the viewer's language, like the report; without a locale (scripts, the bench) it stays English with commas.
    if (results) download(res, "text/csv; charset=utf-8", `${results.fileBase}.csv`, resultsCsv(results.input, buildReport(results.input), csvRequest(req.query, "en")));
  });

  r.get(`${prefix}/report`, async (req, res) => {
    const results = await load(req, res);
    if (results) res.set("Cache-Control", "no-store").json(buildReport(results.input, grading(req.query)));
  });

  r.get(`${prefix}/export.xlsx`, async (req, res) => {
    const results = await load(req, res);
    if (!results) return;
    const report = buildReport(results.input, grading(req.query));
    const xlsx = await sheetsToXlsx(sheetsOf(results, report, exportLocale(req.query.locale)), { title: `Lousa - ${report.game.bankTitle}` });
    download(res, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `${results.fileBase}.xlsx`, xlsx);
  });

  r.get(`${prefix}/export.csv`, async (req, res) => {
    const results = await load(req, res);
    if (!results) return;
    const { locale, separator, decimal } = csvRequest(req.query);
    const report = buildReport(results.input, grading(req.query));
    // One table per download; `sheet=teams` exists only for a game with teams, `sheet=attempts` only for
    // a homework (otherwise: the players).
    const sheets = sheetsOf(results, report, locale);
    const sheet = sheets.find((s) => s.key === req.query.sheet) ?? sheets.find((s) => s.key === "players")!;
    download(res, "text/csv; charset=utf-8", `${results.fileBase}-${sheet.key}.csv`, sheetToCsv(sheet, { separator, decimal }));
  });

  // Gradebook files: results with no graded question (only polls) have no grade to give, and a file of
  // zeros imported into Moodle or Classroom would overwrite real ones.
  const gradebook = (suffix: string, write: (report: GameReport, locale: ExportLocale) => string) =>
    (async (req, res) => {
      const results = await load(req, res);
      if (!results) return;
      const report = buildReport(results.input, grading(req.query));
      if (report.summary.gradedQuestions === 0) return sendError(res, 409, "NOTHING_TO_GRADE", "This quiz had no question with a right answer (only polls): there is no grade to export");
      download(res, "text/csv; charset=utf-8", `${results.fileBase}-${suffix}.csv`, write(report, exportLocale(req.query.locale)));
    }) satisfies RequestHandler;
  r.get(`${prefix}/moodle.csv`, gradebook("moodle", moodleCsv));
  r.get(`${prefix}/classroom.csv`, gradebook("classroom", classroomCsv));

  return r;
}
