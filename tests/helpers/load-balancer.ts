import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { requiredOnCi } from "./ci-requirement";
import { REPO_ROOT } from "./paths";
import { freePort } from "./spawn-server";

/** HAProxy (Debian's package; .ci/run installs it): the load balancer of the several-servers tests. */
export function haproxyForTests(): boolean {
  return requiredOnCi(spawnSync("haproxy", ["-v"], { timeout: 5000 }).status === 0, "the several-servers tests (behind a load balancer)", "haproxy is not installed (apt-get install -y haproxy)");
}

export interface LoadBalancer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts HAProxy in front of `ports`, with the configuration the README documents (deploy/haproxy.cfg):
 * routed by the `pin` query parameter with consistent hashing, health-checked every 300 ms. Resolves once
 * a request through it reaches a server.
 */
export async function startLoadBalancer(ports: readonly number[], opts: { readonly maxConnections?: number; readonly productionHealthChecks?: boolean } = {}): Promise<LoadBalancer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), "lousa-lb-"));
  const config = path.join(dir, "haproxy.cfg");
  const servers = ports.map((p, i) => `  server lousa${i + 1} 127.0.0.1:${p}`).join("\n");
  const template = (await import("node:fs")).readFileSync(path.join(REPO_ROOT, "deploy", "haproxy.cfg"), "utf8");
  writeFileSync(
    config,
    template
      .replace(/^\s*bind .*$/m, `  bind 127.0.0.1:${port}`)
      .replace(/^\s*server-template .*$/gm, servers)
      .replace(/^\s*resolvers .*$/m, "")
      .replace(/^\s*(nameserver|accepted_payload_size|hold) .*$/gm, "")
      // Tests kill servers and want them noticed at once; the bench keeps the production intervals.
      .replace(/inter \d+ms fall \d+/g, opts.productionHealthChecks ? "$&" : "inter 300ms fall 2")
      // HAProxy needs two descriptors per connection: the process's limit (often 20,000 here) caps it.
      .replace(/maxconn \d+/g, `maxconn ${opts.maxConnections ?? 2000}`),
  );
  const child: ChildProcess = spawn("haproxy", ["-f", config, "-db"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  // Ready when a health request goes through it (HAProxy has no "ready" line to wait for).
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`haproxy exited:\n${out}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 100) throw new Error(`haproxy not forwarding after 10 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill("SIGKILL");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
