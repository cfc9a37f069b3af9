/**
 * The worker thread an import runs in (see import-runner.ts): it tells the file's format when the upload
 * doesn't say it, reads the file with @lousa/formats and posts the answer back. It runs with its own heap
 * limit and is terminated on a timeout, so a hostile file can only ever take this thread down, never the
 * server and its live games: no part of reading an upload, not even telling its format, runs there.
 */
import { parentPort, workerData } from "node:worker_threads";
import { READY } from "./worker-ready";
import { DEFAULTS_EN, DEFAULTS_PT, detectFormat, FORMAT_IDS, importBank, type FormatId, type ImportResult } from "@lousa/formats";

export interface ImportJob {
  /** Null: the upload didn't say; the worker tells it from the content and `filename`'s extension. */
  readonly format: FormatId | null;
  /** The uploaded file's name, only for its extension. */
  readonly filename?: string;
  readonly bytes: Uint8Array;
  readonly language: "pt-BR" | "en";
}

/** What the worker posts: the file read (its format in the result), or the news that no format fits. */
export type WorkerAnswer = { readonly kind: "result"; readonly result: ImportResult } | { readonly kind: "unknown-format" };

/** workerData is ours (import-runner.ts builds it), but it crosses a thread boundary as unknown. */
export function isImportJob(value: unknown): value is ImportJob {
  if (typeof value !== "object" || value === null) return false;
  const job: { format?: unknown; filename?: unknown; bytes?: unknown; language?: unknown } = value;
  return (
    (job.format === null || FORMAT_IDS.some((f) => f === job.format)) &&
    (job.filename === undefined || typeof job.filename === "string") &&
    job.bytes instanceof Uint8Array &&
    (job.language === "pt-BR" || job.language === "en")
  );
}

async function answer(job: ImportJob): Promise<WorkerAnswer> {
  const format = job.format ?? detectFormat(job.bytes, job.filename);
  if (format === null) return { kind: "unknown-format" };
  return { kind: "result", result: await importBank(format, job.bytes, job.language === "en" ? DEFAULTS_EN : DEFAULTS_PT) };
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const job: unknown = workerData;
  if (!isImportJob(job)) throw new Error("import worker: malformed job");
  // The parsers are loaded (this module's imports): the runner starts the file's clock now.
  port.postMessage(READY);
  port.postMessage(await answer(job));
}

// A throw here reaches the parent as the worker's "error" event: the runner answers IMPORT_REFUSED.
void main();
