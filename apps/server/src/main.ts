import { BUILT_IN_BANKS } from "@lousa/banks";
import { migrateDatabase, openRepositories, providerOf, seedBanks } from "@lousa/db";
import { openCluster, type Cluster } from "./cluster/cluster";
import { createApp } from "./app";
import { createAuth } from "./auth/auth";
import { loadAuthSecret } from "./auth/auth-secret";
import { systemClock } from "./clock";
import { readEnv } from "./env";
import { baseUrlFor } from "./join-url";
import { createLogger } from "./logger";
import { createWebHandler } from "./web";

const SHUTDOWN_LIMIT_MS = 8000;

/** The one file with side effects: environment → database → app → listen. */
async function main(): Promise<void> {
  const env = readEnv();
  const log = createLogger(env.logLevel, env.logFormat);
  // Several servers share games through Redis and PostgreSQL: each one's SQLite file would be its own world.
  if (env.redisUrl && providerOf(env.databaseUrl) !== "postgresql") throw new Error("REDIS_URL (several servers) needs DATABASE_URL to be a postgresql:// database shared by all of them");
  // Each server would otherwise generate its own key: a teacher signed in on one would be a stranger to the others.
  if (env.redisUrl && !env.authSecret) throw new Error("REDIS_URL (several servers) needs AUTH_SECRET, the same on every server, so teachers' sessions hold on all of them");
  // Several servers may start together: PostgreSQL's migrations take an advisory lock, so one applies them.
  await migrateDatabase(env.databaseUrl);
  const cluster: Cluster | null = env.redisUrl ? await openCluster(env.redisUrl, log.child({ part: "cluster" })) : null;
  const repos = await openRepositories(env.databaseUrl, cluster ? { fence: cluster.held.fence } : {});
  const seeded = await seedBanks(repos.banks, BUILT_IN_BANKS);
  log.info({ seeded }, "database ready");

  const web = env.serveWeb ? await createWebHandler({ dev: !env.production, hostname: env.host, port: env.port }) : null;
  let port = env.port;
  const auth = createAuth({
    database: repos.auth,
    secret: loadAuthSecret(env.authSecret, env.authSecretFile),
    allowedOrigins: env.allowedOrigins,
    publicOrigin: env.publicUrl ? new URL(env.publicUrl).origin : null,
    baseURL: env.publicUrl ?? `http://localhost:${env.port}`,
    log: log.child({ part: "auth" }),
    secureCookies: env.publicUrl?.startsWith("https://") === true,
  });
  const app = createApp({
    auth,
    repos,
    clock: systemClock,
    log,
    version: env.version,
    baseUrl: () => baseUrlFor(env.publicUrl, port),
    allowedOrigins: env.allowedOrigins,
    trustProxy: env.trustProxy,
    securityHeaders: env.production,
    ...(env.setupCode ? { setupCode: env.setupCode } : {}),
    allowedHosts: env.allowedHosts,
    publicOrigin: env.publicUrl ? new URL(env.publicUrl).origin : null,
    ...(web ? { web: web.handler } : {}),
    ...(cluster && repos.leases ? { cluster: { cluster, leases: repos.leases } } : {}),
  });
  if (web && !env.production) {
    app.httpServer.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/socket.io/")) void web.upgrade(req, socket, head);
    });
  }
  const restored = await app.registry.restoreAll();
  if (restored.restored + restored.closed > 0) log.info(restored, "unfinished games restored");
  await new Promise<void>((resolve) => app.httpServer.listen(env.port, env.host, resolve));
  const address = app.httpServer.address();
  if (address && typeof address === "object") port = address.port;
  log.info({ port, joinUrl: baseUrlFor(env.publicUrl, port), ...(cluster ? { serverId: cluster.serverId } : {}) }, "Lousa is ready");
  console.log(`\n  Lousa is running.\n  Teacher (this computer): http://localhost:${port}/host\n  Students' phones:        ${baseUrlFor(env.publicUrl, port)}\n`);
  if (await app.needsSetup()) console.log(`  First teacher account: setup code ${app.setupCode} (asked once, when the account is created)\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: flushing writes");
    // Docker sends SIGKILL 10 s after SIGTERM: a stuck write must not turn a clean stop into that.
    // What was acknowledged is already stored, so exiting early loses nothing.
    setTimeout(() => {
      log.error("shutdown took too long: exiting");
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    await app.close();
    await cluster?.close();
    await repos.close();
    process.exit(0);
  };
  // Last line of defence: one failed promise must never take every live game in the process down.
  process.on("unhandledRejection", (reason) => log.error({ err: reason }, "unhandled rejection"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
