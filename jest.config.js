// eslint-disable-next-line @typescript-eslint/no-require-imports
const os = require("node:os");
/** @type {import('jest').Config} */
const transform = { "^.+\\.(t|j|mj)sx?$": ["@swc/jest", { module: { type: "commonjs" } }] };
// better-auth and the packages it brings ship ES modules only: Jest's CommonJS runtime needs them
// compiled like our own sources (Node itself loads them as they are).
const esmOnly = ["better-auth", "@better-auth", "better-call", "@better-fetch", "@noble", "jose", "nanostores", "rou3", "defu", "kysely", "@standard-schema"];
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnly.join("|")})/)`];
// Prisma's generated client loads its wasm query compiler with import() of an .mjs file, which Jest's
// CommonJS runtime cannot load; the package ships the same modules as CommonJS .js files.
const moduleNameMapper = { "^@prisma/client/runtime/(.*)\\.mjs$": "@prisma/client/runtime/$1.js" };
const common = {
  transform,
  moduleNameMapper,
  testEnvironment: "node",
  transformIgnorePatterns,
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
  setupFilesAfterEnv: ["<rootDir>/tests/helpers/fail-on-unhandled.ts"],
};

module.exports = {
  // At least two test files at a time, even on CI's 2 cores (Jest's default, cores - 1, would be one): the
  // browser and server tests mostly wait on the network, timers and pages (a browser file's Jest process is
  // ~80% idle), so two overlap well: 12 files (6 browser, 5 integration, the engine's unit tests; 404 tests)
  // took 220 and 179 s with one worker, 140 and 143 s with two, on a 2-core machine shared with other work.
  // Bigger machines keep Jest's default. Files that share something global guard it themselves
  // (tests/helpers/redis.ts: holdTestRedis).
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  testSequencer: "<rootDir>/tests/helpers/test-sequencer.cjs",
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/packages/*/src/**/*.test.ts", "<rootDir>/apps/server/src/**/*.test.ts", "<rootDir>/apps/web/lib/**/*.test.ts", "<rootDir>/apps/web/components/**/*.test.ts"] },
    { ...common, displayName: "integration", testMatch: ["<rootDir>/tests/integration/**/*.test.ts"], globalSetup: "<rootDir>/tests/helpers/global-setup.ts" },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"], globalSetup: "<rootDir>/tests/helpers/global-setup.ts" },
  ],
};
