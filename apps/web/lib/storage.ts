"use client";

/** What each device keeps so a reload brings it back: a player's rejoin token, a host's secret. */
export interface PlayerSeat {
  readonly pin: string;
  readonly rejoinToken: string;
  readonly nickname: string;
  /** When the seat was saved (ms since 1970); null for a seat stored before seats had a date. */
  readonly savedAt: number | null;
}
/** What a join gives the phone to keep; the date is stamped when it is saved. */
export type NewPlayerSeat = Omit<PlayerSeat, "savedAt">;
export interface HostSeat {
  readonly pin: string;
  readonly gameId: string;
  readonly hostSecret: string;
}

/** A random id for this browser: the server uses it to keep a kicked device from rejoining under a new name. */
export function deviceId(): string {
  const key = "lousa:device";
  let id = window.localStorage.getItem(key);
  if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    id = btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    window.localStorage.setItem(key, id);
  }
  return id;
}

const PLAYER_PREFIX = "lousa:player:";
const playerKey = (pin: string) => `${PLAYER_PREFIX}${pin}`;
/**
 * A seat outlives its game (its token opens the review of a finished game), so seats would pile up, one
 * per game played on the phone. A week covers "look at it again at home"; older ones go when a new one is
 * saved.
 */
export const SEAT_KEPT_MS = 7 * 24 * 60 * 60 * 1000;
const hostKey = (pin: string) => `lousa:host:${pin}`;

function read(key: string): Record<string, unknown> | null {
  try {
    const raw = window.localStorage.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function loadPlayerSeat(pin: string): PlayerSeat | null {
  const v = read(playerKey(pin));
  if (!v || typeof v.rejoinToken !== "string" || typeof v.nickname !== "string") return null;
  const savedAt = typeof v.savedAt === "number" && Number.isFinite(v.savedAt) ? v.savedAt : null;
  return { pin, rejoinToken: v.rejoinToken, nickname: v.nickname, savedAt };
}
/** Keeps the seat of a game just joined (replacing any seat of an older game under the same PIN), and lets seats older than SEAT_KEPT_MS go. */
export function savePlayerSeat(seat: NewPlayerSeat, now: number = Date.now()): void {
  prunePlayerSeats(now, seat.pin);
  // A fresh join has sent nothing yet: answers still kept under this PIN belong to an older game that had it.
  forgetPendingAnswers(seat.pin);
  const kept: PlayerSeat = { pin: seat.pin, rejoinToken: seat.rejoinToken, nickname: seat.nickname, savedAt: now };
  window.localStorage.setItem(playerKey(seat.pin), JSON.stringify(kept));
}
/** Forgets every seat saved more than SEAT_KEPT_MS before `now` (an undated one counts as old), except `keepPin`'s. */
function prunePlayerSeats(now: number, keepPin: string): void {
  const pins: string[] = [];
  for (let i = 0; i < window.localStorage.length; i++) {
    const key = window.localStorage.key(i);
    if (key?.startsWith(PLAYER_PREFIX)) pins.push(key.slice(PLAYER_PREFIX.length));
  }
  // Collected first: removing while walking the keys would shift their indexes.
  for (const pin of pins) {
    if (pin === keepPin) continue;
    const savedAt = loadPlayerSeat(pin)?.savedAt ?? null;
    if (savedAt === null || now - savedAt > SEAT_KEPT_MS) forgetPlayerSeat(pin);
  }
}
export function forgetPlayerSeat(pin: string): void {
  window.localStorage.removeItem(playerKey(pin));
  forgetPendingAnswers(pin);
}

/**
 * An answer tapped but not yet acknowledged by the server. Kept on the device (one key per pin and
 * question) so that a phone reloaded or reopened while offline still sends it when it is back.
 */
export interface PendingAnswer {
  readonly questionIndex: number;
  /** Empty for a typed answer (type-answer questions have no options to point at). */
  readonly choices: readonly number[];
  /** What the student typed, for a type-answer question; absent for every other kind. */
  readonly text?: string;
  /** The value picked, for a slider question; absent for every other kind. */
  readonly value?: number;
}
const ANSWER_PREFIX = (pin: string) => `lousa:answer:${pin}:`;

const isIndex = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;

export function savePendingAnswer(pin: string, answer: PendingAnswer): void {
  try {
    window.localStorage.setItem(`${ANSWER_PREFIX(pin)}${answer.questionIndex}`, JSON.stringify(answer.value !== undefined ? { choices: [], value: answer.value } : answer.text === undefined ? { choices: answer.choices } : { choices: [], text: answer.text }));
  } catch {
    // Storage full or refused (private mode): the answer is still kept in memory for this page.
  }
}

export function forgetPendingAnswer(pin: string, questionIndex: number): void {
  window.localStorage.removeItem(`${ANSWER_PREFIX(pin)}${questionIndex}`);
}

/** Drops every answer kept for `pin` (its game is over, or the PIN now belongs to another game). */
export function forgetPendingAnswers(pin: string): void {
  for (const a of loadPendingAnswers(pin)) forgetPendingAnswer(pin, a.questionIndex);
}

/** Every answer of this game still waiting on this device, whatever question it was for. */
export function loadPendingAnswers(pin: string): PendingAnswer[] {
  const prefix = ANSWER_PREFIX(pin);
  const found: PendingAnswer[] = [];
  for (let i = 0; i < window.localStorage.length; i++) {
    const key = window.localStorage.key(i);
    if (!key?.startsWith(prefix)) continue;
    const questionIndex = Number(key.slice(prefix.length));
    const kept = read(key);
    const choices = kept?.choices;
    const text = kept?.text;
    const value = kept?.value;
    if (!isIndex(questionIndex)) continue;
    if (typeof value === "number" && Number.isFinite(value)) found.push({ questionIndex, choices: [], value });
    else if (typeof text === "string" && text.trim() !== "") found.push({ questionIndex, choices: [], text });
    else if (Array.isArray(choices) && choices.length > 0 && choices.every(isIndex)) found.push({ questionIndex, choices });
  }
  return found.sort((a, b) => a.questionIndex - b.questionIndex);
}

export function loadHostSeat(pin: string): HostSeat | null {
  const v = read(hostKey(pin));
  return v && typeof v.hostSecret === "string" && typeof v.gameId === "string" ? { pin, gameId: v.gameId, hostSecret: v.hostSecret } : null;
}
export function saveHostSeat(seat: HostSeat): void {
  window.localStorage.setItem(hostKey(seat.pin), JSON.stringify(seat));
  rememberGame({ gameId: seat.gameId, hostSecret: seat.hostSecret });
}

/** Every game this browser hosted: the teacher's history (results need the host secret). */
export interface HostedGame {
  readonly gameId: string;
  readonly hostSecret: string;
}
const GAMES_KEY = "lousa:games";

export function hostedGames(): HostedGame[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(GAMES_KEY) ?? "[]");
    return Array.isArray(value)
      ? value.filter((g): g is HostedGame => typeof g === "object" && g !== null && typeof g.gameId === "string" && typeof g.hostSecret === "string")
      : [];
  } catch {
    return [];
  }
}

function rememberGame(game: HostedGame): void {
  const games = hostedGames().filter((g) => g.gameId !== game.gameId);
  window.localStorage.setItem(GAMES_KEY, JSON.stringify([game, ...games].slice(0, 200)));
}

export function hostSecretFor(gameId: string): string | null {
  return hostedGames().find((g) => g.gameId === gameId)?.hostSecret ?? null;
}
