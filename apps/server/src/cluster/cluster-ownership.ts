import type { LeaseStore } from "@lousa/db";
import type { Cancel, Clock } from "../clock";
import type { GameOwnership } from "../game/game-ownership";
import type { Logger } from "../logger";
import type { HeldLeases } from "./held-leases";

/** A lease lasts this long unless renewed: a server that dies has its games claimed within it. */
export const LEASE_TTL_MS = 5000;
/** Renewed this often: three chances before it expires. */
export const LEASE_RENEW_MS = 1500;

export interface ClusterOwnershipDeps {
  readonly serverId: string;
  readonly held: HeldLeases;
  readonly leases: LeaseStore;
  readonly pins: { reserve(pin: string, gameId: string): Promise<boolean>; free(pin: string, gameId: string): Promise<void> };
  /** Asks the other servers to let a game go (a Socket.IO inter-server event through Redis). */
  readonly askRelease: (gameId: string) => void;
  /** This server lost a game's lease (it was too slow to renew it, and another server claimed it). */
  readonly onLost: (gameId: string) => void;
  readonly clock: Clock;
  readonly log: Logger;
}

/**
 * GameOwnership for several servers: leases in PostgreSQL (fenced writes, the database's clock),
 * PINs and release requests through Redis. Renews this server's leases every LEASE_RENEW_MS.
 */
export class ClusterOwnership implements GameOwnership {
  private cancelRenew: Cancel | null = null;
  private stopped = false;

  constructor(private readonly deps: ClusterOwnershipDeps) {
    this.scheduleRenew();
  }

  async claim(gameId: string): Promise<boolean> {
    const lease = await this.deps.leases.claim(gameId, this.deps.serverId, LEASE_TTL_MS);
    if (lease) this.deps.held.set(gameId, lease);
    return lease !== null;
  }

  requestRelease(gameId: string): void {
    this.deps.askRelease(gameId);
  }

  async release(gameId: string): Promise<void> {
    const lease = this.deps.held.get(gameId);
    if (!lease) return;
    this.deps.held.delete(gameId);
    await this.deps.leases.release(gameId, lease);
  }

  reservePin(pin: string, gameId: string): Promise<boolean> {
    return this.deps.pins.reserve(pin, gameId);
  }

  freePin(pin: string, gameId: string): Promise<void> {
    return this.deps.pins.free(pin, gameId);
  }

  /** Stops renewing (shutdown); the leases expire, or were released, by then. */
  stop(): void {
    this.stopped = true;
    this.cancelRenew?.();
    this.cancelRenew = null;
  }

  /** Renews every held lease once; a lease found lost is dropped, and its game let go. */
  async renew(): Promise<void> {
    const ids = this.deps.held.gameIds();
    if (ids.length === 0) return;
    const kept = await this.deps.leases.renew(this.deps.serverId, ids, LEASE_TTL_MS);
    for (const id of ids) {
      // Still held unless renewal found it gone (released meanwhile is fine: it is no longer in `held`).
      if (kept.has(id) || !this.deps.held.get(id)) continue;
      this.deps.held.delete(id);
      this.deps.log.warn({ gameId: id }, "lost a game's lease to another server");
      this.deps.onLost(id);
    }
  }

  private scheduleRenew(): void {
    if (this.stopped) return;
    this.cancelRenew = this.deps.clock.schedule(() => {
      this.renew().then(
        () => this.scheduleRenew(),
        (e: unknown) => {
          // The database is unreachable: keep trying; if it stays so, the leases expire and the writes fail anyway.
          this.deps.log.error({ err: e }, "could not renew game leases");
          this.scheduleRenew();
        },
      );
    }, LEASE_RENEW_MS);
  }
}
