import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { defaultLogFormat, type LogFormat } from "./env";

export type { Logger };

/**
 * Each game's lines carry its PIN (child loggers), so one class can be followed in the log.
 * "pretty": one readable line per event for a teacher watching the terminal; "json": JSON lines for files,
 * pipes, containers and log collectors. The format defaults to what env.ts detects (a TTY gets pretty lines).
 */
export function createLogger(level: string, format: LogFormat = defaultLogFormat()): Logger {
  const options = { level, base: { app: "lousa" } };
  if (format === "json") return pino(options);
  // In-process and synchronous (not a worker transport): the "shutting down" line must be on screen before
  // the process exits, and a terminal's volume of lines costs nothing.
  // Colours follow pino-pretty's own detection (a terminal, NO_COLOR, FORCE_COLOR).
  return pino(options, pretty({ sync: true, singleLine: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,app" }));
}
