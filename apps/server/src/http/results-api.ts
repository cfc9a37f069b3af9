import { Router } from "express";
import { z } from "zod";
import type { GameRecord, GameRepository } from "@lousa/db";
import type { GameHistoryRow } from "@lousa/protocol";
import type { Auth } from "../auth/auth";
import { requireTeacher, teacherOf } from "../auth/teacher-session";
import { buildReport } from "@lousa/reports";
import { toReportInput } from "../reports/report-input";
import { secretMatches } from "../secrets";
import { loadAsHost, sendError } from "./host-auth";
import { download, fileBase, grading, resultsRoutes, type ResultsLoader } from "./results-routes";

const historyBody = z.strictObject({
  games: z.array(z.strictObject({ gameId: z.string().min(1).max(64), hostSecret: z.string().min(16).max(128) })).max(100),
});

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

/** Results, reports and exports of past games: the hosting teacher's session or the game's host key (see loadAsHost). */
export function resultsRouter(games: GameRepository, auth: Auth): Router {
  const r = Router();
  const loadGame: ResultsLoader = async (req, res) => {
    const record = await loadAsHost(req, res, games, auth);
    return record ? { input: toReportInput(record), fileBase: fileBase(record.game.pin, record.game.createdAt), extraSheets: () => [] } : null;
  };
  r.use(resultsRoutes("/games/:gameId", loadGame));

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
