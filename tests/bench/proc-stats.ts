import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** CPU time and resident memory of a process and its descendants, read from Linux's /proc. */

let ticksPerSecond: number | null = null;
function clockTicks(): number {
  if (ticksPerSecond === null) {
    const n = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    ticksPerSecond = Number.isFinite(n) && n > 0 ? n : 100;
  }
  return ticksPerSecond;
}

function read(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null; // the process ended meanwhile
  }
}

/** The process and every descendant still alive (children of every thread). */
export function processTree(pid: number): number[] {
  const out: number[] = [pid];
  const threads = listThreads(pid) ?? [pid];
  const kids = new Set<number>();
  for (const t of threads) for (const k of (read(`/proc/${pid}/task/${t}/children`) ?? "").trim().split(/\s+/).filter(Boolean)) kids.add(Number(k));
  for (const kid of kids) out.push(...processTree(kid));
  return out;
}

function listThreads(pid: number): number[] | null {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return null;
  }
}

/** user + system CPU seconds used so far by the tree (its live members: a child that exited is not counted). */
export function cpuSeconds(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    const stat = read(`/proc/${p}/stat`);
    if (stat === null) continue;
    // Fields after "(comm)": state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  return ticks / clockTicks();
}

/** Resident memory of the tree, KiB. */
export function rssKiB(pid: number): number {
  let kib = 0;
  for (const p of processTree(pid)) kib += Number(/VmRSS:\s+(\d+) kB/.exec(read(`/proc/${p}/status`) ?? "")?.[1] ?? 0);
  return kib;
}

export interface RssSampler {
  /** The highest RSS seen since start (KiB). */
  peak(): number;
  stop(): void;
}

/** Samples the trees' RSS (added up, several servers) every `everyMs` and keeps the peak. */
export function sampleRss(pids: readonly number[], everyMs = 100): RssSampler {
  const total = () => pids.reduce((sum, p) => sum + rssKiB(p), 0);
  let peak = total();
  const timer = setInterval(() => (peak = Math.max(peak, total())), everyMs);
  timer.unref();
  return {
    peak: () => Math.max(peak, total()),
    stop: () => clearInterval(timer),
  };
}
