import { Redis } from "ioredis";
import { startLoadBalancer } from "../helpers/load-balancer";
import { startServer, type ServerProcess } from "./server-process";

/** Redis for a several-servers bench: this machine's, a database of its own (emptied first). */
const BENCH_REDIS_URL = "redis://127.0.0.1:6379/6";

/** What the bench runs against: one server, or several behind HAProxy. */
export interface ServerSet {
  /** Where the bots and the host connect: the server, or the load balancer. */
  readonly url: string;
  readonly label: string;
  /** The server processes, whose trees' CPU and memory the bench adds up. */
  readonly pids: readonly number[];
  complaints(): string[];
  stop(): Promise<void>;
  killNow(): void;
}

/**
 * `count` = 1: one server on `databaseUrl`. More: that many servers on one PostgreSQL database and one Redis,
 * behind HAProxy with the project's configuration (deploy/haproxy.cfg, routed by the game's PIN), as the
 * README's "several servers" set-up runs them. Every server is measured; the one game runs on one of them.
 */
export async function startServerSet(count: number, databaseUrl: string, setupCode: string, players: number): Promise<ServerSet> {
  if (count === 1) {
    const server = await startServer({ databaseUrl, setupCode });
    return { url: server.url, label: "one spawned server (SERVE_WEB=false)", pids: [server.pid], complaints: () => server.complaints(), stop: () => server.stop(), killNow: () => server.killNow() };
  }
  const redis = new Redis(BENCH_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  await redis.flushdb();
  await redis.quit();
  const env = { REDIS_URL: BENCH_REDIS_URL, AUTH_SECRET: "every-bench-server-shares-this-secret-0123456789" };
  const servers: ServerProcess[] = [];
  const killAll = () => servers.forEach((s) => s.killNow());
  try {
    // One at a time: the first applies the migrations.
    for (let i = 0; i < count; i++) servers.push(await startServer({ databaseUrl, setupCode, env }));
    const balancer = await startLoadBalancer(
      servers.map((s) => Number(new URL(s.url).port)),
      // Every bot is one connection; HAProxy holds two descriptors for each, under the process's limit.
      { maxConnections: Math.min(players + 500, 9_900), productionHealthChecks: true },
    );
    return {
      url: balancer.url,
      label: `${count} servers (SERVE_WEB=false) + Redis behind HAProxy`,
      pids: servers.map((s) => s.pid),
      complaints: () => servers.flatMap((s) => s.complaints()),
      async stop() {
        await balancer.stop();
        await Promise.all(servers.map((s) => s.stop()));
      },
      killNow: killAll,
    };
  } catch (e) {
    killAll();
    throw e;
  }
}
