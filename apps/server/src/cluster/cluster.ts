import { randomBytes } from "node:crypto";
import os from "node:os";
import { createAdapter } from "@socket.io/redis-adapter";
import { Redis } from "ioredis";
import type { LeaseStore } from "@lousa/db";
import type { Clock } from "../clock";
import type { Logger } from "../logger";
import type { LousaServer } from "../realtime/types";
import { ClusterOwnership } from "./cluster-ownership";
import { HeldLeases } from "./held-leases";
import { redisLimiters, type LimiterFactory } from "./limiters";
import { pinBook } from "./pin-book";

/** The inter-server event a server sends when it needs a game another server runs. */
export const RELEASE_EVENT = "lousa:release";

/**
 * What several servers share through Redis (REDIS_URL): the Socket.IO Redis adapter (inter-server events,
 * and any server can reach any socket), PINs, and rate-limit budgets. Games are owned through leases in
 * PostgreSQL (see cluster-ownership.ts); Redis holds nothing that a restart of Redis would lose for good.
 */
export interface Cluster {
  /** This process, as lease owner: host name, pid and a random part (a restarted pid is a new owner). */
  readonly serverId: string;
  /** The leases this process holds: the repositories fence every game write with them. */
  readonly held: HeldLeases;
  readonly limiters: LimiterFactory;
  /** For the Socket.IO server's `adapter` option. */
  readonly adapter: ReturnType<typeof createAdapter>;
  /**
   * Starts owning games: renews leases, answers other servers' release requests with `letGo`, and gives
   * the registry its GameOwnership.
   */
  start(io: LousaServer, leases: LeaseStore, letGo: (gameId: string, why: "released" | "lost") => Promise<void>, clock: Clock, log: Logger): ClusterOwnership;
  close(): Promise<void>;
}

export async function openCluster(redisUrl: string, log: Logger): Promise<Cluster> {
  // Commands wait while Redis is away (ioredis queues them and reconnects); nothing here must hang a game.
  const pub = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const sub = pub.duplicate();
  const warn = (e: unknown) => log.warn({ err: e }, "redis connection problem");
  pub.on("error", warn);
  sub.on("error", warn);
  // Up at start-up: a wrong REDIS_URL fails the start, not the first game.
  await Promise.all([pub.connect(), sub.connect()]);
  const held = new HeldLeases();
  const serverId = `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  let ownership: ClusterOwnership | null = null;
  return {
    serverId,
    held,
    limiters: redisLimiters(pub),
    adapter: createAdapter(pub, sub, { key: "lousa.io" }),
    start(io, leases, letGo, clock, clusterLog) {
      io.on(RELEASE_EVENT, (gameId: unknown) => {
        // From another server of ours, but still a network message: only a string id is looked at.
        if (typeof gameId !== "string" || !held.get(gameId)) return;
        letGo(gameId, "released").catch((e: unknown) => clusterLog.error({ err: e, gameId }, "could not hand a game over"));
      });
      ownership = new ClusterOwnership({
        serverId,
        held,
        leases,
        pins: pinBook(pub),
        askRelease: (gameId) => io.serverSideEmit(RELEASE_EVENT, gameId),
        onLost: (gameId) => void letGo(gameId, "lost").catch((e: unknown) => clusterLog.error({ err: e, gameId }, "could not drop a lost game")),
        clock,
        log: clusterLog,
      });
      return ownership;
    },
    async close() {
      ownership?.stop();
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
