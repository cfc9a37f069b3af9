import type { RosterEntry } from "@lousa/protocol";

/**
 * How many names the lobby shows as chips. A class fits whole; an auditorium of 10,000 doesn't — the
 * projector shows the count, the latest arrivals, and a search to find one student (to remove them,
 * or give them extra time) instead of 10,000 buttons no one can read or scroll.
 */
export const LOBBY_CHIPS = 100;

/** "Jõao" and "joao" are the same search: case and accents never matter. */
const fold = (text: string): string => text.normalize("NFKD").replace(/\p{M}+/gu, "").toLocaleLowerCase();

export interface LobbySample {
  readonly shown: readonly RosterEntry[];
  /** How many of the players (or of the search's matches) are not shown. */
  readonly hidden: number;
  /** Whether the roster is long enough to need a search. */
  readonly searchable: boolean;
}

/** The players the lobby shows, in join order: all of them, the latest `limit`, or a search's first matches. */
export function lobbySample(players: readonly RosterEntry[], query: string, limit = LOBBY_CHIPS): LobbySample {
  const searchable = players.length > limit;
  const wanted = fold(query.trim());
  if (!searchable || wanted === "") return { shown: players.slice(-limit), hidden: Math.max(0, players.length - limit), searchable };
  const matches = players.filter((p) => fold(p.nickname).includes(wanted));
  return { shown: matches.slice(0, limit), hidden: Math.max(0, matches.length - limit), searchable };
}
