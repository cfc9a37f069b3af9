/**
 * npm run bench -- [--players 1000] [--workers 2] [--questions 3] [--join-rate 100] [--db sqlite|postgresql]
 *                  [--url BASE_URL [--database-url URL] [--setup-code CODE]] [--json FILE]
 *
 * The coordinator. Starts a real server (server-process.ts; or uses --url), signs in as a teacher, creates a
 * game of single-choice 10 s questions, forks K bot workers (bot-worker.ts) that join N players at a steady
 * rate, runs the questions as the host (open → everyone answered or the clock ran out → reveal → leaderboard
 * → next; then the podium), collects the bots' timings over IPC, reads the stored answers from the database,
 * and prints the figures (figures.ts). It asserts nothing; it exits non-zero only when the bench could not run.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { cleanUp, installSignalHandlers, interrupted, onCleanup } from "./cleanup";
import { now } from "./clock";
import { createDatabase, storedAnswers } from "./database";
import { computeFigures, formatFigures, type QuestionFigures, type ServerFigures } from "./figures";
import { benchBank, BenchHost, createBank } from "./host";
import { parseOptions, USAGE, type BenchOptions } from "./options";
import { cpuSeconds, rssKiB, sampleRss } from "./proc-stats";
import { startServerSet, type ServerSet } from "./server-set";
import { signInTeacher } from "./teacher";
import type { BenchPhase } from "./wire";
import { startWorkers } from "./worker-pool";

const TIME_LIMIT_SEC = 10;
const ANSWER_WITHIN_MS = 8_000;
/** Guards against a server that never moves on; the reveal normally comes within the time limit. */
const REVEAL_GUARD_MS = (TIME_LIMIT_SEC + 30) * 1000;

function databaseKind(url: string | null): string {
  if (url === null) return "database unknown (no --database-url)";
  if (url.startsWith("file:")) return "sqlite";
  return /^postgres(ql)?:/.test(url) ? "postgresql" : "database unknown";
}

async function main(): Promise<void> {
  let opts: BenchOptions | null;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
    return;
  }
  if (opts === null) {
    console.log(USAGE);
    return;
  }
  installSignalHandlers();

  let server: ServerSet | null = null;
  let databaseUrl = opts.databaseUrl;
  if (opts.url === null) {
    const db = await createDatabase(opts.db);
    onCleanup("drop the database", () => db.drop());
    databaseUrl = db.url;
    const started = await startServerSet(opts.servers, db.url, opts.setupCode, opts.players);
    server = started;
    onCleanup("stop the servers", () => started.stop(), () => started.killNow());
  }
  const url = opts.url ?? server?.url ?? "";
  const target = server ? `${server.label}, pid ${server.pids.join(", ")}, at ${url}` : `external server ${url}`;
  console.log(`bench: ${target}; ${opts.players} players, ${opts.workers} workers`);

  const cookie = await signInTeacher(url, opts.setupCode);
  const bankId = await createBank(url, cookie, benchBank(opts.questions, TIME_LIMIT_SEC));
  const host = await BenchHost.create(url, cookie, bankId, TIME_LIMIT_SEC);
  onCleanup("close the host", async () => host.close());
  console.log(`bench: game ${host.pin} created; forking ${opts.workers} bot workers`);

  const pool = await startWorkers(opts.workers);
  onCleanup("stop the bot workers", () => pool.stop(), () => pool.killNow());

  const pids = server?.pids ?? [];
  const cpu = () => pids.reduce((sum, p) => sum + cpuSeconds(p), 0);
  const rssIdle = pids.reduce((sum, p) => sum + rssKiB(p), 0);
  const rss = pids.length === 0 ? null : sampleRss(pids);
  const cpuAtStart = cpu();

  const startAt = now() + 250;
  for (let i = 0; i < pool.size; i++) {
    pool.send(i, { type: "join", url, pin: host.pin, workerIndex: i, workers: pool.size, players: opts.players, startAt, intervalMs: 1000 / opts.joinRate, answerWithinMs: ANSWER_WITHIN_MS });
  }
  const joined = await pool.collect("joined");
  const joinedOk = joined.reduce((s, j) => s + j.ok, 0);
  console.log(`bench: ${joinedOk} of ${opts.players} joined in ${((now() - startAt) / 1000).toFixed(1)} s; playing ${opts.questions} questions`);
  const cpuAfterJoins = cpu();

  const openSentAt: number[] = [];
  const perQuestion: QuestionFigures[] = [];
  const gameStart = now();
  for (let q = 0; q < opts.questions; q++) {
    const reveal = host.nextPhase((p) => p.kind === "reveal" && p.index === q, REVEAL_GUARD_MS);
    // Open question q: "start" from the lobby, "next" from the leaderboard (or whatever screen comes between).
    let phase: BenchPhase;
    let sentAt: number;
    let steps = 0;
    do {
      sentAt = now();
      phase = await host.phaseCommand(q === 0 && steps === 0 ? "host:start" : "host:next");
      if (++steps > 5) throw new Error(`question ${q + 1} did not open (the host got "${phase.kind}")`);
    } while (!(phase.kind === "question" && phase.index === q));
    openSentAt[q] = sentAt;
    try {
      await reveal;
    } catch {
      console.error(`bench: no reveal of question ${q + 1} reached the host after ${REVEAL_GUARD_MS / 1000} s; ending it`);
      // Refused when the question did close and only the push went missing: the game goes on either way.
      await host.phaseCommand("host:endQuestion").catch((e: unknown) => console.error(`bench: ${e instanceof Error ? e.message : String(e)}`));
    }
    perQuestion.push({ index: q, openToRevealMs: now() - sentAt, answeredAtReveal: host.answered() });
    console.log(`bench: question ${q + 1} revealed ${((now() - sentAt) / 1000).toFixed(2)} s after open (${host.answered()} answered)`);
  }
  for (let steps = 0; ; steps++) {
    const phase = await host.phaseCommand("host:next");
    if (phase.kind === "podium") break;
    if (steps >= 5) throw new Error(`no podium after the last question (the host got "${phase.kind}")`);
  }
  const gameWallSec = (now() - gameStart) / 1000;
  const cpuAfterGame = cpu();

  pool.broadcast({ type: "report" });
  const reports = await pool.collect("report");
  const botsCpuSec = pool.pids.reduce((sum, p) => sum + cpuSeconds(p), 0);
  let serverFigures: ServerFigures | null = null;
  if (rss !== null) {
    const peak = rss.peak();
    rss.stop();
    serverFigures = {
      cpuJoinsSec: cpuAfterJoins - cpuAtStart,
      cpuGameSec: cpuAfterGame - cpuAfterJoins,
      gameWallSec,
      rssIdleKiB: rssIdle,
      rssPeakKiB: peak,
      rssPerPlayerKiB: (peak - rssIdle) / opts.players,
    };
  }
  let stored: number | null = null;
  if (databaseUrl !== null) {
    try {
      stored = await storedAnswers(databaseUrl, host.gameId);
    } catch (e) {
      console.error(`bench: could not count the stored answers: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const figures = computeFigures({
    players: opts.players,
    workers: opts.workers,
    questions: opts.questions,
    joinRatePerSec: opts.joinRate,
    db: opts.url === null ? opts.db : databaseKind(databaseUrl),
    target: server ? server.label : `--url ${url}`,
    reports,
    openSentAt,
    answersStored: stored,
    server: serverFigures,
    botsCpuSec,
    loadAverage: os.loadavg()[0] ?? 0,
    perQuestion,
  });
  console.log(`\n${formatFigures(figures)}`);
  if (opts.json !== null) {
    writeFileSync(opts.json, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`\nbench: figures written to ${opts.json}`);
  }
  const complaints = server?.complaints() ?? [];
  if (complaints.length > 0) {
    console.log(`\nserver logged ${complaints.length} warning/error line(s); the first ones:`);
    for (const line of complaints.slice(0, 10)) console.log(`  ${line.slice(0, 400)}`);
  }
}

main()
  .then(() => cleanUp())
  .catch(async (e: unknown) => {
    if (interrupted()) return; // the signal handler cleans up and exits
    console.error("bench: could not run:", e instanceof Error ? (e.stack ?? e.message) : e);
    await cleanUp();
    process.exitCode = 1;
  })
  .finally(() => process.exit());
