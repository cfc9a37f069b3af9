// Lint carries the architecture: each layer may import only what is below it (see ARCHITECTURE in README).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const ours = (...names) => names.map((n) => ({ group: [n, `${n}/*`], message: "This layer must not depend on that package (see the layering rule in README)." }));
const prisma = [
  { group: ["@prisma/*", "better-sqlite3", "**/generated/prisma", "**/generated/prisma/*"], message: "Only packages/db talks to Prisma; use the repository interfaces." },
];
const frameworks = ["express", "socket.io", "socket.io-client", "next", "next/*", "react", "react-dom", "pino", "zod"].map((n) => ({ group: [n], message: "The game engine is pure: no frameworks, no I/O." }));
const io = ["node:fs", "node:net", "node:http", "node:child_process", "fs", "net", "http", "child_process"].map((name) => ({ name, message: "The game engine does no I/O." }));

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/generated/**", "apps/web/next-env.d.ts", "tests/artifacts/**", "data/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Rules that need the types: a promise nobody awaits or handles, a promise passed where a callback's
    // result is ignored (an event handler), an assertion that changes nothing.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", __dirname: "readonly", require: "readonly", module: "writable", setImmediate: "readonly", setTimeout: "readonly", clearTimeout: "readonly", setInterval: "readonly", clearInterval: "readonly", URL: "readonly", Buffer: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", fetch: "readonly", performance: "readonly", window: "readonly", document: "readonly" } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-imports": ["error", { patterns: prisma }],
      eqeqeq: ["error", "always"],
    },
  },
  {
    files: ["packages/game/src/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: io, patterns: [...prisma, ...frameworks, ...ours("@lousa/protocol", "@lousa/db", "@lousa/banks", "@lousa/server", "@lousa/web")] }] },
  },
  {
    files: ["packages/protocol/src/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...prisma, ...ours("@lousa/db", "@lousa/banks", "@lousa/server", "@lousa/web")] }] },
  },
  {
    files: ["packages/banks/src/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...prisma, ...ours("@lousa/db", "@lousa/protocol", "@lousa/server", "@lousa/web")] }] },
  },
  {
    // Formats are pure conversions (bytes in, drafts out): no database, no server, no UI.
    files: ["packages/formats/src/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: io, patterns: [...prisma, ...ours("@lousa/db", "@lousa/banks", "@lousa/server", "@lousa/web")] }] },
  },
  {
    files: ["packages/db/src/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ours("@lousa/protocol", "@lousa/server", "@lousa/web") }] },
  },
  {
    files: ["apps/web/**/*.ts", "apps/web/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [...prisma, ...ours("@lousa/db", "@lousa/banks", "@lousa/server")] }] },
  },
  {
    // Configuration comes in through env.ts only, so every other module can be run with any settings.
    files: ["apps/**/*.ts", "apps/**/*.tsx", "packages/**/*.ts"],
    ignores: ["apps/server/src/env.ts", "packages/db/src/migrate.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration in apps/server/src/env.ts and pass it down." }],
    },
  },
);
