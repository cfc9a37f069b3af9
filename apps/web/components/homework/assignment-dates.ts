import { ASSIGNMENT_LIMITS } from "@lousa/game";

/** The default window: open now, due in a week. */
export const DEFAULT_OPEN_DAYS = 7;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant as a `datetime-local` field shows it: the device's own time zone, to the minute. */
export function toLocalInput(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value back to epoch ms (read in the device's time zone); null when empty or not a date. */
export function fromLocalInput(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : null;
}

/** The first window the form offers: from this minute to the same time a week later. */
export function defaultWindow(now: number): { opens: string; closes: string } {
  return { opens: toLocalInput(now), closes: toLocalInput(now + DEFAULT_OPEN_DAYS * DAY_MS) };
}

/** The server's rule for a window (assignmentCreateSchema), checked before sending. */
export function windowFits(opensAt: number, closesAt: number): boolean {
  const span = closesAt - opensAt;
  return span >= ASSIGNMENT_LIMITS.minOpenMinutes * 60_000 && span <= ASSIGNMENT_LIMITS.maxOpenDays * DAY_MS;
}
