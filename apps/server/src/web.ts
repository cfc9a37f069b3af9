import path from "node:path";
import type { RequestHandler } from "express";
import next from "next";

export const WEB_DIR = path.resolve(__dirname, "..", "..", "web");

/**
 * Mounts the Next.js app in this process so one port serves pages and Socket.IO (a classroom needs one URL).
 * Next resolves its config paths against the cwd, hence the chdir.
 */
export async function createWebHandler(opts: { dev: boolean; hostname: string; port: number }): Promise<{ handler: RequestHandler; upgrade: ReturnType<ReturnType<typeof next>["getUpgradeHandler"]> }> {
  process.chdir(WEB_DIR);
  const nextApp = next({ dev: opts.dev, dir: WEB_DIR, hostname: opts.hostname, port: opts.port });
  await nextApp.prepare();
  const handle = nextApp.getRequestHandler();
  return { handler: (req, res) => void handle(req, res), upgrade: nextApp.getUpgradeHandler() };
}
