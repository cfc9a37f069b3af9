import path from "node:path";
import type { NextConfig } from "next";

const root = path.resolve(__dirname, "..", "..");

const config: NextConfig = {
  // Workspace packages export TypeScript source; Next compiles them.
  transpilePackages: ["@lousa/game", "@lousa/protocol", "@lousa/reports"],
  outputFileTracingRoot: root,
  turbopack: { root },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
