/**
 * The worker thread an import runs in (see import-runner.ts): it reads one file with @lousa/formats and
 * posts the ImportResult back. It runs with its own heap limit and is terminated on a timeout, so a
 * hostile file can only ever take this thread down, never the server and its live games.
 */
import { parentPort, workerData } from "node:worker_threads";
import { DEFAULTS_EN, DEFAULTS_PT, FORMAT_IDS, importBank, type FormatId } from "@lousa/formats";

export interface ImportJob {
  readonly format: FormatId;
  readonly bytes: Uint8Array;
  readonly language: "pt-BR" | "en";
}

/** workerData is ours (import-runner.ts builds it), but it crosses a thread boundary as unknown. */
export function isImportJob(value: unknown): value is ImportJob {
  if (typeof value !== "object" || value === null) return false;
  const job: { format?: unknown; bytes?: unknown; language?: unknown } = value;
  return FORMAT_IDS.some((f) => f === job.format) && job.bytes instanceof Uint8Array && (job.language === "pt-BR" || job.language === "en");
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const job: unknown = workerData;
  if (!isImportJob(job)) throw new Error("import worker: malformed job");
  const result = await importBank(job.format, job.bytes, job.language === "en" ? DEFAULTS_EN : DEFAULTS_PT);
  port.postMessage(result);
}

// A throw here reaches the parent as the worker's "error" event: the runner answers IMPORT_REFUSED.
void main();
