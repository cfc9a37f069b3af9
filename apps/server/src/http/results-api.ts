import { Router, type RequestHandler, type Response } from "express";
import { z } from "zod";
import type { GameRecord, GameRepository } from "@lousa/db";
import type { GameHistoryRow } from "@lousa/protocol";
import type { Auth } from "../auth/auth";
import { requireTeacher, teacherOf } from "../auth/teacher-session";
import { buildReport, DEFAULT_GRADING, type GameReport, type GradingOptions } from "@lousa/reports";
import { sheetToCsv } from "../exports/csv";
import { classroomCsv, moodleCsv } from "../exports/lms";
import { csvRequest, exportLocale, type ExportLocale } from "../exports/locale";
import { buildSheets } from "../exports/sheets";
import { sheetsToXlsx } from "../exports/xlsx";
import { toReportInput } from "../reports/report-input";
import { secretMatches } from "../secrets";
import { resultsCsv } from "./results-csv";
import { loadAsHost, sendError } from "./host-auth";

const gradingQuery = z.object({
  scale: z.coerce.number().positive().max(1000).optional(),
  decimals: z.coerce.number().int().min(0).max(2).optional(),
});

function grading(query: unknown): GradingOptions {
  const q = gradingQuery.safeParse(query);
  return q.success ? { scale: q.data.scale ?? DEFAULT_GRADING.scale, decimals: q.data.decimals ?? DEFAULT_GRADING.decimals } : DEFAULT_GRADING;
}

const historyBody = z.strictObject({
  games: z.array(z.strictObject({ gameId: z.string().min(1).max(64), hostSecret: z.string().min(16).max(128) })).max(100),
});

function download(res: Response, type: string, filename: string, body: string | Buffer): void {
  res.type(type).set("Content-Disposition", `attachment; filename="${filename}"`).set("Cache-Control", "no-store").send(body);
}

/** Results, reports and exports of past games: the hosting teacher's session or the game's host key (see loadAsHost). */
/** One line of a teacher's history. */
function historyRow(record: GameRecord): GameHistoryRow {
  const report = buildReport(toReportInput(record));
  return {
    gameId: record.game.id,
    pin: record.game.pin,
    bankTitle: record.game.bankTitle,
    createdAt: record.game.createdAt,
    phase: record.game.phase,
    playerCount: report.summary.playerCount,
    questionsPlayed: report.game.questionsPlayed,
    averageScore: report.summary.averageScore,
    averagePercentCorrect: report.summary.averagePercentCorrect,
    flaggedQuestions: report.summary.flaggedQuestions,
  };
}

/** How many past games a history lists (each is read whole to summarise it). */
const HISTORY_LIMIT = 100;

export function resultsRouter(games: GameRepository, auth: Auth): Router {
  const r = Router();
  const fileBase = (pin: string, createdAt: number) => `lousa-${pin}-${new Date(createdAt).toISOString().slice(0, 10)}`;

  r.get("/games/:gameId/results.csv", async (req, res) => {
    const record = await loadAsHost(req, res, games, auth);
    // The podium asks in the viewer's language, like the report; without a locale (scripts, the bench) it stays English with commas.
    if (record) download(res, "text/csv; charset=utf-8", `${fileBase(record.game.pin, record.game.createdAt)}.csv`, resultsCsv(record, buildReport(toReportInput(record)), csvRequest(req.query, "en")));
  });

  r.get("/games/:gameId/report", async (req, res) => {
    const record = await loadAsHost(req, res, games, auth);
    if (record) res.set("Cache-Control", "no-store").json(buildReport(toReportInput(record), grading(req.query)));
  });

  r.get("/games/:gameId/export.xlsx", async (req, res) => {
    const record = await loadAsHost(req, res, games, auth);
    if (!record) return;
    const report = buildReport(toReportInput(record), grading(req.query));
    const xlsx = await sheetsToXlsx(buildSheets(report, record.answers, exportLocale(req.query.locale)), { title: `Lousa - ${report.game.bankTitle}` });
    download(res, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `${fileBase(record.game.pin, record.game.createdAt)}.xlsx`, xlsx);
  });

  r.get("/games/:gameId/export.csv", async (req, res) => {
    const record = await loadAsHost(req, res, games, auth);
    if (!record) return;
    const { locale, separator, decimal } = csvRequest(req.query);
    const report = buildReport(toReportInput(record), grading(req.query));
    // One table per download; `sheet=teams` exists only for a game with teams (otherwise: the players).
    const sheets = buildSheets(report, record.answers, locale);
    const sheet = sheets.find((s) => s.key === req.query.sheet) ?? sheets.find((s) => s.key === "players")!;
    const key = sheet.key;
    download(res, "text/csv; charset=utf-8", `${fileBase(record.game.pin, record.game.createdAt)}-${key}.csv`, sheetToCsv(sheet, { separator, decimal }));
  });

  // Gradebook files: a game with no graded question (only polls) has no grade to give, and a file of
  // zeros imported into Moodle or Classroom would overwrite real ones.
  const gradebook = (suffix: string, write: (report: GameReport, locale: ExportLocale) => string) =>
    (async (req, res) => {
      const record = await loadAsHost(req, res, games, auth);
      if (!record) return;
      const report = buildReport(toReportInput(record), grading(req.query));
      if (report.summary.gradedQuestions === 0) return sendError(res, 409, "NOTHING_TO_GRADE", "This game had no question with a right answer (only polls): there is no grade to export");
      download(res, "text/csv; charset=utf-8", `${fileBase(record.game.pin, record.game.createdAt)}-${suffix}.csv`, write(report, exportLocale(req.query.locale)));
    }) satisfies RequestHandler;
  r.get("/games/:gameId/moodle.csv", gradebook("moodle", moodleCsv));
  r.get("/games/:gameId/classroom.csv", gradebook("classroom", classroomCsv));

  r.get("/games/:gameId/archive.json", async (req, res) => {
    const record = await loadAsHost(req, res, games, auth);
    if (!record) return;
    // Everything about the game except credentials (secret hashes, rejoin token hashes, device ids).
    const { hostSecretHash: _secret, ...game } = record.game;
    const archive = {
      format: "lousa-game/1",
      exportedAt: new Date().toISOString(),
      game,
      players: record.players.map(({ tokenHash: _token, deviceId: _device, ...p }) => p),
      answers: record.answers,
      report: buildReport(toReportInput(record), grading(req.query)),
    };
    download(res, "application/json; charset=utf-8", `${fileBase(record.game.pin, record.game.createdAt)}.json`, JSON.stringify(archive, null, 2));
  });

  /** The signed-in teacher's games, from any device. */
  r.get("/games/mine", requireTeacher(auth), async (_req, res) => {
    const out: GameHistoryRow[] = [];
    for (const gameId of await games.listOwnedBy(teacherOf(res).id, HISTORY_LIMIT)) {
      const record = await games.load(gameId);
      if (record) out.push(historyRow(record));
    }
    res.set("Cache-Control", "no-store").json(out);
  });

  /** Summaries of the games whose host keys this browser holds (games from before accounts, or given by a colleague). */
  r.post("/games/history", async (req, res) => {
    const body = historyBody.safeParse(req.body);
    if (!body.success) return sendError(res, 400, "INVALID_PAYLOAD", body.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    const out: GameHistoryRow[] = [];
    for (const { gameId, hostSecret } of body.data.games) {
      // The row alone decides; the whole game is read only for a key that opens it.
      const game = await games.get(gameId);
      if (!game || !secretMatches(hostSecret, game.hostSecretHash)) continue;
      const record = await games.load(gameId);
      if (record) out.push(historyRow(record));
    }
    out.sort((a, b) => b.createdAt - a.createdAt);
    res.set("Cache-Control", "no-store").json(out);
  });

  return r;
}
