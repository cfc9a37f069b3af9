/**
 * npm run bench [-- --players 1000 --questions 3]
 * Starts the real server (child process, production mode, fresh SQLite file), connects N real
 * socket.io clients, and prints figures: join and answer ack latencies, time from the last answer to
 * the reveal on the host, answer rows stored, server memory. Prints; asserts nothing (no flaky timing tests).
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Ack } from "@lousa/protocol";
import { call, connect, must, next, type TestSocket } from "../helpers/clients";
import { spawnServer } from "../helpers/spawn-server";
import { signInTeacher } from "../helpers/teacher";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Resident memory of a process and its children (tsx runs the server in a child of its CLI). */
function rssMb(pid: number | undefined): string {
  if (!pid) return "?";
  const tree = (p: number): number[] => {
    try {
      const kids = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
      return [p, ...kids.flatMap(tree)];
    } catch {
      return [p];
    }
  };
  let kb = 0;
  for (const p of tree(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // the process ended between the two reads
    }
  }
  return `${(kb / 1024).toFixed(0)} MB`;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

async function inBatches<T>(n: number, size: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += size) out.push(...(await Promise.all(Array.from({ length: Math.min(size, n - i) }, (_, j) => fn(i + j)))));
  return out;
}

async function main(): Promise<void> {
  const players = arg("players", 1000);
  const questions = arg("questions", 3);
  const server = await spawnServer({ env: { LOG_LEVEL: "warn", SETUP_CODE: "BENCHSETUP1" } });
  const pid = server.process.pid;
  console.log(`Lousa bench: ${players} players, ${questions} questions, server pid ${pid} (idle RSS ${rssMb(pid)})`);
  try {
    const host = await connect(server.url, { cookie: await signInTeacher(server.url, "BENCHSETUP1") });
    const created = await must(host, "host:create", { bankId: "docker", settings: { pointsMode: "standard", timeLimitSec: 120 } });

    const sockets: TestSocket[] = await inBatches(players, 200, () => connect(server.url));
    const joinTimes: number[] = [];
    const [, joinWall] = await timed(() =>
      inBatches(players, 200, async (i) => {
        const [, t] = await timed(() => must(sockets[i]!, "player:join", { pin: created.pin, nickname: `p${i}` }));
        joinTimes.push(t);
      }),
    );
    console.log(`join   : ${players} in ${ms(joinWall)}; ack p50 ${ms(pct(joinTimes, 50))}, p95 ${ms(pct(joinTimes, 95))}, p99 ${ms(pct(joinTimes, 99))}; server RSS ${rssMb(pid)}`);

    for (let q = 0; q < questions; q++) {
      const opened = next(sockets[players - 1]!, "game:phase", (v) => v.kind === "question" && v.index === q, 60_000);
      await must(host, q === 0 ? "host:start" : "host:next", {});
      await opened;
      const reveal = next(host, "game:phase", (v) => v.kind === "reveal", 120_000);
      const answerTimes: number[] = [];
      let refused = 0;
      const [, answerWall] = await timed(() =>
        Promise.all(
          sockets.map(async (s, i) => {
            const [r, t] = await timed(() => call(s, "player:answer", { questionIndex: q, choices: [i % 2] }));
            if (!(r as Ack<unknown>).ok) refused++;
            answerTimes.push(t);
          }),
        ),
      );
      const [, revealWait] = await timed(() => reveal);
      console.log(
        `q${q + 1}     : ${players} answers in ${ms(answerWall)}; ack p50 ${ms(pct(answerTimes, 50))}, p95 ${ms(pct(answerTimes, 95))}, p99 ${ms(pct(answerTimes, 99))}; refused ${refused}; reveal ${ms(revealWait)} after the last ack; RSS ${rssMb(pid)}`,
      );
      await must(host, "host:next", {}); // leaderboard
    }
    const csv = await fetch(`${server.url}/api/games/${created.gameId}/results.csv`, { headers: { authorization: `Bearer ${created.hostSecret}` } });
    const rows = (await csv.text()).trim().split("\r\n").length - 1;
    console.log(`results: CSV has ${rows} player rows (expected ${players})`);
    for (const s of [host, ...sockets]) s.disconnect();
  } finally {
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
