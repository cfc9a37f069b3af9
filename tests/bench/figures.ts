import type { WorkerReport } from "./ipc";

/** The bench's results: computed from the workers' reports, printed as a table, optionally written as JSON. */

export interface Distribution {
  readonly n: number;
  readonly p50: number | null;
  readonly p99: number | null;
  readonly max: number | null;
}

export interface ServerFigures {
  /** user+sys CPU seconds of the server's process tree while the bots joined, and during the questions. */
  readonly cpuJoinsSec: number;
  readonly cpuGameSec: number;
  /** Wall time of the questions (first open → podium): cpuGameSec / gameWallSec is the cores used. */
  readonly gameWallSec: number;
  readonly rssIdleKiB: number;
  readonly rssPeakKiB: number;
  /** (peak − idle) / players. */
  readonly rssPerPlayerKiB: number;
}

export interface QuestionFigures {
  readonly index: number;
  /** From the host's open command to the reveal push the host got (everyone answered, or the clock ran out). */
  readonly openToRevealMs: number;
  /** The host's answer count when the reveal came. */
  readonly answeredAtReveal: number;
}

export interface BenchFigures {
  readonly players: number;
  readonly workers: number;
  readonly questions: number;
  readonly joinRatePerSec: number;
  readonly db: string;
  readonly target: string;
  readonly connect: Distribution;
  readonly joinAck: Distribution;
  readonly answerAck: Distribution;
  readonly fanOut: Distribution;
  readonly joined: number;
  readonly connectFailed: number;
  readonly joinFailed: number;
  readonly joinRefused: number;
  readonly disconnects: number;
  /** Question phases that never reached a joined bot. */
  readonly questionsMissed: number;
  readonly answersSent: number;
  readonly answersAcked: number;
  readonly answersRefused: number;
  readonly answersFailed: number;
  /** Rows in the Answer table for the game; null when the database could not be read. */
  readonly answersStored: number | null;
  readonly server: ServerFigures | null;
  /** user+sys CPU seconds of all bot workers over the whole run (they share the machine with the server). */
  readonly botsCpuSec: number;
  /** The machine's 1-minute load average when the game ended (other work on the machine shows here). */
  readonly loadAverage: number;
  readonly perQuestion: readonly QuestionFigures[];
  readonly errors: Readonly<Record<string, number>>;
}

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { n: 0, p50: null, p99: null, max: null };
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? null;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? null };
}

export interface Measured {
  readonly players: number;
  readonly workers: number;
  readonly questions: number;
  readonly joinRatePerSec: number;
  readonly db: string;
  readonly target: string;
  readonly reports: readonly WorkerReport[];
  /** When the host sent the command that opened question i (epoch ms, see clock.ts). */
  readonly openSentAt: readonly number[];
  readonly answersStored: number | null;
  readonly server: ServerFigures | null;
  readonly botsCpuSec: number;
  readonly loadAverage: number;
  readonly perQuestion: readonly QuestionFigures[];
}

export function computeFigures(m: Measured): BenchFigures {
  const all = <T>(pick: (r: WorkerReport) => readonly T[]): T[] => m.reports.flatMap(pick);
  const sum = (pick: (r: WorkerReport) => number): number => m.reports.reduce((s, r) => s + pick(r), 0);
  const fanOut: number[] = [];
  for (const [index, at] of all((r) => r.questionReceived)) {
    const sent = m.openSentAt[index];
    if (sent !== undefined) fanOut.push(at - sent);
  }
  const errors: Record<string, number> = {};
  for (const r of m.reports) for (const [k, v] of Object.entries(r.errors)) errors[k] = (errors[k] ?? 0) + v;
  const joined = sum((r) => r.joinAckMs.length);
  const answersAcked = sum((r) => r.answerAckMs.length);
  return {
    players: m.players,
    workers: m.workers,
    questions: m.questions,
    joinRatePerSec: m.joinRatePerSec,
    db: m.db,
    target: m.target,
    connect: distribution(all((r) => r.connectMs)),
    joinAck: distribution(all((r) => r.joinAckMs)),
    answerAck: distribution(all((r) => r.answerAckMs)),
    fanOut: distribution(fanOut),
    joined,
    connectFailed: sum((r) => r.connectFailed),
    joinFailed: sum((r) => r.joinFailed),
    joinRefused: sum((r) => r.joinRefused),
    disconnects: sum((r) => r.disconnects),
    questionsMissed: joined * m.openSentAt.length - fanOut.length,
    answersSent: sum((r) => r.answersSent),
    answersAcked,
    answersRefused: sum((r) => r.answersRefused),
    answersFailed: sum((r) => r.answersFailed),
    answersStored: m.answersStored,
    server: m.server,
    botsCpuSec: m.botsCpuSec,
    loadAverage: m.loadAverage,
    perQuestion: m.perQuestion,
    errors,
  };
}

const msCell = (v: number | null) => (v === null ? "-" : v.toFixed(1));
const pad = (s: string, n: number) => s.padStart(n);

export function formatFigures(f: BenchFigures): string {
  const lines: string[] = [];
  lines.push(`Lousa bench: ${f.players} players in ${f.workers} worker processes, ${f.questions} questions, ${f.joinRatePerSec} joins/s, ${f.db}, ${f.target}`);
  lines.push("");
  lines.push(`${"latency (ms)".padEnd(22)}${pad("p50", 9)}${pad("p99", 9)}${pad("max", 9)}${pad("n", 8)}`);
  const row = (name: string, d: Distribution) => lines.push(`${name.padEnd(22)}${pad(msCell(d.p50), 9)}${pad(msCell(d.p99), 9)}${pad(msCell(d.max), 9)}${pad(String(d.n), 8)}`);
  row("connect (handshake)", f.connect);
  row("join ack", f.joinAck);
  row("answer ack", f.answerAck);
  row("question fan-out", f.fanOut);
  lines.push("");
  const kv = (name: string, value: string) => lines.push(`${name.padEnd(22)}${value}`);
  kv("joined", `${f.joined} of ${f.players} (connect failed ${f.connectFailed}, join failed ${f.joinFailed}, refused ${f.joinRefused})`);
  kv("disconnects", String(f.disconnects));
  kv("questions missed", `${f.questionsMissed} (question phases that never reached a joined bot)`);
  kv("answers", `sent ${f.answersSent}, acked ${f.answersAcked}, refused ${f.answersRefused}, failed ${f.answersFailed}`);
  kv("answer rows stored", f.answersStored === null ? "n/a" : `${f.answersStored} (acked ${f.answersAcked}, sent ${f.answersSent})`);
  const s = f.server;
  const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
  kv("server CPU", s ? `joins ${s.cpuJoinsSec.toFixed(2)} s (${((s.cpuJoinsSec * 1000) / Math.max(1, f.joined)).toFixed(2)} ms/join); questions ${s.cpuGameSec.toFixed(2)} s in ${s.gameWallSec.toFixed(1)} s wall (${((100 * s.cpuGameSec) / Math.max(0.001, s.gameWallSec)).toFixed(0)}% of a core)` : "n/a");
  kv("server RSS", s ? `idle ${mib(s.rssIdleKiB)}, peak ${mib(s.rssPeakKiB)}, ${s.rssPerPlayerKiB.toFixed(1)} KiB per player above idle` : "n/a");
  kv("bot workers CPU", `${f.botsCpuSec.toFixed(2)} s in all; machine load average ${f.loadAverage.toFixed(2)} at the end`);
  for (const q of f.perQuestion) kv(`question ${q.index + 1}`, `reveal ${(q.openToRevealMs / 1000).toFixed(2)} s after open, ${q.answeredAtReveal} answered by then`);
  const errors = Object.entries(f.errors);
  if (errors.length > 0) kv("errors seen", errors.map(([k, v]) => `${v}× ${k}`).join("; "));
  return lines.join("\n");
}
