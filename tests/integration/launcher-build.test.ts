import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureWebBuild, STAMP_FILE } from "../../scripts/ensure-web-build";

/**
 * `npm start` and `npm test` build the web app only when something that shapes it changed. A small tree with
 * the repo's layout and a fake `next build` (it writes BUILD_ID, as Next does) shows what counts as a change.
 */
let root: string;
let builds: number;
let failNext: boolean;

function write(rel: string, content: string): void {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

function ensure(opts: { force?: boolean; env?: Record<string, string> } = {}): Promise<"built" | "up-to-date"> {
  return ensureWebBuild({
    root,
    env: opts.env ?? {},
    force: opts.force ?? false,
    log: () => undefined,
    build: async (webDir) => {
      builds++;
      if (failNext) throw new Error("next build failed");
      mkdirSync(path.join(webDir, ".next"), { recursive: true });
      writeFileSync(path.join(webDir, ".next", "BUILD_ID"), String(builds));
    },
  });
}

beforeEach(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), "lousa-webbuild-"));
  builds = 0;
  failNext = false;
  write("package-lock.json", '{"lockfileVersion":3}');
  write("tsconfig.base.json", "{}");
  write("apps/web/package.json", JSON.stringify({ name: "@t/web", dependencies: { "@t/protocol": "*", next: "16.4.6" } }));
  write("apps/web/next.config.ts", "export default {};");
  write("apps/web/app/page.tsx", "export default function Page() { return null; }");
  write("apps/web/lib/util.test.ts", "test('x', () => {});");
  write("apps/web/next-env.d.ts", "/// generated");
  write("apps/server/package.json", JSON.stringify({ name: "@t/server", dependencies: { "@t/db": "*" } }));
  write("apps/server/src/main.ts", "export {};");
  write("packages/protocol/package.json", JSON.stringify({ name: "@t/protocol", dependencies: { "@t/game": "*" } }));
  write("packages/protocol/src/index.ts", "export const p = 1;");
  write("packages/game/package.json", JSON.stringify({ name: "@t/game" }));
  write("packages/game/src/index.ts", "export const g = 1;");
  write("packages/db/package.json", JSON.stringify({ name: "@t/db" }));
  write("packages/db/src/index.ts", "export const d = 1;");
  expect(await ensure()).toBe("built");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test("a second start with nothing changed does not build", async () => {
  expect(await ensure()).toBe("up-to-date");
  expect(builds).toBe(1);
});

test("files the web app does not bundle do not trigger a build: server, db, tests, generated next-env.d.ts", async () => {
  write("apps/server/src/main.ts", "export const changed = true;");
  write("packages/db/src/index.ts", "export const d = 2;");
  write("apps/web/lib/util.test.ts", "test('y', () => {});");
  write("apps/web/next-env.d.ts", "/// regenerated");
  expect(await ensure()).toBe("up-to-date");
});

test.each([
  ["a web page", "apps/web/app/page.tsx"],
  ["a new web file", "apps/web/components/new.tsx"],
  ["next.config", "apps/web/next.config.ts"],
  ["a package the web app imports", "packages/protocol/src/index.ts"],
  ["a package imported through another one", "packages/game/src/index.ts"],
  ["the lockfile", "package-lock.json"],
  ["the shared tsconfig", "tsconfig.base.json"],
])("a change to %s rebuilds", async (_what, file) => {
  write(file, "// changed");
  expect(await ensure()).toBe("built");
  expect(await ensure()).toBe("up-to-date");
});

test("a NEXT_PUBLIC_ variable (inlined into the bundle) rebuilds when it changes", async () => {
  expect(await ensure({ env: { NEXT_PUBLIC_X: "1" } })).toBe("built");
  expect(await ensure({ env: { NEXT_PUBLIC_X: "1", OTHER: "2" } })).toBe("up-to-date");
});

test("a failed build is never taken for a good one: the next start builds again", async () => {
  write("apps/web/app/page.tsx", "// broken");
  failNext = true;
  await expect(ensure()).rejects.toThrow("next build failed");
  failNext = false;
  expect(await ensure()).toBe("built");
});

test("a build output without its BUILD_ID (emptied .next) rebuilds; --force always builds", async () => {
  rmSync(path.join(root, "apps/web/.next/BUILD_ID"));
  expect(await ensure()).toBe("built");
  expect(await ensure({ force: true })).toBe("built");
  expect(await ensure()).toBe("up-to-date");
  rmSync(path.join(root, "apps/web/.next", STAMP_FILE));
  expect(await ensure()).toBe("built");
});
