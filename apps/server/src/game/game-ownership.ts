/**
 * Which server process runs each live game, when several share one PostgreSQL database (the Redis-backed
 * implementation is apps/server/src/cluster/cluster-ownership.ts). A lone server has none: it runs every
 * game, restores them all on start, and its PINs need only be unique in its own memory.
 */
export interface GameOwnership {
  /** Claims a game for this process; false while another live process runs it. */
  claim(gameId: string): Promise<boolean>;
  /** Asks whichever process runs the game to let it go (best effort: an owner that died lets it expire). */
  requestRelease(gameId: string): void;
  /** Lets a game this process runs go at once, so another server can claim it without waiting. */
  release(gameId: string): Promise<void>;
  /** Reserves a PIN for a new game across every server; false if some server's live game has it. */
  reservePin(pin: string, gameId: string): Promise<boolean>;
  /** Frees a PIN once its game is let go for good (only if it is still this game's). */
  freePin(pin: string, gameId: string): Promise<void>;
}

/** Why a PIN leads to no game on this server. */
export type Unreachable =
  /** No live game has it, anywhere. */
  | "GAME_NOT_FOUND"
  /** A live game runs elsewhere, and this connection was not routed by its PIN: reconnect with the PIN. */
  | "WRONG_SERVER"
  /** The game's last server is still holding it (or just died and its lease has not expired yet). */
  | "GAME_MOVING";
