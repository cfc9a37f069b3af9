/**
 * `npm start`: builds the web app if its sources changed, then runs the server in this same process.
 * One process from npm down (npm runs it with `exec`, no shell left in between), so the SIGTERM that npm,
 * Docker or a service manager sends, or a Ctrl-C, reaches the server's own shutdown handlers.
 */
import { ensureWebBuild } from "./ensure-web-build";

async function start(): Promise<void> {
  // The launcher is for running the product; read by the server and by Next when they load below.
  // (Next's types declare NODE_ENV read-only, hence Object.assign.)
  Object.assign(process.env, { NODE_ENV: "production" });
  // No pages served, no pages to build (SERVE_WEB=false: API and Socket.IO only).
  if (process.env.SERVE_WEB !== "false") await ensureWebBuild();
  // Imported, not spawned: the server installs its SIGTERM/SIGINT handlers in this process.
  await import("../apps/server/src/main");
}

start().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
