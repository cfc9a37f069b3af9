/**
 * Builds the Next.js web app only when its inputs changed since the last successful build, so restarting the
 * server mid-class costs seconds, not a full `next build`. The inputs' hash is stored next to the build
 * (apps/web/.next/lousa-build-hash) and written only after a build succeeds.
 *
 *   node --import tsx scripts/ensure-web-build.ts           build if changed (npm start, npm test)
 *   node --import tsx scripts/ensure-web-build.ts --force   always build (npm run build)
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..");
export const STAMP_FILE = "lousa-build-hash";

/** Generated or irrelevant to the bundle: hashing them would force a rebuild after every build or test run. */
const SKIPPED_DIRS = new Set(["node_modules", ".next", "generated"]);
const SKIPPED_FILE = /(^next-env\.d\.ts$|\.tsbuildinfo$|\.test\.tsx?$)/;

interface PackageJson {
  readonly name?: string;
  readonly dependencies?: Record<string, string>;
}

function readPackage(dir: string): PackageJson {
  return JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as PackageJson;
}

/** apps/web and every workspace package it imports, directly or through another one (Next compiles their source). */
function webInputDirs(root: string): string[] {
  const byName = new Map<string, string>();
  for (const group of ["packages", "apps"]) {
    const groupDir = path.join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir, { withFileTypes: true })) {
      const dir = path.join(groupDir, entry.name);
      if (!entry.isDirectory() || !existsSync(path.join(dir, "package.json"))) continue;
      const name = readPackage(dir).name;
      if (name) byName.set(name, dir);
    }
  }
  const webDir = path.join(root, "apps", "web");
  const seen = new Set<string>([webDir]);
  const queue = [webDir];
  for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) {
    for (const dep of Object.keys(readPackage(dir).dependencies ?? {})) {
      const depDir = byName.get(dep);
      if (depDir && !seen.has(depDir)) {
        seen.add(depDir);
        queue.push(depDir);
      }
    }
  }
  return [...seen];
}

function listFiles(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") && entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) listFiles(full, out);
    } else if (entry.isFile() && !SKIPPED_FILE.test(entry.name)) {
      out.push(full);
    }
  }
}

/**
 * Hash of everything that shapes the built web app: its sources and config, the workspace packages it imports,
 * the shared TypeScript base config, the lockfile (Next's and every library's exact version) and the
 * NEXT_PUBLIC_* variables Next inlines into the bundle.
 */
export function webInputsHash(root: string = REPO_ROOT, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const files: string[] = [];
  for (const dir of webInputDirs(root)) listFiles(dir, files);
  for (const name of ["package-lock.json", "tsconfig.base.json"]) {
    const file = path.join(root, name);
    if (existsSync(file)) files.push(file);
  }
  const hash = createHash("sha256");
  for (const file of files.map((f) => path.relative(root, f).split(path.sep).join("/")).sort()) {
    const content = readFileSync(path.join(root, file));
    // Length-prefixed, so no two different trees can produce the same byte stream.
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  for (const key of Object.keys(env).filter((k) => k.startsWith("NEXT_PUBLIC_")).sort()) hash.update(`env\0${key}=${env[key] ?? ""}\0`);
  return hash.digest("hex");
}

/** Runs `next build` as a child; a SIGTERM or Ctrl-C meant for the launcher stops the build too (no orphan build). */
export function nextBuild(webDir: string): Promise<void> {
  const nextBin = require.resolve("next/dist/bin/next", { paths: [webDir] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], { cwd: webDir, stdio: "inherit" });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGTERM", forward);
    process.on("SIGINT", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGTERM", forward);
      process.off("SIGINT", forward);
      if (code === 0) resolve();
      else reject(new Error(signal ? `web build stopped by ${signal}` : `web build failed (next build exited with ${code})`));
    });
  });
}

export interface EnsureWebBuildOptions {
  readonly root?: string;
  /** Build even when the stored hash matches (npm run build). */
  readonly force?: boolean;
  /** Replaced in tests by a fake build. */
  readonly build?: (webDir: string) => Promise<void>;
  readonly log?: (line: string) => void;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export async function ensureWebBuild(opts: EnsureWebBuildOptions = {}): Promise<"built" | "up-to-date"> {
  const root = opts.root ?? REPO_ROOT;
  const log = opts.log ?? ((line: string) => console.log(line));
  const webDir = path.join(root, "apps", "web");
  const outDir = path.join(webDir, ".next");
  const stampFile = path.join(outDir, STAMP_FILE);
  const hash = webInputsHash(root, opts.env ?? process.env);
  const stored = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : null;
  // BUILD_ID too: a stamp left in a .next that something else emptied must not pass for a build.
  if (!opts.force && stored === hash && existsSync(path.join(outDir, "BUILD_ID"))) {
    log("Web app unchanged since the last build: not rebuilding.");
    return "up-to-date";
  }
  // Gone while building, so an interrupted or failed build is never taken for a good one.
  rmSync(stampFile, { force: true });
  log(opts.force ? "Building the web app…" : stored ? "Web app sources changed: building it…" : "No web build yet: building it…");
  await (opts.build ?? nextBuild)(webDir);
  mkdirSync(outDir, { recursive: true });
  // The hash taken before the build: a file edited during the build makes the next start rebuild.
  writeFileSync(stampFile, `${hash}\n`);
  return "built";
}

if (require.main === module) {
  ensureWebBuild({ force: process.argv.includes("--force") }).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
