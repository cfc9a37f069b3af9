import type { GameFence, HeldLease } from "@lousa/db";

/**
 * The leases this process holds, by game id: what its writes are fenced with (see lease-store.ts in
 * @lousa/db). Made before the repositories are opened, since they fence every write with it.
 */
export class HeldLeases {
  private readonly byGame = new Map<string, HeldLease>();

  readonly fence: GameFence = (gameId) => this.byGame.get(gameId) ?? null;

  get(gameId: string): HeldLease | undefined {
    return this.byGame.get(gameId);
  }

  set(gameId: string, lease: HeldLease): void {
    this.byGame.set(gameId, lease);
  }

  delete(gameId: string): void {
    this.byGame.delete(gameId);
  }

  gameIds(): string[] {
    return [...this.byGame.keys()];
  }
}
