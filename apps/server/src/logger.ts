import pino, { type Logger } from "pino";

export type { Logger };

/** JSON lines; each game's lines carry its PIN (child loggers), so one class can be followed in the log. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: "lousa" } });
}
